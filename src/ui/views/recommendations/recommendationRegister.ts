import { actionsByRecommendation, periodContaining, takeSnapshot, type RecommendationReport } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';
import { asAtEnd } from '../reports/asAtView';

/**
 * The register behind the view: today, the plan's actions rated as the other views rate them; as
 * at a closed period, the ratings frozen then. Either way rolled up with the plan's own method,
 * with its critical actions carried up as the theme roll-ups carry them. As at a period, a
 * recommendation issued after it had not been made yet, so it is left out.
 */
export function recommendationRegister(view: PlanView): RecommendationReport {
  const { plan } = view.loaded;
  const snapshot = view.asAt?.snapshot ?? takeSnapshot(plan.actions, periodContaining(plan.cadence, view.today), view.today);
  const critical = new Set(plan.actions.filter((a) => a.critical === true).map((a) => a.id));
  const end = view.asAt ? asAtEnd(view.asAt) : undefined;
  const recommendations = end ? plan.recommendations.filter((r) => r.issuedOn === undefined || r.issuedOn <= end) : plan.recommendations;
  return actionsByRecommendation(recommendations, snapshot, plan.rollupMethod, critical);
}
