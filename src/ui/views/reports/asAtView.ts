import type { StoredSnapshot } from '../../../application/periods';
import { parsePeriodId, updatesReportedBy, type Action, type ActionSnapshot, type ChangeRequest, type IsoDate, type Plan } from '../../../domain';
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

/** The last day of the closed period a snapshot records (the day it was taken, if the id cannot be read). */
export function asAtEnd(stored: StoredSnapshot): IsoDate {
  const parsed = parsePeriodId(stored.period.periodId);
  return parsed.ok ? parsed.value.end : stored.snapshot.asOf;
}

/** A change request as it stood at `end`: one decided later was still waiting then. */
function requestAsAt(request: ChangeRequest, end: IsoDate): ChangeRequest {
  if (request.decidedOn === undefined || request.decidedOn <= end) return request;
  const { decidedBy: _by, decidedOn: _on, decisionNote: _note, ...waiting } = request;
  return { ...waiting, status: 'Submitted' };
}

/**
 * The registers as they stood at the end of the period: progress updates submitted by then (no
 * history recorded later), milestones achieved by then, change requests made by then with the
 * decisions taken by then. The snapshot records no theme ratings, so today's reported theme
 * ratings are left out rather than shown against the period's figures.
 */
function registersAsAt(plan: Plan, end: IsoDate): Pick<Plan, 'progressUpdates' | 'milestones' | 'changeRequests'> {
  return {
    progressUpdates: updatesReportedBy(plan.progressUpdates, end),
    milestones: plan.milestones.map((m) => (m.achievedOn !== undefined && m.achievedOn > end ? { ...m, achievedOn: undefined } : m)),
    changeRequests: plan.changeRequests.filter((r) => r.requestedOn <= end).map((r) => requestAsAt(r, end))
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
  const themes = live.loaded.plan.themes
    .filter((t) => themeNames.has(t.code))
    .map(({ reportedRating: _today, ...t }) => ({ ...t, name: themeNames.get(t.code) ?? t.name }));
  const registers = registersAsAt(live.loaded.plan, asAtEnd(stored));
  return {
    loaded: { ...live.loaded, plan: { ...live.loaded.plan, ...registers, themes, actions } },
    user: { ...live.user, canEdit: false, canManage: false },
    today: stored.snapshot.asOf,
    ratings,
    actionsById: new Map(actions.map((a) => [a.id, a])),
    asAt: stored
  };
}
