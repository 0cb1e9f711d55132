import type { ProgressUpdate } from '../model/progress';

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
