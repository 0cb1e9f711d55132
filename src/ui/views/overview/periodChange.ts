import { isWorsening, periodContaining, previousPeriod, type Action, type ProgressUpdate } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';

/** How ratings moved since the last reporting period. */
export interface PeriodChange {
  /** Reader-facing name of the period compared with, e.g. `'October 2026'`. */
  label: string;
  worse: Action[];
  better: Action[];
  unchanged: number;
  /** Actions that had a rating recorded last period (the others cannot be compared). */
  compared: number;
}

/**
 * Compares each action's rating today with the rating recorded with its last update in the
 * previous (monthly) period: the progress history is the record of what was reported then.
 */
export function changeSinceLastPeriod(view: PlanView, actions: readonly Action[] = view.loaded.plan.actions): PeriodChange {
  const previous = previousPeriod(periodContaining('month', view.today));
  const latest = new Map<string, ProgressUpdate>();
  for (const update of view.loaded.plan.progressUpdates) {
    if (update.periodId !== previous.id || update.ratingAtSubmission === undefined) continue;
    const held = latest.get(update.actionId);
    if (!held || update.submittedAt.getTime() >= held.submittedAt.getTime()) latest.set(update.actionId, update);
  }
  const result: PeriodChange = { label: previous.label, worse: [], better: [], unchanged: 0, compared: 0 };
  for (const action of actions) {
    const was = latest.get(action.id)?.ratingAtSubmission;
    const now = view.ratings.get(action.id)?.rating;
    if (!was || !now) continue;
    result.compared += 1;
    if (was === now) result.unchanged += 1;
    else if (isWorsening(was, now)) result.worse.push(action);
    else result.better.push(action);
  }
  return result;
}
