/**
 * The notifications log: the record of every card the sweep owes or has sent. Only the
 * programme office and the sweep write it; an entry anybody else wrote is not of record, and the
 * log port never returns one (it lists them under {@link NotificationLog.ignoredEntries}).
 */

/** What a log entry announces. */
export type NotificationKind = 'slip' | 'digest' | 'reminder';

/** Where an entry stands in "claim, send, confirm". */
export type NotificationState = 'Claimed' | 'Sent' | 'Failed';

/** What made an action slip: dates passing (found by the sweep), or a save in the app. */
export type SlipCause = { by: 'dates' } | { by: 'save'; progressUpdateId: string };

/** A slip card the person saving posted from the app, as the sweep verified it from their receipt. */
export interface AppPostNote {
  /** Display name of the person who saved and posted (the receipt's SharePoint author). */
  by: string;
  /** Item id of the receipt in 'Plan Alert Receipts'. */
  receiptId: number;
  /** Teams message id, when the app recorded one. */
  messageId?: string;
}

/**
 * What an entry is about, stored with it. Never the card: every card is built from the plan when
 * it is sent, so nothing written here can change what a card says or where it links.
 */
export type EntryRecord =
  | { kind: 'slip'; cause: SlipCause; postedFromApp?: AppPostNote }
  | { kind: 'digest' }
  | { kind: 'reminder' };

/** One entry of record in the notifications log. */
export interface LogEntry {
  /** Item id. Entries of one key are ordered by it: the lowest id of record owns the key. */
  id: number;
  /** De-duplication key: a slip key, `digest:LD:2026-11-23` or `reminder:LD:jo@x:2026-11`. */
  key: string;
  kind: NotificationKind;
  themeCode: string;
  actionId?: string;
  state: NotificationState;
  /** Sends tried so far (a resend after a crash or failure adds one). */
  attempts: number;
  /** When the current claim was taken; a Claimed entry older than the lease is stale. */
  claimedAt: Date;
  sentAt?: Date;
  lastError?: string;
  /** Where it was (to be) posted, e.g. `graph:team/channel` or `workflow:IPT_WEBHOOK_LD`. */
  route?: string;
  /** What the entry is about; absent when the stored value cannot be read. */
  record?: EntryRecord;
  /**
   * Posts of this entry's card whose outcome is unknown (the answer was lost, or a claimer
   * stopped between sending and confirming): Teams may show each of them. The first such post
   * is followed by one resend marked as a possible repeat; after two, nothing is sent again.
   */
  uncertainPosts?: number;
  /** The entry's version (ETag): a reclaim or confirm is conditional on it. */
  version: string;
}

/** What a new claim records. */
export interface ClaimDetails {
  kind: NotificationKind;
  themeCode: string;
  actionId?: string;
  route?: string;
  record: EntryRecord;
  /** When the claim is taken (the clock of the claimer). */
  at: Date;
}

/** The answer to a claim. `alreadyClaimed` carries the entry that owns the key. */
export type ClaimResult = { outcome: 'claimed'; entry: LogEntry } | { outcome: 'alreadyClaimed'; entry: LogEntry };

/** A log item that is not of record: someone other than the programme office or the sweep wrote it. */
export interface IgnoredLogEntry {
  id: number;
  key: string;
  state: string;
  /** Who created or last changed it, as SharePoint recorded it. */
  writtenBy: string;
}

/**
 * The notifications log: one entry of record per key, claimed by exactly one writer.
 *
 * Implementations must make `claim` and `reclaim` safe against concurrent writers: of two claims
 * of the same key exactly one gets `claimed`; of two reclaims of the same entry exactly one wins
 * (the other sees `alreadyClaimed`). Items not created and last changed by the programme office
 * or the identity running the sweep are invisible to every method: they neither own a key nor
 * get retried.
 */
export interface NotificationLog {
  /** Claims `key` for sending, unless an entry of record for it exists (in any state). */
  claim(key: string, details: ClaimDetails): Promise<ClaimResult>;
  /**
   * Takes over an entry that is Failed, or Claimed and stale, to send it again: conditional on
   * the entry's version, so two sweeps cannot both take it. `uncertainPosts`, when given, is
   * stored with it (a stale claim may have been posted before its claimer stopped).
   */
  reclaim(entry: LogEntry, at: Date, uncertainPosts?: number): Promise<ClaimResult>;
  /** Marks a claimed entry Sent; `postedFromApp` when the app posted it and the sweep only records it. */
  confirmSent(entry: LogEntry, at: Date, route: string, postedFromApp?: AppPostNote): Promise<void>;
  /**
   * Gives up a claim nothing was sent for (the slip it announced no longer holds), conditional on
   * the entry's version; a no-op when someone else has taken the entry since.
   */
  release(entry: LogEntry): Promise<void>;
  /** Marks a claimed entry Failed with the reason; the next sweep retries it. */
  recordFailure(entry: LogEntry, error: string, route: string | undefined): Promise<void>;
  /**
   * Records a post whose outcome is unknown: the entry becomes Failed with the reason and one
   * more uncertain post, so the next sweep resends it once, marked as a possible repeat.
   * Conditional on the entry's version; a no-op when another writer has it.
   */
  recordUncertain(entry: LogEntry, error: string, route: string | undefined): Promise<void>;
  /**
   * Closes an entry that will never be posted again because a post marked as a possible repeat
   * may already be in the channel: the entry becomes Sent with `note` as its last error.
   * Conditional on the entry's version; a no-op when another writer has it.
   */
  closeUncertain(entry: LogEntry, at: Date, note: string, route: string | undefined): Promise<void>;
  /** The owning entries of these keys (keys without one are absent). */
  find(keys: readonly string[]): Promise<Map<string, LogEntry>>;
  /** Every owning entry not yet Sent (Claimed or Failed), oldest first. */
  listUnsent(): Promise<LogEntry[]>;
  /** Owning entries of `kind` claimed at or after `since`. */
  listClaimedSince(kind: NotificationKind, since: Date): Promise<LogEntry[]>;
  /** Items read so far that were ignored because they are not of record. */
  ignoredEntries(): readonly IgnoredLogEntry[];
}
