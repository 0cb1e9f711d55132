import type { Action, Person, SlippageEvent } from '../../domain';

/**
 * How the Teams card of a saved slip went out: posted now (with or without its receipt), or left
 * for the scheduled sweep, which posts every slip it finds without a receipt.
 */
export interface SlipAnnouncement {
  status: 'posted' | 'postedWithoutReceipt' | 'leftForSweep';
  /** The technical reason, for the host's log; people are told only what happens next. */
  detail?: string;
}

/** A slip that a save has just caused, with what its card needs. */
export interface SlipNotice {
  /** The slip: from and to which rating, and why. */
  event: SlippageEvent;
  /** The action as saved. */
  action: Action;
  /** Who saved it: the card says so, and the post is made as this person. */
  changedBy: Person;
  /** The theme's name, for the card's heading. */
  themeName?: string;
  /** The progress history entry the save added, so the sweep can match the card's receipt to it. */
  progressUpdateId?: string;
}

/**
 * The application's port for announcing a slip to the theme's director. The host fills it (in
 * SharePoint and Teams: a Teams card posted as the signed-in person); the update use case calls
 * it once the save has succeeded. It never rejects: a card that cannot go now resolves as
 * `leftForSweep`.
 */
export interface SlipAnnouncer {
  announce(notice: SlipNotice): Promise<SlipAnnouncement>;
}
