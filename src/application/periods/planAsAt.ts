import { parsePeriodId, updatesReportedBy, type Action, type ActionSnapshot, type ChangeRequest, type IsoDate, type Plan } from '../../domain';
import type { ClosedPeriod, StoredSnapshot } from './ports';

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
 * The plan as at a closed period: actions as its snapshot recorded them (those added since left
 * out), themes as named then, progress updates submitted by the period's end, milestones achieved
 * by then and change requests with the decisions taken by then. The snapshot records no theme
 * ratings, so today's reported theme ratings are left out rather than shown against the period's figures.
 */
export function planAsAt(plan: Plan, stored: StoredSnapshot): Plan {
  const then = new Map(stored.snapshot.actions.map((a) => [a.actionId, a]));
  const actions: Action[] = [];
  for (const action of plan.actions) {
    const snap = then.get(action.id);
    if (snap) actions.push(actionAsAt(action, snap));
  }
  const themeNames = new Map(stored.themes.map((t) => [t.code, t.name]));
  const themes = plan.themes.filter((t) => themeNames.has(t.code)).map(({ reportedRating: _today, ...t }) => ({ ...t, name: themeNames.get(t.code) ?? t.name }));
  const end = asAtEnd(stored);
  return {
    ...plan,
    themes,
    actions,
    progressUpdates: updatesReportedBy(plan.progressUpdates, end),
    // A milestone met later had not been met then.
    milestones: plan.milestones.map((m) => (m.achievedOn !== undefined && m.achievedOn > end ? { ...m, achievedOn: undefined } : m)),
    changeRequests: plan.changeRequests.filter((r) => r.requestedOn <= end).map((r) => requestAsAt(r, end))
  };
}

/** The closed period before `periodId` (before every one when it is not closed): the last return, to count slips since. */
export function closedBefore(periods: readonly ClosedPeriod[], periodId: string): ClosedPeriod | undefined {
  const start = (id: string): string => {
    const parsed = parsePeriodId(id);
    return parsed.ok ? parsed.value.start : id;
  };
  const mine = start(periodId);
  return [...periods].filter((p) => start(p.periodId) < mine).sort((a, b) => (start(a.periodId) < start(b.periodId) ? -1 : 1)).pop();
}
