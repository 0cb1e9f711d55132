import type { IsoDate } from '../dates/isoDate';
import { londonDate } from '../dates/london';
import type { ProgressUpdate } from '../model/progress';
import { parsePeriodId } from '../reporting/period';

/**
 * An action's update history: for each reporting period the latest update submitted, earliest
 * period first. Earlier submissions in the same period were corrections and stay stored, but
 * the period reads as its final word.
 */
export function progressHistory(actionId: string, updates: readonly ProgressUpdate[]): ProgressUpdate[] {
  const latest = new Map<string, ProgressUpdate>();
  for (const update of updates) {
    if (update.actionId !== actionId) continue;
    const held = latest.get(update.periodId);
    if (held === undefined || update.submittedAt.getTime() >= held.submittedAt.getTime()) latest.set(update.periodId, update);
  }
  return [...latest.values()].sort((a, b) => (a.periodId < b.periodId ? -1 : a.periodId > b.periodId ? 1 : 0));
}

/** The latest update for an action in a given period, if any. */
export function updateForPeriod(actionId: string, periodId: string, updates: readonly ProgressUpdate[]): ProgressUpdate | undefined {
  return progressHistory(actionId, updates).find((u) => u.periodId === periodId);
}

/**
 * Which of the given actions have no update for the period: the programme office's chase list.
 */
export function missingUpdates(actionIds: readonly string[], periodId: string, updates: readonly ProgressUpdate[]): string[] {
  const updated = new Set(updates.filter((u) => u.periodId === periodId).map((u) => u.actionId));
  return actionIds.filter((id) => !updated.has(id));
}

/**
 * The updates that had been reported by the end of a closed period ending `end`: reported for a
 * period that began by then, and submitted by that day (Europe/London). A view as at the period shows
 * these and nothing recorded since, so it reads as the record did when the period closed.
 */
export function updatesReportedBy<T extends Pick<ProgressUpdate, 'periodId' | 'submittedAt'>>(updates: readonly T[], end: IsoDate): T[] {
  return updates.filter((u) => {
    const period = parsePeriodId(u.periodId);
    return period.ok && period.value.start <= end && londonDate(u.submittedAt) <= end;
  });
}
