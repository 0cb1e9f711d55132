/**
 * What each card says, as typed data: the contract between the use cases (which fill it from the
 * plan when the card is sent) and the card templates in `src/notifications/cards` (which render
 * it). It is never stored: a retry builds the card from the plan again.
 */
import type { IsoDate, ProgressRating } from '../../domain';

/** What a slip alert says: one action that has just worsened into Amber or Red. */
export interface SlipCardData {
  /** The slip's de-duplication key, printed on the card so a duplicate post is recognisable. */
  slipKey: string;
  actionCode: string;
  actionTitle: string;
  themeCode: string;
  themeName?: string;
  /** Rating before the slip; absent for a first rating. */
  fromRating?: ProgressRating;
  toRating: 'Amber' | 'Red';
  baselineDueDate?: IsoDate;
  currentDueDate?: IsoDate;
  /** Lead officer's name. */
  leadOfficer?: string;
  /** The latest commentary; cut to an excerpt on the card. */
  commentary?: string;
  /** Why the action is rated as it is (from `explainRating`). */
  reason: string;
  /** Who made the change, or the scheduled check when dates passing caused it. */
  changedBy: string;
  detectedOn: IsoDate;
  /** Deep link that opens the action in the app. */
  actionUrl: string;
}

/** One Amber or Red action in a weekly digest. */
export interface DigestItem {
  actionCode: string;
  actionTitle: string;
  rating: 'Amber' | 'Red';
  currentDueDate?: IsoDate;
  leadOfficer?: string;
  /** Slipped since the last digest: listed first and marked. */
  newlySlipped: boolean;
  actionUrl: string;
}

/** What a weekly theme digest says: every Amber and Red action of one theme. */
export interface DigestCardData {
  themeCode: string;
  themeName?: string;
  /** Day the digest is for. */
  weekOf: IsoDate;
  items: readonly DigestItem[];
  /** Link to the plan (the theme view); the card's button. */
  planUrl: string;
}

/** An action whose progress update is due. */
export interface ReminderItem {
  actionCode: string;
  actionTitle: string;
  /** Day of the lead's last update, when there has been one. */
  lastUpdated?: IsoDate;
  currentDueDate?: IsoDate;
  actionUrl: string;
}

/** An "update due" reminder for one action owner: the actions they have not updated this period. */
export interface ReminderCardData {
  /** The owner's name as the plan records it. */
  ownerName: string;
  themeCode: string;
  themeName?: string;
  /** Reporting period label, e.g. `'November 2026'`. */
  periodLabel: string;
  /** Day updates are due by, when the programme office has set one. */
  dueBy?: IsoDate;
  items: readonly ReminderItem[];
}

/** A card's kind and data, as handed to a sender. */
export type CardPayload = (
  | { kind: 'slip'; data: SlipCardData }
  | { kind: 'digest'; data: DigestCardData }
  | { kind: 'reminder'; data: ReminderCardData }
) & {
  /**
   * Set when an earlier post of this card may have reached Teams (its answer was lost): the card
   * then says it may repeat an earlier card, so a duplicate is recognisable as one.
   */
  mayRepeat?: boolean;
};
