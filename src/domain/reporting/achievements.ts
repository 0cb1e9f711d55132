import type { Action } from '../model/action';
import type { Milestone } from '../model/milestone';
import type { ProgressUpdate } from '../model/progress';
import type { IsoDate } from '../dates/isoDate';
import { compareReferenceCodes } from '../codes/referenceCode';
import { parsePeriodId, periodContaining, periodWithin, type ReportingPeriod } from './period';

/** Where an achievement comes from: a lead's words, a completion, or a milestone met. */
export type AchievementSource = 'reported' | 'completed' | 'milestone';

/** One achievement, with the action it belongs to. */
export interface AchievementItem {
  /** Code of the action (empty for a milestone that belongs to the theme alone). */
  readonly actionCode: string;
  /** The achievement in words. */
  readonly text: string;
  /** Where it comes from. */
  readonly source: AchievementSource;
}

/** Achievements of one month of the period. */
export interface MonthlyAchievements {
  /** Month period id, e.g. `'2026-03'`. */
  readonly periodId: string;
  /** Month label, e.g. `'March 2026'`. */
  readonly label: string;
  /** Achievements, in action code order. */
  readonly items: readonly AchievementItem[];
}

/** What {@link achievementsInPeriod} is drawn from. */
export interface AchievementsInput {
  /** The period reported (a month, quarter or half-year). */
  readonly period: ReportingPeriod;
  /** The day the report is as at: nothing after it counts, even inside the period. */
  readonly asOf: IsoDate;
  /** Only the actions (and milestones) of this theme, when given. */
  readonly themeCode?: string;
  readonly actions: readonly Action[];
  readonly updates: readonly ProgressUpdate[];
  readonly milestones: readonly Milestone[];
}

const mentions = (texts: readonly string[], title: string): boolean => texts.some((t) => t.toLowerCase().includes(title.toLowerCase()));

/**
 * The period's achievements by month, newest month first: what leads reported in their updates
 * for a month in the period, every action completed in the period and every milestone met in it.
 * A completion or milestone the lead already named in that month's update is not repeated.
 */
export function achievementsInPeriod(input: AchievementsInput): MonthlyAchievements[] {
  const { period, asOf } = input;
  const actions = input.actions.filter((a) => input.themeCode === undefined || a.themeCode === input.themeCode);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const counts = (day: IsoDate | undefined): day is IsoDate => day !== undefined && day >= period.start && day <= period.end && day <= asOf;
  const months = new Map<string, { label: string; items: AchievementItem[] }>();
  const add = (month: ReportingPeriod, item: AchievementItem): void => {
    const entry = months.get(month.id) ?? { label: month.label, items: [] };
    entry.items.push(item);
    months.set(month.id, entry);
  };
  const reported = new Map<string, string[]>();
  for (const update of input.updates) {
    const action = byId.get(update.actionId);
    const month = parsePeriodId(update.periodId);
    if (!action || !month.ok || !periodWithin(month.value, period) || month.value.start > asOf) continue;
    for (const text of update.achievements) add(month.value, { actionCode: action.code, text, source: 'reported' });
    const key = `${action.id} ${month.value.id}`;
    reported.set(key, [...(reported.get(key) ?? []), ...update.achievements]);
  }
  const saidAlready = (actionId: string | undefined, day: IsoDate, title: string): boolean =>
    actionId !== undefined && mentions(reported.get(`${actionId} ${periodContaining('month', day).id}`) ?? [], title);
  for (const action of actions) {
    if (action.status !== 'Complete' || !counts(action.completedOn) || saidAlready(action.id, action.completedOn, action.title)) continue;
    add(periodContaining('month', action.completedOn), { actionCode: action.code, text: `Completed: ${action.title}.`, source: 'completed' });
  }
  for (const milestone of input.milestones) {
    if (input.themeCode !== undefined && milestone.themeCode !== input.themeCode) continue;
    if (!counts(milestone.achievedOn) || saidAlready(milestone.actionId, milestone.achievedOn, milestone.title)) continue;
    const code = milestone.actionId !== undefined ? (byId.get(milestone.actionId)?.code ?? '') : '';
    add(periodContaining('month', milestone.achievedOn), { actionCode: code, text: `Milestone met: ${milestone.title}.`, source: 'milestone' });
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([periodId, m]) => ({ periodId, label: m.label, items: [...m.items].sort((x, y) => compareReferenceCodes(x.actionCode, y.actionCode)) }));
}
