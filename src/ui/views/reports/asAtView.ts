import type { StoredSnapshot } from '../../../application/periods';
import type { Action, ActionSnapshot } from '../../../domain';
import type { ActionRating, PlanView } from '../../hooks/usePlanData';

/** The action as it stood when the period closed: the snapshot's facts over today's record. */
function actionAsAt(action: Action, then: ActionSnapshot): Action {
  return {
    ...action,
    title: then.title,
    lead: then.lead,
    status: then.status,
    rating: then.rating,
    // The snapshot's rating already has any override applied; today's override must not move it.
    override: undefined,
    currentDueDate: then.dueDate,
    baselineDueDate: then.baselineDueDate,
    forecastDate: then.forecastDate,
    progressPercent: then.progressPercent,
    reprofileCount: then.reprofileCount,
    commentary: then.commentary,
    nextSteps: then.nextSteps,
    closureRationale: then.closureRationale
  };
}

/**
 * The plan as at a closed period, in the shape every view already reads: ratings, reasons,
 * commentary, dates and theme names from the snapshot, nothing editable. Actions added since
 * the period closed are left out, as they were not in the plan then.
 */
export function planViewAsAt(live: PlanView, stored: StoredSnapshot): PlanView {
  const then = new Map(stored.snapshot.actions.map((a) => [a.actionId, a]));
  const actions: Action[] = [];
  for (const action of live.loaded.plan.actions) {
    const snap = then.get(action.id);
    if (snap) actions.push(actionAsAt(action, snap));
  }
  const ratings = new Map<string, ActionRating>();
  for (const a of stored.snapshot.actions) ratings.set(a.actionId, { rating: a.rating, reason: a.reason, daysOverdue: a.daysOverdue });
  const themeNames = new Map(stored.themes.map((t) => [t.code, t.name]));
  const themes = live.loaded.plan.themes.filter((t) => themeNames.has(t.code)).map((t) => ({ ...t, name: themeNames.get(t.code) ?? t.name }));
  return {
    loaded: { ...live.loaded, plan: { ...live.loaded.plan, themes, actions } },
    user: { ...live.user, canEdit: false, canManage: false },
    today: stored.snapshot.asOf,
    ratings,
    actionsById: new Map(actions.map((a) => [a.id, a])),
    asAt: stored
  };
}
