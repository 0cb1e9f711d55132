import type { IsoDate } from '../dates/isoDate';
import { isWorsening, type ProgressRating } from '../rag/ratings';
import type { ActionSnapshot, PlanSnapshot } from './snapshot';

/** An action whose rating differs between two snapshots. */
export interface RatingChange {
  /** Action id. */
  readonly actionId: string;
  /** Code. */
  readonly code: string;
  /** Title. */
  readonly title: string;
  /** Rating before. */
  readonly from: ProgressRating;
  /** Rating after. */
  readonly to: ProgressRating;
  /** Whether it got worse or better (ratings never tie in severity, so one or the other). */
  readonly direction: 'Worse' | 'Better';
}

/** An action whose due date in force differs between two snapshots. */
export interface DueDateChange {
  /** Action id. */
  readonly actionId: string;
  /** Code. */
  readonly code: string;
  /** Title. */
  readonly title: string;
  /** Due date before. */
  readonly from?: IsoDate;
  /** Due date after. */
  readonly to?: IsoDate;
  /** Baseline, unchanged by reprofiling. */
  readonly baselineDueDate?: IsoDate;
}

/** What changed between the previous period's snapshot and this one. */
export interface ChangesSince {
  /** Earlier snapshot's period. */
  readonly fromPeriodId: string;
  /** Later snapshot's period. */
  readonly toPeriodId: string;
  /** Actions new in the later snapshot. */
  readonly added: readonly ActionSnapshot[];
  /** Actions missing from the later snapshot. */
  readonly removed: readonly ActionSnapshot[];
  /** Rating changes, worsened first, in code order. */
  readonly ratingChanges: readonly RatingChange[];
  /** Due-date changes, in code order. */
  readonly dueDateChanges: readonly DueDateChange[];
  /** Actions that became Complete. */
  readonly completed: readonly ActionSnapshot[];
  /** Actions that became Closed. */
  readonly closed: readonly ActionSnapshot[];
}

/**
 * The difference of two snapshots: additions, removals, rating changes, due-date changes,
 * completions and closures. Both snapshots hold actions in code order, so the lists keep it.
 */
export function changesSince(previous: PlanSnapshot, current: PlanSnapshot): ChangesSince {
  const before = new Map(previous.actions.map((a) => [a.actionId, a]));
  const nowIds = new Set(current.actions.map((a) => a.actionId));
  const added: ActionSnapshot[] = [];
  const ratingChanges: RatingChange[] = [];
  const dueDateChanges: DueDateChange[] = [];
  const completed: ActionSnapshot[] = [];
  const closed: ActionSnapshot[] = [];
  for (const now of current.actions) {
    const was = before.get(now.actionId);
    if (was === undefined) {
      added.push(now);
      continue;
    }
    if (was.rating !== now.rating) {
      ratingChanges.push({
        actionId: now.actionId,
        code: now.code,
        title: now.title,
        from: was.rating,
        to: now.rating,
        direction: isWorsening(was.rating, now.rating) ? 'Worse' : 'Better'
      });
    }
    if (was.dueDate !== now.dueDate) {
      dueDateChanges.push({
        actionId: now.actionId,
        code: now.code,
        title: now.title,
        ...(was.dueDate !== undefined ? { from: was.dueDate } : {}),
        ...(now.dueDate !== undefined ? { to: now.dueDate } : {}),
        ...(now.baselineDueDate !== undefined ? { baselineDueDate: now.baselineDueDate } : {})
      });
    }
    if (now.status === 'Complete' && was.status !== 'Complete') completed.push(now);
    if (now.status === 'Closed' && was.status !== 'Closed') closed.push(now);
  }
  const removed = previous.actions.filter((a) => !nowIds.has(a.actionId));
  // Stable sort: worsened first, code order kept within each group.
  ratingChanges.sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'Worse' ? -1 : 1));
  return { fromPeriodId: previous.periodId, toPeriodId: current.periodId, added, removed, ratingChanges, dueDateChanges, completed, closed };
}
