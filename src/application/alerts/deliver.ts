/**
 * "Claim, send, confirm": the one protocol every card the sweep sends goes through (see
 * README.md here).
 *
 * 1. Claim: the key is written to the notifications log as Claimed before anything is posted,
 *    so a crash after this point leaves a durable record that something may be owed.
 * 2. Send: the card, built from the plan by the caller, is posted (retrying only what Teams did
 *    not accept: 429 and 503 honouring Retry-After, and connections never made).
 * 3. Confirm: the entry becomes Sent. If sending failed it becomes Failed with the reason. If the
 *    outcome is unknown (the answer was lost, timed out, or was a server error other than 503),
 *    it becomes Failed with one more uncertain post and is not sent again in this sweep.
 *
 * A Failed entry, or a Claimed one older than the lease (its claimer crashed or lost its
 * connection), is taken over by the next sweep with a conditional write, its card built from
 * the plan again, and sent. A card one of whose posts may have reached Teams is resent once,
 * marked as possibly repeating an earlier card; after a second uncertain post it is closed and
 * never posted again. So each alert reaches the channel at most once more, marked.
 */
import { targetFor, routeLabel } from './routing';
import type { CardPayload } from './cardModels';
import type { AppPostNote, ClaimDetails, LogEntry, NotificationKind, NotificationLog } from './logPorts';
import { ChannelSendError, type AlertRoutingConfig, type ChannelSender } from './ports';

/** What delivery needs. */
export interface DeliveryDeps {
  log: NotificationLog;
  sender: ChannelSender;
  routing: AlertRoutingConfig;
  now: () => Date;
}

/** How one card's delivery ended. */
export type DeliveryStatus =
  /** Posted and confirmed in the log. */
  | 'sent'
  /** The person saving posted it from the app; the sweep checked their receipt and recorded it as Sent. */
  | 'postedFromApp'
  /** Someone else holds the key (sent, sending, or failed and awaiting the sweep). Nothing posted. */
  | 'duplicate'
  /** Not posted; the log says Failed (or still Claimed if even that write failed) and the next sweep retries. */
  | 'failed'
  /** Posted, but the confirmation could not be written: the entry stays Claimed until the lease ends. */
  | 'unconfirmed'
  /** Nothing was sent, because the slip no longer holds; any claim was released. */
  | 'superseded'
  /** Teams may have posted it (the answer was lost): logged as uncertain; resent once, marked, or closed if it was already the marked resend. */
  | 'uncertain';

