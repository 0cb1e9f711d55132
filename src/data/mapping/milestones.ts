/** Plan Milestones items <-> domain `Milestone`. */
import type { Milestone } from '../../domain';
import { MILESTONES_LIST } from '../schema/planLists';
import type { ProblemSink } from './problems';
import { compact, readDay, readLookupId, readText, writeDay, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` for a milestone item. */
export const MILESTONE_SELECT: readonly string[] = ['Id', 'Title', 'ActionId', 'ThemeCode', 'DueDate', 'AchievedOn'];

/** Maps a milestone item; one without a due date is reported and dated at the epoch's day. */
export function milestoneFromItem(item: SpItem, report: ProblemSink, days: SiteDays = LONDON_DAYS): Milestone {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const dueDate = readDay(item.DueDate, days);
  if (!dueDate) report({ list: MILESTONES_LIST, itemId, column: 'DueDate', message: 'The milestone has no due date.' });
  return compact({
    id: String(itemId),
    title: readText(item.Title) ?? '',
    themeCode: readText(item.ThemeCode) ?? '',
    actionId: readLookupId(item.ActionId),
    dueDate: dueDate ?? '1970-01-01',
    achievedOn: readDay(item.AchievedOn, days)
  });
}

/** Column values for a milestone, its action resolved to an item id by the caller. */
export function milestoneToValues(m: Milestone, actionId: number | null, days: SiteDays = LONDON_DAYS): SpValues {
  return { Title: m.title, ThemeCode: m.themeCode, ActionId: actionId, DueDate: writeDay(m.dueDate, days), AchievedOn: writeDay(m.achievedOn, days) };
}
