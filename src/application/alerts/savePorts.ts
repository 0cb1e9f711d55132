/**
 * What the sweep reads to find slips that saves in the app caused, and to check the receipts the
 * app leaves when it has posted one itself. Every "who" here is the author SharePoint recorded
 * when the item was created, which nobody can choose when writing.
 */
import type { ProgressRating } from '../../domain';

/** A person as SharePoint recorded them on an item they created. */
export interface RecordAuthor {
  /** Site user id: the identity compared. */
  id: number;
  displayName: string;
  login?: string;
  email?: string;
}

/** One entry of the progress history ('Plan Progress Updates'), as the sweep trusts it. */
export interface SavedUpdate {
  /** Item id; ids only grow, so they order the history. */
  id: string;
  actionId: string;
  /** The rating the save recorded (RatingAtSubmission). */
  rating?: ProgressRating;
  /** When SharePoint created the item. */
  createdAt: Date;
  /** Who SharePoint says created it: the person who saved. */
  author: RecordAuthor;
}

/** The action's stored rating just before a save, when its version history shows that save. */
export type RatingBefore = { known: true; rating?: ProgressRating } | { known: false };

/** The progress history with its SharePoint authors. */
export interface SaveHistory {
  /** Entries SharePoint created at or after `since`, oldest first. */
  listSince(since: Date): Promise<SavedUpdate[]>;
  /** Entries by item id (those that no longer exist are absent). */
  getByIds(ids: readonly string[]): Promise<SavedUpdate[]>;
  /**
   * The action's stored rating before `update`'s save: the version of its progress that the same
   * person wrote with the same rating just before the entry was created, and the version before it.
   * `known: false` when the version history does not show such a save.
   */
  storedRatingBefore(update: SavedUpdate): Promise<RatingBefore>;
}

/** What the app records after posting a slip card itself. */
export interface NewAlertReceipt {
  /** The slip key the app computed. */
  key: string;
  actionId: string;
  /** The progress history entry of the save, when the app knows it. */
  progressUpdateId?: string;
  messageId?: string;
  /** Where it was posted, e.g. `graph:team/channel`. */
  route: string;
  postedAt: Date;
}

/** A receipt as stored. Anybody on the staff can add one, so the sweep checks each against the save. */
export interface AlertReceipt {
  id: number;
  key: string;
  actionId?: string;
  progressUpdateId?: string;
  messageId?: string;
  route?: string;
  postedAt?: Date;
  /** Who SharePoint says added it. */
  author: RecordAuthor;
}

/** 'Plan Alert Receipts': staff add receipts; nobody edits or deletes them. */
export interface AlertReceipts {
  add(receipt: NewAlertReceipt): Promise<void>;
  /** Every receipt that names one of these actions, whoever added it. */
  listForActions(actionIds: readonly string[]): Promise<AlertReceipt[]>;
}
