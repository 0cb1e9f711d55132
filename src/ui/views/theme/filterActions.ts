import { addDaysIso, dueDateInForce, isSamePerson, type Action, type ActionStatus, type IsoDate, type Person, type ProgressRating } from '../../../domain';
import type { ActionRating } from '../../hooks/usePlanData';

/** The due-date filters. */
export type DueFilter = 'overdue' | 'next30' | 'next90' | 'noDate';

/** What the theme view filters its grid by; absent means "any". */
export interface ActionFilters {
  query: string;
  rating?: ProgressRating;
  /** A lead's display name. */
  lead?: string;
  status?: ActionStatus;
  due?: DueFilter;
  workstream?: string;
}

/** No filters at all. */
export const NO_FILTERS: ActionFilters = { query: '' };

function matchesDue(action: Action, due: DueFilter, rating: ActionRating | undefined, today: IsoDate): boolean {
  const date = dueDateInForce(action);
  const open = action.status !== 'Complete' && action.status !== 'Closed';
  switch (due) {
    case 'overdue':
      return (rating?.daysOverdue ?? 0) > 0;
    case 'noDate':
      return date === undefined;
    default:
      return open && date !== undefined && date >= today && date <= addDaysIso(today, due === 'next30' ? 30 : 90);
  }
}

/** The actions that pass every filter, in the order given. Search looks at code, title, description, lead and commentary. */
export function filterActions(actions: readonly Action[], filters: ActionFilters, ratings: ReadonlyMap<string, ActionRating>, today: IsoDate): Action[] {
  const words = filters.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const lead: Person | undefined = filters.lead ? { displayName: filters.lead } : undefined;
  return actions.filter((a) => {
    const rating = ratings.get(a.id);
    if (filters.rating && rating?.rating !== filters.rating) return false;
    if (filters.status && a.status !== filters.status) return false;
    if (filters.workstream && a.workstreamCode !== filters.workstream) return false;
    if (lead && !(a.lead && isSamePerson({ displayName: a.lead.displayName }, lead))) return false;
    if (filters.due && !matchesDue(a, filters.due, rating, today)) return false;
    if (words.length) {
      const text = `${a.code} ${a.title} ${a.description ?? ''} ${a.lead?.displayName ?? ''} ${a.commentary ?? ''}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** Whether any filter is set. */
export function hasFilters(filters: ActionFilters): boolean {
  return Boolean(filters.query.trim() || filters.rating || filters.lead || filters.status || filters.due || filters.workstream);
}
