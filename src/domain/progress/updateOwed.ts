import type { Action } from '../model/action';
import type { IsoDate } from '../dates/isoDate';
import { londonDate } from '../dates/london';

/**
 * Whether a live action is owed its lead's update for the period that started on `periodStart`:
 * in progress (or due to have started), with a lead, and not updated since the period began.
 * One rule for the reminder cards and for "Update due" in My actions, so they always agree.
 *
 * @param lastUpdated When the action was last updated by a person (the latest progress update),
 * if ever.
 */
export function updateOwed(action: Action, lastUpdated: Date | undefined, periodStart: IsoDate, today: IsoDate): boolean {
  const { status, startDate } = action;
  const live = status === 'InProgress' || (status === 'NotStarted' && startDate !== undefined && startDate <= today);
  if (!live || !action.lead) return false;
  return lastUpdated === undefined || londonDate(lastUpdated) < periodStart;
}
