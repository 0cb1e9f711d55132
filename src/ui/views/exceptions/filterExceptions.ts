import type { Action, ExceptionItem } from '../../../domain';
import { personText } from '../../components/format';

/** The Exceptions view's filters; undefined means any. */
export interface ExceptionFilters {
  theme?: string;
  workstream?: string;
  /** A lead as the list shows them. */
  lead?: string;
  rating?: 'Amber' | 'Red';
  /** Only actions that slipped into Amber or Red since the last closed period. */
  newOnly?: boolean;
}

/** The exceptions that pass every filter, in the report's order (Red first). */
export function filterExceptions(
  items: readonly ExceptionItem[],
  filters: ExceptionFilters,
  actionsById: ReadonlyMap<string, Action>,
  newSlipIds: ReadonlySet<string> | undefined
): ExceptionItem[] {
  return items.filter(
    (e) =>
      (filters.theme === undefined || e.themeCode === filters.theme) &&
      (filters.workstream === undefined || actionsById.get(e.actionId)?.workstreamCode === filters.workstream) &&
      (filters.lead === undefined || (e.lead !== undefined && personText(e.lead) === filters.lead)) &&
      (filters.rating === undefined || e.rating === filters.rating) &&
      (!filters.newOnly || newSlipIds === undefined || newSlipIds.has(e.actionId))
  );
}
