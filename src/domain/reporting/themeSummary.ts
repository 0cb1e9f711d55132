import type { Action } from '../model/action';
import type { ChangeRequest } from '../model/change';
import type { IssueSeverity } from '../model/issue';
import { milestoneStatus, type Milestone, type MilestoneStatus } from '../model/milestone';
import type { Person } from '../model/people';
import type { ProgressUpdate } from '../model/progress';
import type { Theme } from '../model/theme';
import type { IsoDate } from '../dates/isoDate';
import { compareReferenceCodes } from '../codes/referenceCode';
import type { ProgressRating, RatingCounts } from '../rag/ratings';
import { rollUp } from '../rollup/rollup';
import { DEFAULT_ROLLUP_METHOD, type RollupMethod } from '../rollup/rollupMethod';
import { exceptionReport, type ExceptionItem } from './exceptions';
import { achievementsInPeriod, type MonthlyAchievements } from './achievements';

export type { MonthlyAchievements } from './achievements';
import { isInPeriod, type ReportingPeriod } from './period';
import type { PlanSnapshot } from './snapshot';

/** A milestone listed in the summary with its status at the end of the period. */
export interface MilestoneLine {
  /** Title. */
  readonly title: string;
  /** Due day. */
  readonly dueDate: IsoDate;
  /** Status at the period end. */
  readonly status: MilestoneStatus;
  /** Code of the action it belongs to, when any. */
  readonly actionCode?: string;
  /** Day it was met, when met. */
  readonly achievedOn?: IsoDate;
}

/** An issue raised during the period. */
export interface IssueLine {
  /** Code of the action. */
  readonly actionCode: string;
  /** What is wrong. */
  readonly description: string;
  /** Seriousness. */
  readonly severity: IssueSeverity;
  /** Day raised. */
  readonly raisedOn: IsoDate;
}

/** The theme progress summary for a period, as presented to leadership and Cabinet. */
export interface ThemeSummary {
  /** Theme code. */
  readonly themeCode: string;
  /** Theme name. */
  readonly themeName: string;
  /** Lead director. */
  readonly leadDirector: Person;
  /** Period reported. */
  readonly period: ReportingPeriod;
  /** Theme status rating. */
  readonly rating: ProgressRating;
  /** Why: the roll-up method with counts, e.g. `'Amber: worst of 9 actions (2 Amber, 7 Green)'`. */
  readonly ratingReason: string;
  /** Actions by rating. */
  readonly counts: RatingCounts;
  /** Number of actions in the theme. */
  readonly totalActions: number;
  /** Amber and Red actions with commentary. */
  readonly exceptions: readonly ExceptionItem[];
  /** Achievements this period, by month. */
  readonly achievements: readonly MonthlyAchievements[];
  /** Next milestones not yet achieved, earliest first (missed ones included so they are not forgotten). */
  readonly nextMilestones: readonly MilestoneLine[];
  /** Key milestones for the paper: those met in the period, then the next ones (missed and due), by due day. */
  readonly keyMilestones: readonly MilestoneLine[];
  /** Issues raised during the period. */
  readonly issuesRaised: readonly IssueLine[];
}

/** What a theme summary is built from. */
export interface ThemeSummaryInput {
  /** The theme. */
  readonly theme: Theme;
  /** The period reported. */
  readonly period: ReportingPeriod;
  /** Snapshot closing the period. */
  readonly snapshot: PlanSnapshot;
  /** Actions (for the issues they carry). */
  readonly actions: readonly Action[];
  /** Progress updates (for achievements). */
  readonly updates: readonly ProgressUpdate[];
  /** Milestones. */
  readonly milestones: readonly Milestone[];
  /** Change requests (to show dates awaiting change control in exceptions). */
  readonly requests?: readonly ChangeRequest[];
  /** Roll-up method; the default method when absent. */
  readonly method?: RollupMethod;
  /** How many upcoming milestones to list; 5 by default. */
  readonly milestoneLimit?: number;
}

/** Builds a theme's progress summary for a period. */
export function themeSummary(input: ThemeSummaryInput): ThemeSummary {
  const { theme, period, snapshot } = input;
  const themeActions = snapshot.actions.filter((a) => a.themeCode === theme.code);
  const critical = new Set(input.actions.filter((a) => a.critical === true).map((a) => a.id));
  const rollup = rollUp(themeActions.map((a) => ({ rating: a.rating, critical: critical.has(a.actionId) })), input.method ?? DEFAULT_ROLLUP_METHOD);
  const codeById = new Map(input.actions.map((a) => [a.id, a.code]));
  const inTheme = new Set(themeActions.map((a) => a.actionId));

  // Judged as at the snapshot's day: a report on the open period does not call a milestone due later this month missed.
  const asOf = snapshot.asOf;
  const achievements = achievementsInPeriod({ period, asOf, themeCode: theme.code, actions: input.actions, updates: input.updates, milestones: input.milestones });
  const line = (m: Milestone): MilestoneLine => {
    const code = m.actionId !== undefined ? codeById.get(m.actionId) : undefined;
    const status = milestoneStatus(m, asOf);
    return { title: m.title, dueDate: m.dueDate, status, ...(code !== undefined ? { actionCode: code } : {}), ...(status === 'Achieved' && m.achievedOn !== undefined ? { achievedOn: m.achievedOn } : {}) };
  };
  const byDue = (a: Milestone, b: Milestone): number => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);
  const themeMilestones = input.milestones.filter((m) => m.themeCode === theme.code);
  const nextMilestones = themeMilestones
    .filter((m) => milestoneStatus(m, asOf) !== 'Achieved')
    .sort(byDue)
    .slice(0, input.milestoneLimit ?? 5)
    .map(line);
  const metInPeriod = themeMilestones.filter((m) => m.achievedOn !== undefined && isInPeriod(period, m.achievedOn) && m.achievedOn <= asOf).sort(byDue).map(line);

  const issuesRaised = input.actions
    .filter((a) => inTheme.has(a.id))
    .flatMap((a) => a.issues.filter((i) => isInPeriod(period, i.raisedOn)).map((i) => ({ actionCode: a.code, description: i.description, severity: i.severity, raisedOn: i.raisedOn })))
    .sort((x, y) => compareReferenceCodes(x.actionCode, y.actionCode) || (x.raisedOn < y.raisedOn ? -1 : x.raisedOn > y.raisedOn ? 1 : 0));

  return {
    themeCode: theme.code,
    themeName: theme.name,
    leadDirector: theme.leadDirector,
    period,
    rating: rollup.rating,
    ratingReason: rollup.explanation,
    counts: rollup.counts,
    totalActions: rollup.total,
    exceptions: exceptionReport(snapshot, { themeCode: theme.code, requests: input.requests ?? [] }),
    achievements,
    nextMilestones,
    keyMilestones: [...metInPeriod, ...nextMilestones],
    issuesRaised
  };
}
