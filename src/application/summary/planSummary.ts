import {
  ACTION_STATUS_LABELS,
  compareReferenceCodes,
  DEFAULT_RAG_POLICY,
  DEFAULT_ROLLUP_METHOD,
  describeRollupMethod,
  periodContaining,
  PROGRESS_RATINGS,
  RATING_LABELS,
  rateAction,
  rollUp,
  type ActionStatus,
  type IsoDate,
  type Plan,
  type ProgressRating,
  type RagPolicy,
  type RatingCounts
} from '../../domain';
import type { StoredSnapshot } from '../periods/ports';

/** One theme in a plan summary: its rolled-up rating, the method that gave it and its actions by rating. */
export interface ThemeSummaryLine {
  readonly code: string;
  readonly name: string;
  /** The rating in words, e.g. `'Amber'` or `'Not started'`. */
  readonly rating: string;
  /** The roll-up method in words, with its thresholds. */
  readonly method: string;
  /** Actions by rating, every rating named in words (zero when none). */
  readonly counts: Readonly<Record<string, number>>;
}

/** One action in a plan summary, rating and status in words. */
export interface ActionSummaryLine {
  readonly code: string;
  readonly rating: string;
  readonly status: string;
}

/** The plan's figures for scripts and for checking: what the app shows, today or as at a closed period. */
export interface PlanSummary {
  /** The reporting period the figures are for, e.g. `'2026-11'`. */
  readonly period: string;
  readonly themes: readonly ThemeSummaryLine[];
  readonly actions: readonly ActionSummaryLine[];
}

interface RatedAction {
  readonly id: string;
  readonly code: string;
  readonly themeCode: string;
  readonly rating: ProgressRating;
  readonly status: ActionStatus;
}

function countsInWords(counts: RatingCounts): Record<string, number> {
  return Object.fromEntries(PROGRESS_RATINGS.map((r) => [RATING_LABELS[r], counts[r]]));
}

function summarise(plan: Plan, period: string, themes: ReadonlyArray<{ code: string; name: string; order: number }>, rated: readonly RatedAction[]): PlanSummary {
  const method = plan.rollupMethod ?? DEFAULT_ROLLUP_METHOD;
  const critical = new Set(plan.actions.filter((a) => a.critical === true).map((a) => a.id));
  return {
    period,
    themes: [...themes]
      .sort((a, b) => a.order - b.order)
      .map((theme) => {
        const rollup = rollUp(
          rated.filter((a) => a.themeCode === theme.code).map((a) => ({ rating: a.rating, critical: critical.has(a.id) })),
          method
        );
        return { code: theme.code, name: theme.name, rating: RATING_LABELS[rollup.rating], method: describeRollupMethod(method), counts: countsInWords(rollup.counts) };
      }),
    actions: [...rated]
      .sort((a, b) => compareReferenceCodes(a.code, b.code))
      .map((a) => ({ code: a.code, rating: RATING_LABELS[a.rating], status: ACTION_STATUS_LABELS[a.status] }))
  };
}

/** The plan today, every action rated as the app rates it (the published policy, overrides applied). */
export function summariseToday(plan: Plan, today: IsoDate, policy: RagPolicy = DEFAULT_RAG_POLICY): PlanSummary {
  const rated = plan.actions.map((a) => ({ id: a.id, code: a.code, themeCode: a.themeCode, status: a.status, rating: rateAction(a, today, policy).rating }));
  return summarise(plan, periodContaining(plan.cadence, today).id, plan.themes, rated);
}

/**
 * The plan as at a closed period: the ratings and statuses its snapshot recorded (what was
 * reported then), rolled up with the plan's method, the themes as named then.
 */
export function summariseAsAt(plan: Plan, stored: StoredSnapshot): PlanSummary {
  const rated = stored.snapshot.actions.map((a) => ({ id: a.actionId, code: a.code, themeCode: a.themeCode, status: a.status, rating: a.rating }));
  return summarise(plan, stored.period.periodId, stored.themes, rated);
}
