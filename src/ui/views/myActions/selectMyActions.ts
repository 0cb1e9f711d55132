import {
  addDaysIso,
  dueDateInForce,
  isSamePerson,
  periodContaining,
  sortByCode,
  updateOwed,
  type Action,
  type ChangeRequest,
  type Person,
  type ReportingPeriod
} from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';

/** What an open action of mine needs, in the order My actions shows the groups. */
export type MyActionGroup = 'updateDue' | 'overdue' | 'dueSoon' | 'awaitingChange' | 'rest';

/** The groups in the order shown; each action is in the first group that applies to it. */
export const MY_ACTION_GROUPS: readonly MyActionGroup[] = ['updateDue', 'overdue', 'dueSoon', 'awaitingChange', 'rest'];

/** The signed-in person's open actions, grouped by what needs doing. */
export interface MyActions {
  all: Action[];
  groups: Record<MyActionGroup, Action[]>;
  period: ReportingPeriod;
}

/** Does this person lead the action or update it as a delegate? */
export function isMine(action: Action, me: Person): boolean {
  return Boolean((action.lead && isSamePerson(action.lead, me)) || action.delegates?.some((d) => isSamePerson(d, me)));
}

const isOpen = (a: Action): boolean => a.status !== 'Complete' && a.status !== 'Closed';

/** The latest progress update submitted for each action, read once for the whole plan. */
export function latestUpdates(view: PlanView): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const u of view.loaded.plan.progressUpdates) {
    const held = latest.get(u.actionId);
    if (!held || u.submittedAt > held) latest.set(u.actionId, u.submittedAt);
  }
  return latest;
}

/** When a person last updated the action: the later of the stored date and the latest progress update. */
export function lastUpdatedOf(view: PlanView, actionId: string, latest: ReadonlyMap<string, Date>): Date | undefined {
  const stored = view.loaded.storedRatings[actionId]?.lastUpdated;
  const update = latest.get(actionId);
  if (!stored) return update;
  if (!update) return stored;
  return stored > update ? stored : update;
}

/** The change requests still waiting for a decision, by the action they are about. */
export function pendingRequestsByAction(requests: readonly ChangeRequest[]): Map<string, ChangeRequest[]> {
  const byAction = new Map<string, ChangeRequest[]>();
  for (const r of requests) {
    if (r.status !== 'Submitted' || !r.actionId) continue;
    byAction.set(r.actionId, [...(byAction.get(r.actionId) ?? []), r]);
  }
  return byAction;
}

/**
 * Which group an open action belongs in today: its update is due this period (the rule the
 * reminder cards use), it is overdue, it is due within `days`, a change request for it waits for a
 * decision, or none of these.
 */
export function groupOf(
  view: PlanView,
  action: Action,
  context: { pending: ReadonlyMap<string, unknown>; latest: ReadonlyMap<string, Date>; period: ReportingPeriod },
  days: number = 30
): MyActionGroup {
  const { pending, latest, period } = context;
  if (updateOwed(action, lastUpdatedOf(view, action.id, latest), period.start, view.today)) return 'updateDue';
  if ((view.ratings.get(action.id)?.daysOverdue ?? 0) > 0) return 'overdue';
  const due = dueDateInForce(action);
  if (due !== undefined && due >= view.today && due <= addDaysIso(view.today, days)) return 'dueSoon';
  if (pending.has(action.id)) return 'awaitingChange';
  return 'rest';
}

/** Every open action I lead or am delegate for, each in the first group that applies. */
export function selectMyActions(view: PlanView, days: number = 30): MyActions {
  const me = view.user.person;
  const { plan } = view.loaded;
  const period = periodContaining(plan.cadence, view.today);
  const all = sortByCode(plan.actions.filter((a) => isOpen(a) && isMine(a, me)));
  const context = { pending: pendingRequestsByAction(plan.changeRequests), latest: latestUpdates(view), period };
  const groups: Record<MyActionGroup, Action[]> = { updateDue: [], overdue: [], dueSoon: [], awaitingChange: [], rest: [] };
  for (const action of all) groups[groupOf(view, action, context, days)].push(action);
  return { all, groups, period };
}
