/** Building the cards' typed data from the plan, at the moment each card is sent. */
import { RATING_LABELS, type Action, type IsoDate, type SlippageEvent } from '../../domain';
import type { SlipCardData } from './cardModels';

/** Who the sweep says made a change that dates passing caused. */
export const SCHEDULED_CHECK = 'Scheduled check (a date passed)';

/** Shown as "Changed by" when the save that caused a slip can no longer be found. */
export const CHANGER_NOT_RECORDED = 'Not recorded';

/** What a slip card needs to know about the slip itself; everything else comes from the action. */
export type SlipFacts = Pick<SlippageEvent, 'key' | 'actionCode' | 'actionTitle' | 'themeCode' | 'fromRating' | 'toRating' | 'dueDate' | 'reason' | 'detectedOn'>;

/**
 * The slip card's data for `slip` on `action`. `changedBy` is the signed-in person (live path),
 * the SharePoint author of the save (sweep) or {@link SCHEDULED_CHECK}; `actionUrl` comes from
 * the host's or the sweep's own links, never from anything stored.
 */
export function slipCardData(slip: SlipFacts, action: Action, context: { themeName?: string; changedBy: string; actionUrl: string }): SlipCardData {
  return {
    slipKey: slip.key,
    actionCode: slip.actionCode,
    actionTitle: slip.actionTitle,
    themeCode: slip.themeCode,
    ...(context.themeName ? { themeName: context.themeName } : {}),
    ...(slip.fromRating ? { fromRating: slip.fromRating } : {}),
    toRating: slip.toRating,
    ...(action.baselineDueDate ? { baselineDueDate: action.baselineDueDate } : {}),
    ...(slip.dueDate ? { currentDueDate: slip.dueDate } : {}),
    ...(action.lead ? { leadOfficer: action.lead.displayName } : {}),
    ...(action.commentary ? { commentary: action.commentary } : {}),
    reason: slip.reason,
    changedBy: context.changedBy,
    detectedOn: slip.detectedOn,
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
