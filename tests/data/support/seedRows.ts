/** Row builders for bulk-loading a plan into the emulator (column values as REST writes them). */
import type { PlanSite } from './planSite';
import { LEADS } from './planSite';
import { ACTIONS_LIST, THEMES_LIST, WORKSTREAMS_LIST } from '../../../src/data/schema/planLists';
import { bulkAddActions } from '../../../tools/local/bulkAddActions';

export interface SeededPlan {
  themeIds: number[];
  workstreamIds: number[];
  mainIds: number[];
  subIds: number[];
}

/** `YYYY-MM-DD` of day `n` after 1 April 2026, as a date-only column value. */
export function dayValue(n: number): string {
  return `${new Date(Date.UTC(2026, 3, 1) + n * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`;
}

/**
 * Themes T1..Tn with one workstream each, `mains` main actions spread over them and `subsPerMain`
 * sub-actions under each main action, leads taken in turn from {@link LEADS}.
 */
export async function seedPlan(site: PlanSite, themes: number, mains: number, subsPerMain: number): Promise<SeededPlan> {
  const leadIds = await Promise.all(LEADS.map((l) => site.userId(l.login)));
  const themeIds = site.emu.bulkAddItems(
    THEMES_LIST,
    Array.from({ length: themes }, (_, i) => ({ Title: `Theme ${i + 1}`, Code: `T${i + 1}`, SortOrder: i + 1, LeadDirectorId: leadIds[2] }))
  );
  const workstreamIds = site.emu.bulkAddItems(
    WORKSTREAMS_LIST,
    themeIds.map((themeId, i) => ({ Title: `Workstream ${i + 1}`, Code: `T${i + 1}.A`, ThemeId: themeId, SortOrder: 1 }))
  );
  const mainIds = bulkAddActions(
    site.emu,
    Array.from({ length: mains }, (_, i) => ({
      Title: `Main action ${i + 1}`,
      Code: `T${(i % themes) + 1}.A${i + 1}`,
      ActionKind: 'main',
      ThemeId: themeIds[i % themes],
      WorkstreamId: workstreamIds[i % themes],
      LeadId: leadIds[i % leadIds.length],
      Status: 'InProgress',
      Rating: 'Green',
      CurrentDueDate: dayValue(i % 365),
      BaselineDueDate: dayValue(i % 365)
    }))
  );
  const subIds = bulkAddActions(
    site.emu,
    mainIds.flatMap((parentId, i) =>
      Array.from({ length: subsPerMain }, (_, j) => ({
        Title: `Sub-action ${i + 1}.${j + 1}`,
        Code: `T${(i % themes) + 1}.A${i + 1}.${j + 1}`,
        ActionKind: 'sub',
        ThemeId: themeIds[i % themes],
        WorkstreamId: workstreamIds[i % themes],
        ParentActionId: parentId,
        LeadId: leadIds[(i + j) % leadIds.length],
        Status: 'NotStarted',
        CurrentDueDate: dayValue((i + j * 30) % 365)
      }))
    )
  );
  return { themeIds, workstreamIds, mainIds, subIds };
}
