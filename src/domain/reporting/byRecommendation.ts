import type { Recommendation } from '../model/recommendation';
import { compareReferenceCodes } from '../codes/referenceCode';
import { rollUp, type Rollup } from '../rollup/rollup';
import { DEFAULT_ROLLUP_METHOD, type RollupMethod } from '../rollup/rollupMethod';
import type { ActionSnapshot, PlanSnapshot } from './snapshot';

/** A recommendation with the actions that answer it and their combined rating. */
export interface RecommendationProgress {
  /** The recommendation or Direction. */
  readonly recommendation: Recommendation;
  /** Actions answering it, in code order. */
  readonly actions: readonly ActionSnapshot[];
  /** Roll-up of those actions. */
  readonly rollup: Rollup;
  /** False when no action answers it: a gap the plan must close. */
  readonly answered: boolean;
}

/** The view per external recommendation, plus links that point nowhere. */
export interface RecommendationReport {
  /** One line per recommendation: statutory ones first, then by reference. */
  readonly recommendations: readonly RecommendationProgress[];
  /** Recommendation ids actions refer to that are not in the register (data to fix). */
  readonly unknownRecommendationIds: readonly string[];
}

/**
 * Maps actions to the recommendations and Directions they answer. Statutory recommendations and
 * Directions come first because they carry legal weight.
 */
export function actionsByRecommendation(
  recommendations: readonly Recommendation[],
  snapshot: PlanSnapshot,
  method: RollupMethod = DEFAULT_ROLLUP_METHOD
): RecommendationReport {
  const known = new Set(recommendations.map((r) => r.id));
  const lines = [...recommendations]
    .sort((a, b) => Number(b.statutory) - Number(a.statutory) || compareReferenceCodes(a.reference, b.reference))
    .map((recommendation) => {
      const actions = snapshot.actions.filter((a) => a.recommendationIds.includes(recommendation.id));
      return { recommendation, actions, rollup: rollUp(actions.map((a) => a.rating), method), answered: actions.length > 0 };
    });
  const unknown = new Set<string>();
  for (const action of snapshot.actions) for (const id of action.recommendationIds) if (!known.has(id)) unknown.add(id);
  return { recommendations: lines, unknownRecommendationIds: [...unknown].sort(compareReferenceCodes) };
}
