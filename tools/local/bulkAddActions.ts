/**
 * Adds actions straight into the emulator's store (benchmarks and test fixtures), each as
 * SharePoint holds it: its definition in 'Plan Actions' and its progress in 'Plan Action Progress'.
 * Rows are written with the same column names as the mappers use; the split is the data layer's.
 */
import { splitActionValues } from '../../src/data/mapping/actionProgress';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST } from '../../src/data/schema/planLists';

/** The part of the emulator handle this needs. */
export interface BulkAdder {
  bulkAddItems(listTitle: string, rows: Array<Record<string, unknown>>): number[];
}

/** Adds the rows as actions with their progress items; returns the action ids in row order. */
export function bulkAddActions(emulator: BulkAdder, rows: ReadonlyArray<Record<string, unknown>>): number[] {
  const parts = rows.map((r) => splitActionValues(r));
  const ids = emulator.bulkAddItems(ACTIONS_LIST, parts.map((p) => p.definition));
  emulator.bulkAddItems(ACTION_PROGRESS_LIST, parts.map((p, i) => ({ Status: 'NotStarted', ...p.progress, ActionId: ids[i] })));
  return ids;
}
