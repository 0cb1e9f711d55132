/**
 * What the alert use cases need from the outside world. The data layer implements the log and
 * the routing reader on SharePoint lists; `src/notifications` implements the senders.
 */
import type { CardPayload } from './cardModels';

/** Where a card goes: a channel addressed through Graph, or a Teams Workflows webhook. */
export type ChannelTarget =
  | {
      kind: 'graph';
      /** Graph id of the team. */
      teamId: string;
      /** Graph id of the channel. */
      channelId: string;
    }
  | {
      kind: 'workflow';
      /**
       * Name of the environment variable (or Key Vault secret) holding the webhook URL. The URL's
       * `sig=` parameter is a credential, so only its name is ever stored in a list.
       */
      webhookSecretName: string;
      /** Theme the card is about (the emulator's default webhook is named after it). */
      themeCode: string;
    };

/** A post Teams accepted. */
export interface SendReceipt {
  /** HTTP status of the accepting answer (201 from Graph, 202 from a Workflows trigger). */
  status: number;
  /** Attempts it took, retries included. */
  attempts: number;
}

/** Posts cards to Teams channels (implemented in `src/notifications/senders`). */
export interface ChannelSender {
  /** The kind of target this sender can reach. */
  readonly kind: ChannelTarget['kind'];
  /**
   * Renders the card `payload` describes and posts it to `target`, retrying throttling and
   * server errors.
   * @throws ChannelSendError (or a RangeError for a card that cannot be rendered) when Teams did not accept it
   */
  send(target: ChannelTarget, payload: CardPayload): Promise<SendReceipt>;
}

/** A card was not accepted. `retryable` says whether a later attempt (the next sweep) may succeed. */
export class ChannelSendError extends Error {
  public constructor(
    message: string,
    /** Last HTTP status, when an answer arrived. */
    public readonly status: number | undefined,
    public readonly attempts: number,
    public readonly retryable: boolean
  ) {
    super(message);
    this.name = 'ChannelSendError';
  }
}

/** What a log entry announces. */
export type NotificationKind = 'slip' | 'digest' | 'reminder';

/** Where an entry stands in "claim, send, confirm". */
export type NotificationState = 'Claimed' | 'Sent' | 'Failed';

/** One row of the notifications log. */
export interface LogEntry {
  /** Item id. Entries of one key are ordered by it: the lowest id owns the key. */
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
  /** Everything needed to render the card again (the card's typed data), as JSON. */
  payload: unknown;
  /** The entry's version (ETag): a reclaim or confirm is conditional on it. */
  version: string;
}

/** What a new claim records. */
export interface ClaimDetails {
  kind: NotificationKind;
  themeCode: string;
  actionId?: string;
  route?: string;
  payload: unknown;
  /** When the claim is taken (the clock of the claimer). */
  at: Date;
}

/** The answer to a claim. `alreadyClaimed` carries the entry that owns the key. */
export type ClaimResult = { outcome: 'claimed'; entry: LogEntry } | { outcome: 'alreadyClaimed'; entry: LogEntry };

/**
 * The notifications log: one entry per key, claimed by exactly one writer.
 *
 * Implementations must make `claim` and `reclaim` safe against concurrent writers: of two claims
 * of the same key exactly one gets `claimed`; of two reclaims of the same entry exactly one wins
 * (the other sees `alreadyClaimed`).
 */
export interface NotificationLog {
  /** Claims `key` for sending, unless an entry for it exists (in any state). */
  claim(key: string, details: ClaimDetails): Promise<ClaimResult>;
  /**
   * Takes over an entry that is Failed, or Claimed and stale, to send it again: conditional on
   * the entry's version, so two sweeps cannot both take it.
   */
  reclaim(entry: LogEntry, at: Date): Promise<ClaimResult>;
  /** Marks a claimed entry Sent. */
  confirmSent(entry: LogEntry, at: Date, route: string): Promise<void>;
  /**
   * Gives up a claim nothing was sent for (the slip it announced no longer holds), conditional on
   * the entry's version; a no-op when someone else has taken the entry since.
   */
  release(entry: LogEntry): Promise<void>;
  /** Marks a claimed entry Failed with the reason; the next sweep retries it. */
  recordFailure(entry: LogEntry, error: string, route: string | undefined): Promise<void>;
  /** The owning entries of these keys (keys without one are absent). */
  find(keys: readonly string[]): Promise<Map<string, LogEntry>>;
  /** Every owning entry not yet Sent (Claimed or Failed), oldest first. */
  listUnsent(): Promise<LogEntry[]>;
  /** Owning entries of `kind` claimed at or after `since`. */
  listClaimedSince(kind: NotificationKind, since: Date): Promise<LogEntry[]>;
}

/** Where one theme's cards go. At least one of the two paths is set. */
export interface ThemeRoute {
  /** Channel for Graph posts (the in-app path, as the signed-in person). */
  graph?: { teamId: string; channelId: string };
  /** Name of the environment variable or secret holding a Workflows webhook URL (the sweep's path). */
  webhookSecretName?: string;
}

/** Alert routing as the programme office configured it in Plan Settings. */
export interface AlertRoutingConfig {
  /** Route per theme code. */
  themes: Readonly<Record<string, ThemeRoute>>;
  /** Route for themes without their own (or without the path a sender needs). */
  fallback?: ThemeRoute;
  /** Day of the weekly digest per theme code (`*` for every theme without its own). */
  digestDays: Readonly<Record<string, Weekday>>;
  /** Day of the month from which "update due" reminders go out (absent: no reminders). */
  reminderFromDay?: number;
  /** Day of the month updates are due by, printed on reminders. */
  updatesDueDay?: number;
  /** Settings that could not be used, in words (a URL where a secret name belongs, bad JSON). */
  problems?: readonly string[];
}

/** Days of the week, as settings name them. */
export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** Reads the routing configuration. */
export interface AlertRouting {
  readRouting(): Promise<AlertRoutingConfig>;
}

/** Builds links into the app. */
export interface AppLinks {
  /** Deep link that opens one action. */
  action(actionId: string): string;
  /** Link to the plan (a theme's view when given). */
  plan(themeCode?: string): string;
}
