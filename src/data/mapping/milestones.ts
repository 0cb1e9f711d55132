/** Plan Milestones items <-> domain `Milestone`. */
import type { Milestone } from '../../domain';
import { MILESTONES_LIST } from '../schema/planLists';
import type { ProblemSink } from './problems';
import { compact, readDay, readLookupId, readText, writeDay, type SpItem, type SpValues } from './values';

/** `$select` for a milestone item. */
export const MILESTONE_SELECT: readonly string[] = ['Id', 'Title', 'ActionId', 'ThemeCode', 'DueDate', 'AchievedOn'];

/** Maps a milestone item; one without a due date is reported and dated at the epoch's day. */
export function milestoneFromItem(item: SpItem, report: ProblemSink): Milestone {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const dueDate = readDay(item.DueDate);
  if (!dueDate) report({ list: MILESTONES_LIST, itemId, column: 'DueDate', message: 'The milestone has no due date.' });
  return compact({
    id: String(itemId),
    title: readText(item.Title) ?? '',
    themeCode: readText(item.ThemeCode) ?? '',
    actionId: readLookupId(item.ActionId),
    dueDate: dueDate ?? '1970-01-01',
    achievedOn: readDay(item.AchievedOn)
  });
}

/** Column values for a milestone, its action resolved to an item id by the caller. */
export function milestoneToValues(m: Milestone, actionId: number | null): SpValues {
  return { Title: m.title, ThemeCode: m.themeCode, ActionId: actionId, DueDate: writeDay(m.dueDate), AchievedOn: writeDay(m.achievedOn) };
}
