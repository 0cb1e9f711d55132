/**
 * Closed reporting periods for the local product: the demo plan as it stood at the end of each
 * of the last few months, rebuilt from its monthly progress history and change log, and stored
 * through the real snapshot store, so the overview's trends and "Changed since last report" show
 * something real on the first `npm start`.
 */
import type { SPFI } from '@pnp/sp';
import { createPlanServices } from '../../src/data';
import { createSnapshotStore } from '../../src/data/snapshots';
import { saveSealedSnapshot, type StoredSnapshot } from '../../src/application/periods';
import { londonDate, nextPeriod, periodContaining, previousPeriod, RATING_LABELS, takeSnapshot, type Action, type IsoDate, type Person, type Plan, type PlanSnapshot, type ProgressUpdate, type ReportingPeriod } from '../../src/domain';

/** How many months before the current one the demo has closed. */
export const DEMO_CLOSED_MONTHS = 4;

/** Undoes the approved date changes and closures decided after `end`, latest first. */
function undoLaterChanges(actions: Map<string, Action>, plan: Plan, end: IsoDate): void {
  const later = plan.changeRequests
    .filter((r) => r.status === 'Approved' && r.decidedOn !== undefined && r.decidedOn > end && r.actionId !== undefined)
    .sort((a, b) => ((a.decidedOn ?? '') < (b.decidedOn ?? '') ? 1 : -1));
  for (const request of later) {
    const action = actions.get(request.actionId as string);
    if (!action) continue;
    const date = request.changes.find((c) => c.field === 'currentDueDate');
    if (request.type === 'Timescale' && date?.oldValue) {
      actions.set(action.id, { ...action, currentDueDate: date.oldValue, reprofileCount: Math.max(0, action.reprofileCount - 1) });
    }
    if (request.type === 'Closure' && action.status === 'Closed') actions.set(action.id, { ...action, status: 'InProgress', closureRationale: undefined });
  }
}

/** The latest update of each action reported in or before `period`. */
function latestUpdates(updates: readonly ProgressUpdate[], period: ReportingPeriod): Map<string, ProgressUpdate> {
  const latest = new Map<string, ProgressUpdate>();
  for (const u of updates) {
    if (u.periodId > period.id) continue;
    const held = latest.get(u.actionId);
    if (!held || held.periodId < u.periodId || (held.periodId === u.periodId && held.submittedAt < u.submittedAt)) latest.set(u.actionId, u);
  }
  return latest;
}

/**
 * The plan's actions as they stood at the end of `period`: status, progress, commentary and next
 * steps from the last update reported by then; due dates and closures before later change
 * control; work not yet started as not started; issues raised later left out.
 */
export function actionsAsAtEndOf(plan: Plan, period: ReportingPeriod): Action[] {
  const end = period.end;
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  undoLaterChanges(actions, plan, end);
  const updates = latestUpdates(plan.progressUpdates, period);
  return [...actions.values()].map((action) => {
    const u = updates.get(action.id);
    let next: Action = { ...action, issues: action.issues.filter((i) => i.raisedOn <= end) };
    if (next.override && londonDate(next.override.at) > end) next = { ...next, override: undefined };
    if (u) {
      next = { ...next, status: u.status, progressPercent: u.progressPercent ?? next.progressPercent, commentary: u.commentary, nextSteps: u.nextSteps, forecastDate: u.forecastDate ?? next.forecastDate };
    } else if (next.startDate !== undefined && next.startDate > end) {
      next = { ...next, status: 'NotStarted', progressPercent: 0 };
    }
    // Sub-actions have no monthly history and the demo dates their completion by the last update
    // of their group, so a finished sub-action is taken as finished by then.
    if (next.status !== 'Complete') next = { ...next, completedOn: undefined };
    else if (next.completedOn !== undefined && next.completedOn > end) next = { ...next, completedOn: end };
    if (next.status !== 'Closed') next = { ...next, closureRationale: undefined };
    return next;
  });
}

/**
 * The period's snapshot with each action rated as its update for that period reported it: what the
 * programme office closed was what the leads reported, so the record and the history agree by
 * construction. Where the published rules would have said otherwise, the snapshot keeps both.
 */
function asReported(snapshot: PlanSnapshot, updates: readonly ProgressUpdate[], period: ReportingPeriod): PlanSnapshot {
  const reported = new Map<string, ProgressUpdate>();
  for (const u of updates) {
    if (u.periodId !== period.id || u.ratingAtSubmission === undefined) continue;
    const held = reported.get(u.actionId);
    if (!held || held.submittedAt < u.submittedAt) reported.set(u.actionId, u);
  }
  return {
    ...snapshot,
    actions: snapshot.actions.map((a) => {
      const rating = reported.get(a.actionId)?.ratingAtSubmission;
      if (rating === undefined || rating === a.rating) return a;
      const because = `${RATING_LABELS[rating]} as reported in the ${period.label} update; the published rules gave ${RATING_LABELS[a.calculatedRating]} (${a.reason})`;
      return { ...a, rating, overridden: rating !== a.calculatedRating, reason: because };
    })
  };
}

/** The snapshots of the `months` months before the one holding `today`, oldest first, closed a few days after each month ended. */
export function demoSnapshots(plan: Plan, today: IsoDate, closedBy: Person, months: number = DEMO_CLOSED_MONTHS): StoredSnapshot[] {
  const periods: ReportingPeriod[] = [];
  for (let p = previousPeriod(periodContaining('month', today)); periods.length < months; p = previousPeriod(p)) periods.unshift(p);
  const themes = [...plan.themes].sort((a, b) => a.order - b.order).map((t) => ({ code: t.code, name: t.name, order: t.order }));
  return periods.map((period) => {
    // Closed on the fifth of the next month, once the month's updates are in (or today, if sooner).
    const fifth = nextPeriod(period).start.replace(/-01$/, '-05');
    const closedOn = fifth < today ? fifth : today;
    return {
      period: { periodId: period.id, label: period.label, closedAt: `${closedOn}T16:00:00.000Z`, closedBy },
      themes,
      snapshot: asReported(takeSnapshot(actionsAsAtEndOf(plan, period), period, period.end), plan.progressUpdates, period)
    };
  });
}

/** Stores the demo's closed periods through the SharePoint snapshot store (first start only). */
export async function seedDemoSnapshots(sp: SPFI, today: IsoDate, closedBy: Person, log: (message: string) => void = () => undefined): Promise<number> {
  const { plan } = await createPlanServices(sp).loadPlan();
  const store = createSnapshotStore(sp);
  const snapshots = demoSnapshots(plan, today, closedBy);
  // Sealed in closing order, as closing them in the app would, so the demo's record verifies.
  for (const stored of snapshots) await saveSealedSnapshot(store, stored);
  log(`${snapshots.length} closed periods (${snapshots.map((s) => s.period.label).join(', ')})`);
  return snapshots.length;
}
