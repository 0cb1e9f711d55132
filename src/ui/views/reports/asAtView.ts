import { asAtEnd, planAsAt, type StoredSnapshot } from '../../../application/periods';
import type { ActionRating, PlanView } from '../../hooks/usePlanData';

// Kept here too: the action panel reads the period's last day from this module.
export { asAtEnd };

/**
 * The plan as at a closed period, in the shape every view already reads: ratings, reasons,
 * commentary, dates and theme names from the snapshot, nothing editable. Actions added since
 * the period closed are left out, as they were not in the plan then (see `planAsAt`).
 */
export function planViewAsAt(live: PlanView, stored: StoredSnapshot): PlanView {
  const plan = planAsAt(live.loaded.plan, stored);
  const ratings = new Map<string, ActionRating>();
  for (const a of stored.snapshot.actions) ratings.set(a.actionId, { rating: a.rating, reason: a.reason, daysOverdue: a.daysOverdue });
  return {
    loaded: { ...live.loaded, plan },
    user: { ...live.user, canEdit: false, canManage: false },
    today: stored.snapshot.asOf,
    ratings,
    actionsById: new Map(plan.actions.map((a) => [a.id, a])),
    asAt: stored
  };
}