/** The outcome of delivering one card. */
export interface DeliveryOutcome {
  status: DeliveryStatus;
  key: string;
  kind: NotificationKind;
  themeCode: string;
  /** Where it went or would have gone (never a URL). */
  route?: string;
  /** Error or explanation. */
  detail?: string;
  /** Send attempts in this delivery. */
  attempts?: number;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const outcomeOf = (entry: LogEntry, status: DeliveryStatus, extra: Partial<DeliveryOutcome> = {}): DeliveryOutcome => ({
  status,
  key: entry.key,
  kind: entry.kind,
  themeCode: entry.themeCode,
  ...extra
});

/** Records a failure; if the log itself is unreachable the entry stays Claimed and the lease covers it. */
async function fail(deps: DeliveryDeps, entry: LogEntry, detail: string, route: string | undefined): Promise<DeliveryOutcome> {
  let note = detail;
  try {
    await deps.log.recordFailure(entry, detail, route);
  } catch (error) {
    note = `${detail} (the failure could not be logged either: ${message(error)}; the entry is retried once its claim goes stale)`;
  }
  return outcomeOf(entry, 'failed', { ...(route ? { route } : {}), detail: note });
}

/** Posts of an entry's card, so far, that may be in the channel although none was confirmed. */
export const uncertainPostsOf = (entry: LogEntry): number => entry.uncertainPosts ?? 0;

/** Wording for an entry closed because its marked resend may have reached Teams as well. */
export const CLOSED_UNCERTAIN = 'Not posted again: an earlier post and its resend marked as a possible repeat may both be in the channel, and at most one marked repeat is ever sent.';

/** Records a post whose outcome is unknown: one more uncertain post, or closed if the resend was already marked. */
async function uncertain(deps: DeliveryDeps, entry: LogEntry, detail: string, route: string): Promise<DeliveryOutcome> {
  const closing = uncertainPostsOf(entry) >= 1;
  const note = closing ? `${detail} ${CLOSED_UNCERTAIN}` : `${detail} The next sweep sends it once more, marked as possibly repeating an earlier card.`;
  try {
    if (closing) await deps.log.closeUncertain(entry, deps.now(), note, route);
    else await deps.log.recordUncertain(entry, note, route);
  } catch (error) {
    return outcomeOf(entry, 'uncertain', { route, detail: `${note} (the log could not record it: ${message(error)}; the entry stays Claimed and counts as uncertain once its claim goes stale)` });
  }
  return outcomeOf(entry, 'uncertain', { route, detail: note });
}

/**
 * Steps 2 and 3 for an entry this process has just claimed or reclaimed, with the card built
 * from the plan. An entry with an uncertain post behind it is sent marked as possibly repeating.
 */
export async function sendClaimed(entry: LogEntry, payload: CardPayload, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const target = targetFor(deps.routing, entry.themeCode, deps.sender.kind);
  if (!target) {
    return fail(deps, entry, `No Teams channel is set for theme ${entry.themeCode} (Plan Settings "routing:${entry.themeCode}" or "routing:fallback").`, undefined);
  }
  const route = routeLabel(target);
  let attempts: number;
  try {
    attempts = (await deps.sender.send(target, uncertainPostsOf(entry) >= 1 ? { ...payload, mayRepeat: true } : payload)).attempts;
  } catch (error) {
    if (error instanceof ChannelSendError && error.uncertain) return uncertain(deps, entry, message(error), route);
    return fail(deps, entry, message(error), route);
  }
  try {
    await deps.log.confirmSent(entry, deps.now(), route);
  } catch (error) {
    return outcomeOf(entry, 'unconfirmed', {
      route,
      attempts,
      detail: `Posted, but the log could not record it (${message(error)}). The entry stays Claimed; a sweep after the lease will post it again.`
    });
  }
  return outcomeOf(entry, 'sent', { route, attempts });
}

/**
 * Claims `key` and, when this call won the claim, sends the card and confirms. A key already in
 * the log (in any state) is never sent here: Failed and stale entries are retried separately.
 */
export async function claimAndSend(key: string, details: Omit<ClaimDetails, 'at'>, payload: CardPayload, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const claim = await deps.log.claim(key, { ...details, at: deps.now() });
  if (claim.outcome === 'alreadyClaimed') {
    return { status: 'duplicate', key, kind: details.kind, themeCode: details.themeCode, detail: `Already ${claim.entry.state.toLowerCase()} (log entry ${claim.entry.id}).` };
  }
  return sendClaimed(claim.entry, payload, deps);
}

/** Wording of a card the app posted, for the report. */
function describeAppPost(note: AppPostNote): string {
  return `Posted from the app by ${note.by}${note.messageId ? ` (Teams message ${note.messageId})` : ''}; receipt ${note.receiptId} checked against the save.`;
}

/**
 * Records as Sent, without posting, an entry the app has posted: the caller has checked the
 * receipt against the save. `entry` must be claimed (or reclaimed) by this process.
 */
export async function confirmAppPost(entry: LogEntry, note: AppPostNote, route: string, deps: Pick<DeliveryDeps, 'log' | 'now'>): Promise<DeliveryOutcome> {
  try {
    await deps.log.confirmSent(entry, deps.now(), route, note);
  } catch (error) {
    return outcomeOf(entry, 'failed', { route, detail: `The app's post could not be recorded (${message(error)}); the entry is retried once its claim goes stale.` });
  }
  return outcomeOf(entry, 'postedFromApp', { route, detail: describeAppPost(note) });
}

/** Is an entry due for another attempt at `now`: Failed, or Claimed longer ago than the lease? */
export function isRetryDue(entry: LogEntry, now: Date, leaseMs: number): boolean {
  if (entry.state === 'Failed') return true;
  return entry.state === 'Claimed' && now.getTime() - entry.claimedAt.getTime() >= leaseMs;
}
