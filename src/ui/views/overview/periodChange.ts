import type { StoredSnapshot } from '../../../application/periods';
import { isWorsening, parsePeriodId, periodContaining, previousPeriod, type Action, type ProgressRating, type ProgressUpdate } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';

const NEEDS_ATTENTION: ReadonlySet<ProgressRating> = new Set(['Amber', 'Red']);

/**
 * Worse means slipped: into Amber or Red, or Amber to Red. Better means recovered from Amber or
 * Red, or finished. Other moves (Not started to Green, Green to On hold) are neither, so a plan
 * whose work simply starts is not reported as deteriorating.
 */
function direction(was: ProgressRating, now: ProgressRating): 'worse' | 'better' | 'other' {
  if (isWorsening(was, now) && NEEDS_ATTENTION.has(now)) return 'worse';
  if (isWorsening(now, was) && (NEEDS_ATTENTION.has(was) || now === 'Complete')) return 'better';
  return 'other';
}

/** How ratings moved since the last reporting period. */
export interface PeriodChange {
  /** Reader-facing name of the period compared with, e.g. `'October 2026'`. */
  label: string;
  worse: Action[];
  better: Action[];
  unchanged: number;
  /** Ratings that moved without slipping or recovering (e.g. Not started to Green). */
  otherChanges: number;
  /** Actions that had a rating recorded last period (the others cannot be compared). */
  compared: number;
}

/**
 * Compares each action's rating today with what was last reported: the snapshot of the last
 * closed period when the programme office has closed one (the record members were given), else
 * the rating recorded with its last update in the previous month (the progress history).
 */
export function changeSinceLastPeriod(view: PlanView, actions: readonly Action[] = view.loaded.plan.actions, lastReport?: StoredSnapshot): PeriodChange {
  const reported = lastReport ? reportedInSnapshot(lastReport) : reportedInHistory(view);
  const result: PeriodChange = { label: reported.label, worse: [], better: [], unchanged: 0, otherChanges: 0, compared: 0 };
  for (const action of actions) {
    const was = reported.ratings.get(action.id);
    const now = view.ratings.get(action.id)?.rating;
    if (!was || !now) continue;
    result.compared += 1;
    if (was === now) {
      result.unchanged += 1;
      continue;
    }
    const moved = direction(was, now);
    if (moved === 'worse') result.worse.push(action);
    else if (moved === 'better') result.better.push(action);
    else result.otherChanges += 1;
  }
  return result;
}

interface Reported {
  label: string;
  ratings: ReadonlyMap<string, ProgressRating>;
}

function reportedInSnapshot(stored: StoredSnapshot): Reported {
  return { label: stored.period.label, ratings: new Map(stored.snapshot.actions.map((a) => [a.actionId, a.rating])) };
}

function reportedInHistory(view: PlanView): Reported {
  // As at a closed period, the month before that period; today, the month before this one.
  const shown = view.asAt ? parsePeriodId(view.asAt.period.periodId) : undefined;
  const previous = previousPeriod(shown?.ok ? shown.value : periodContaining('month', view.today));
  const latest = new Map<string, ProgressUpdate>();
  for (const update of view.loaded.plan.progressUpdates) {
    if (update.periodId !== previous.id || update.ratingAtSubmission === undefined) continue;
    const held = latest.get(update.actionId);
    if (!held || update.submittedAt.getTime() >= held.submittedAt.getTime()) latest.set(update.actionId, update);
  }
  const ratings = new Map<string, ProgressRating>();
  for (const [id, update] of latest) ratings.set(id, update.ratingAtSubmission as ProgressRating);
  return { label: previous.label, ratings };
}
