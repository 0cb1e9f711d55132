import type { IsoDate } from '../dates/isoDate';
import type { Recommendation, RecommendationSource } from '../model/recommendation';
import { compareReferenceCodes } from '../codes/referenceCode';
import { rollUp, type Rollup } from '../rollup/rollup';
import { DEFAULT_ROLLUP_METHOD, type RollupMethod } from '../rollup/rollupMethod';
import type { ActionSnapshot, PlanSnapshot } from './snapshot';

/**
 * Where a recommendation stands: some answering action still open, every answering action
 * finished (complete, or closed through change control), or nothing in the plan answers it.
 */
export type RecommendationState = 'open' | 'complete' | 'notAnswered';

/** A recommendation with the actions that answer it and their combined rating. */
export interface RecommendationProgress {
  /** The recommendation or Direction. */
  readonly recommendation: Recommendation;
  /** Actions answering it, in code order. */
  readonly actions: readonly ActionSnapshot[];
  /** Roll-up of those actions, with the plan's method (critical actions carried up as the method says). */
  readonly rollup: Rollup;
  /** False when no action answers it: a gap the plan must close. */
  readonly answered: boolean;
  /** Open, complete or not answered. */
  readonly state: RecommendationState;
  /** Answering actions not yet complete or closed. */
  readonly openCount: number;
  /** Open answering actions past their due date. */
  readonly overdueCount: number;
  /** The latest due date among the open answering actions: when the last of them should be done. */
  readonly lastDue?: IsoDate;
}

/** The view per external recommendation, plus links that point nowhere. */
export interface RecommendationReport {
  /** One line per recommendation: statutory ones first, then by reference. */
  readonly recommendations: readonly RecommendationProgress[];
  /** Recommendation ids actions refer to that are not in the register (data to fix). */
  readonly unknownRecommendationIds: readonly string[];
}

/** Finished work: nothing more is owed on the action. */
const isFinished = (a: ActionSnapshot): boolean => a.status === 'Complete' || a.status === 'Closed';

function progressOf(recommendation: Recommendation, actions: readonly ActionSnapshot[], method: RollupMethod, critical: ReadonlySet<string>): RecommendationProgress {
  const open = actions.filter((a) => !isFinished(a));
  let lastDue: IsoDate | undefined;
  for (const a of open) if (a.dueDate !== undefined && (lastDue === undefined || a.dueDate > lastDue)) lastDue = a.dueDate;
  const state: RecommendationState = actions.length === 0 ? 'notAnswered' : open.length === 0 ? 'complete' : 'open';
  return {
    recommendation,
    actions,
    rollup: rollUp(actions.map((a) => ({ rating: a.rating, critical: critical.has(a.actionId) })), method),
    answered: actions.length > 0,
    state,
    openCount: open.length,
    overdueCount: open.filter((a) => a.daysOverdue > 0).length,
    ...(lastDue !== undefined ? { lastDue } : {})
  };
}

/**
 * Maps actions to the recommendations and Directions they answer. Statutory recommendations and
 * Directions come first because they carry legal weight. `critical` holds the ids of actions the
 * plan marks critical, so the threshold rule carries their Red or Amber up as it does for themes.
 */
export function actionsByRecommendation(
  recommendations: readonly Recommendation[],
  snapshot: PlanSnapshot,
  method: RollupMethod = DEFAULT_ROLLUP_METHOD,
  critical: ReadonlySet<string> = new Set()
): RecommendationReport {
  const known = new Set(recommendations.map((r) => r.id));
  const lines = [...recommendations]
    .sort((a, b) => Number(b.statutory) - Number(a.statutory) || compareReferenceCodes(a.reference, b.reference))
    .map((recommendation) => progressOf(recommendation, snapshot.actions.filter((a) => a.recommendationIds.includes(recommendation.id)), method, critical));
  const unknown = new Set<string>();
  for (const action of snapshot.actions) for (const id of action.recommendationIds) if (!known.has(id)) unknown.add(id);
  return { recommendations: lines, unknownRecommendationIds: [...unknown].sort(compareReferenceCodes) };
}

/**
 * The order sources are reported in: powers of intervention first (Directions, the Notice,
 * commissioners), then the auditor's findings, then advisory reviews.
 */
export const RECOMMENDATION_SOURCE_ORDER: readonly RecommendationSource[] = ['Direction', 'BestValueNotice', 'Commissioners', 'ExternalAuditor', 'CIPFA', 'LGAPeerChallenge', 'Other'];

/** One source's recommendations, in the report's order. */
export interface RecommendationGroup {
  /** Who made them. */
  readonly source: RecommendationSource;
  /** Its lines, statutory first, then by reference. */
  readonly lines: readonly RecommendationProgress[];
}

/** Groups lines by source in {@link RECOMMENDATION_SOURCE_ORDER}, leaving out sources with none; order within a group is kept. */
export function groupBySource(lines: readonly RecommendationProgress[]): readonly RecommendationGroup[] {
  return RECOMMENDATION_SOURCE_ORDER.map((source) => ({ source, lines: lines.filter((l) => l.recommendation.source === source) })).filter((g) => g.lines.length > 0);
}

/** How one source's recommendations stand. */
export interface RecommendationSourceSummary {
  readonly source: RecommendationSource;
  readonly total: number;
  readonly open: number;
  readonly complete: number;
  readonly notAnswered: number;
}

/** The register's totals: per source, over all, and how many recommendations nothing answers. */
export interface RecommendationTotals {
  readonly bySource: readonly RecommendationSourceSummary[];
  readonly total: number;
  readonly notAnswered: number;
}

/** Counts per source (in report order) and over all, for the summary at the top of the register. */
export function summariseRecommendations(lines: readonly RecommendationProgress[]): RecommendationTotals {
  const bySource = groupBySource(lines).map(({ source, lines: group }) => ({
    source,
    total: group.length,
    open: group.filter((l) => l.state === 'open').length,
    complete: group.filter((l) => l.state === 'complete').length,
    notAnswered: group.filter((l) => l.state === 'notAnswered').length
  }));
  return { bySource, total: lines.length, notAnswered: lines.filter((l) => l.state === 'notAnswered').length };
}
