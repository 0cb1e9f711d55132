/**
 * "Claim, send, confirm": the one protocol every card goes through (see README.md here).
 *
 * 1. Claim: the key is written to the notifications log as Claimed before anything is posted,
 *    so a crash after this point leaves a durable record that something may be owed.
 * 2. Send: the card is posted (with retries on 429/5xx honouring Retry-After).
 * 3. Confirm: the entry becomes Sent. If sending failed it becomes Failed with the reason.
 *
 * A Failed entry, or a Claimed one older than the lease (its claimer crashed or lost its
 * connection), is taken over by the next sweep with a conditional write and sent again.
 */
import { targetFor, routeLabel } from './routing';
import { readPayload, type CardPayload } from './cardModels';
import type { AlertRoutingConfig, ChannelSender, ClaimDetails, LogEntry, NotificationKind, NotificationLog } from './ports';

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
  /** Someone else holds the key (sent, sending, or failed and awaiting the sweep). Nothing posted. */
  | 'duplicate'
  /** Not posted; the log says Failed (or still Claimed if even that write failed) and the next sweep retries. */
  | 'failed'
  /** Posted, but the confirmation could not be written: the entry stays Claimed until the lease ends. */
  | 'unconfirmed'
  /** Nothing was sent, because the slip no longer holds; the claim was released. */
  | 'superseded';

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

/** Records a failure; if the log itself is unreachable the entry stays Claimed and the lease covers it. */
async function fail(deps: DeliveryDeps, entry: LogEntry, detail: string, route: string | undefined): Promise<DeliveryOutcome> {
  let note = detail;
  try {
    await deps.log.recordFailure(entry, detail, route);
  } catch (error) {
    note = `${detail} (the failure could not be logged either: ${message(error)}; the entry is retried once its claim goes stale)`;
  }
  return { status: 'failed', key: entry.key, kind: entry.kind, themeCode: entry.themeCode, ...(route ? { route } : {}), detail: note };
}

/** Steps 2 and 3 for an entry this process has just claimed or reclaimed. */
export async function sendClaimed(entry: LogEntry, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const target = targetFor(deps.routing, entry.themeCode, deps.sender.kind);
  if (!target) {
    return fail(deps, entry, `No Teams channel is set for theme ${entry.themeCode} (Plan Settings "routing:${entry.themeCode}" or "routing:fallback"); the scheduled sweep will post it through a webhook.`, undefined);
  }
  const route = routeLabel(target);
  let payload: CardPayload;
  try {
    payload = readPayload(entry.kind, entry.payload);
  } catch (error) {
    return fail(deps, entry, message(error), route);
  }
  let attempts: number;
  try {
    attempts = (await deps.sender.send(target, payload)).attempts;
  } catch (error) {
    return fail(deps, entry, message(error), route);
  }
  try {
    await deps.log.confirmSent(entry, deps.now(), route);
  } catch (error) {
    return {
      status: 'unconfirmed',
      key: entry.key,
      kind: entry.kind,
      themeCode: entry.themeCode,
      route,
      attempts,
      detail: `Posted, but the log could not record it (${message(error)}). The entry stays Claimed; a sweep after the lease will post it again.`
    };
  }
  return { status: 'sent', key: entry.key, kind: entry.kind, themeCode: entry.themeCode, route, attempts };
}

/**
 * Claims `key` and, when this call won the claim, sends and confirms. A key already in the log
 * (in any state) is never sent here: Failed and stale entries are the sweep's to retry.
 */
export async function claimAndSend(key: string, details: Omit<ClaimDetails, 'at'>, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const claim = await deps.log.claim(key, { ...details, at: deps.now() });
  if (claim.outcome === 'alreadyClaimed') {
    return { status: 'duplicate', key, kind: details.kind, themeCode: details.themeCode, detail: `Already ${claim.entry.state.toLowerCase()} (log entry ${claim.entry.id}).` };
  }
  return sendClaimed(claim.entry, deps);
}

/** Is an entry due for another attempt at `now`: Failed, or Claimed longer ago than the lease? */
export function isRetryDue(entry: LogEntry, now: Date, leaseMs: number): boolean {
  if (entry.state === 'Failed') return true;
  return entry.state === 'Claimed' && now.getTime() - entry.claimedAt.getTime() >= leaseMs;
}

/**
 * Sends an entry again: reclaims it (conditional on its version, so one sweep wins) then sends
 * and confirms. A lost reclaim reports `duplicate`.
 */
export async function retryEntry(entry: LogEntry, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const claim = await deps.log.reclaim(entry, deps.now());
  if (claim.outcome === 'alreadyClaimed') {
    return { status: 'duplicate', key: entry.key, kind: entry.kind, themeCode: entry.themeCode, detail: 'Another sweep took this entry first.' };
  }
  return sendClaimed(claim.entry, deps);
}
