/** Building the cards' typed data from the domain. */
import { RATING_LABELS, type Action, type IsoDate, type SlippageEvent } from '../../domain';
import type { SlipCardData } from './cardModels';

/** Who the sweep says made a change that dates passing caused. */
export const SCHEDULED_CHECK = 'Scheduled check (a date passed)';

/** The slip card's data for `event` on `action`. */
export function slipCardData(event: SlippageEvent, action: Action, context: { themeName?: string; changedBy: string; actionUrl: string }): SlipCardData {
  return {
    slipKey: event.key,
    actionCode: event.actionCode,
    actionTitle: event.actionTitle,
    themeCode: event.themeCode,
    ...(context.themeName ? { themeName: context.themeName } : {}),
    ...(event.fromRating ? { previousRating: event.fromRating } : {}),
    newRating: event.toRating,
    ...(action.baselineDueDate ? { baselineDueDate: action.baselineDueDate } : {}),
    ...(event.dueDate ? { currentDueDate: event.dueDate } : {}),
    ...(action.lead ? { leadOfficer: action.lead.displayName } : {}),
    ...(action.commentary ? { commentary: action.commentary } : {}),
    reason: event.reason,
    changedBy: context.changedBy,
    detectedOn: event.detectedOn,
    actionUrl: context.actionUrl
  };
}

/** A one-line summary of a slip for reports: `OC.A2.1 Green → Red`. */
export function describeSlip(event: Pick<SlippageEvent, 'actionCode' | 'fromRating' | 'toRating'>): string {
  return `${event.actionCode} ${event.fromRating ? RATING_LABELS[event.fromRating] : 'unrated'} → ${RATING_LABELS[event.toRating]}`;
}

/** First day of the Europe/London month of `day`, e.g. `2026-11-01`. */
export function monthStart(day: IsoDate): IsoDate {
  return `${day.slice(0, 7)}-01`;
}
