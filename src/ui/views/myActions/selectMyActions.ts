import { addDaysIso, dueDateInForce, isSamePerson, londonDate, missingUpdates, periodContaining, sortByCode, type Action, type Person, type ReportingPeriod } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';

/** The signed-in person's open actions, grouped as they need attention. */
export interface MyActions {
  all: Action[];
  overdue: Action[];
  dueSoon: Action[];
  awaiting: Action[];
  period: ReportingPeriod;
}

/** Does this person lead the action or update it as a delegate? */
export function isMine(action: Action, me: Person): boolean {
  return Boolean((action.lead && isSamePerson(action.lead, me)) || action.delegates?.some((d) => isSamePerson(d, me)));
}

/**
 * My open actions: overdue, due in the next 30 days, and awaiting my update for this month (no
 * update recorded in the period, the same test the programme office's chase list uses).
 */
export function selectMyActions(view: PlanView, days: number = 30): MyActions {
  const me = view.user.person;
  const { plan, storedRatings } = view.loaded;
  const period = periodContaining('month', view.today);
  const all = sortByCode(plan.actions.filter((a) => a.status !== 'Complete' && a.status !== 'Closed' && isMine(a, me)));
  const overdue = all.filter((a) => (view.ratings.get(a.id)?.daysOverdue ?? 0) > 0);
  const horizon = addDaysIso(view.today, days);
  const dueSoon = all.filter((a) => {
    const due = dueDateInForce(a);
    return due !== undefined && due >= view.today && due <= horizon;
  });
  const missing = new Set(missingUpdates(all.map((a) => a.id), period.id, plan.progressUpdates));
  const awaiting = all.filter((a) => {
    const last = storedRatings[a.id]?.lastUpdated;
    return missing.has(a.id) && !(last && londonDate(last) >= period.start);
  });
  return { all, overdue, dueSoon, awaiting, period };
}
