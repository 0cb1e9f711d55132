/**
 * When to try a channel post again and how long to wait. A post is repeated only when Teams
 * certainly did not accept it: throttling (429), 503 Service Unavailable, or a connection that
 * was never made. Any other failure (a reset or timeout after the request went out, 408, 500,
 * 502, 504) leaves the outcome unknown, because Teams may have posted the card before the answer
 * was lost; repeating it blindly is how one card was posted four times in one sweep. Such a post
 * ends the attempts and is reported as uncertain, for the log to decide (see deliver.ts).
 * Pure: the clock, the random source and sleeping are injected, so tests run a throttling storm
 * without waiting.
 */
import type { HttpReply, PostJson } from './http';

/** Limits of the back-off. */
export interface RetryPolicy {
  /** Attempts in all, including the first. */
  maxAttempts: number;
  /** Wait after the first failure when no Retry-After is given; doubled after each further failure. */
  baseDelayMs: number;
  /** Cap on a computed (exponential) wait. */
  maxDelayMs: number;
  /** Longest Retry-After honoured; a longer one ends the attempts (the next sweep retries). */
  maxRetryAfterMs: number;
}

/** Six attempts over about half a minute; Retry-After honoured up to two minutes. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 16_000, maxRetryAfterMs: 120_000 };

/** Statuses with which Teams says it did not take the message: throttled, or not available to take it. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * Statuses after which Teams may have posted the card: a timeout or a server error other than
 * 503 (which says the service was unavailable), 501 and 505 (which say the request was not understood).
 */
export function isUncertainStatus(status: number): boolean {
  return status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 503 && status !== 505);
}

/** Socket error codes that mean no connection was made, so nothing reached the service. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Whether a network failure happened before the request could be sent: the error (or one of its
 * causes, as `fetch` wraps them) carries a code saying the connection was never made. Every
 * other failure may have happened after the service received the request.
 */
export function neverSent(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_CONNECTED_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** The outcome of one attempt, as the policy sees it. */
export type AttemptOutcome = { reply: HttpReply } | { networkError: unknown };

/** Whether Teams may have accepted an attempt that did not answer 2xx. */
export function outcomeUnknown(outcome: AttemptOutcome): boolean {
  return 'reply' in outcome ? isUncertainStatus(outcome.reply.status) : !neverSent(outcome.networkError);
}

/**
 * How long to wait before attempt `failures + 1`, or `undefined` to stop.
 * `failures` counts the attempts made so far (all failed). A success, a status that is not
 * retryable, an outcome that may have been accepted, the last attempt, or a Retry-After beyond
 * the policy's limit all stop. Without Retry-After: `min(maxDelayMs, baseDelayMs * 2^(failures-1))`,
 * scaled by a jitter factor in [0.5, 1] drawn from `random`.
 */
export function retryDelay(failures: number, outcome: AttemptOutcome, policy: RetryPolicy, random: () => number, nowMs: number): number | undefined {
  if (failures >= policy.maxAttempts) return undefined;
  if ('reply' in outcome) {
    if (!isRetryableStatus(outcome.reply.status)) return undefined;
    const asked = parseRetryAfter(outcome.reply.retryAfter, nowMs);
    if (asked !== undefined) return asked <= policy.maxRetryAfterMs ? asked : undefined;
  } else if (!neverSent(outcome.networkError)) {
    return undefined;
  }
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
  return Math.round(exponential * (0.5 + Math.min(1, Math.max(0, random())) / 2));
}

/** Injected effects of {@link postWithRetry}. */
export interface RetryEffects {
  policy?: RetryPolicy;
  /** Waits `ms`; tests record the waits instead. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/** The last answer and how many attempts it took. `reply` is absent when every attempt failed on the network. */
export interface RetryResult {
  reply?: HttpReply;
  networkError?: unknown;
  attempts: number;
  /** Every wait made, in order (for diagnostics and tests). */
  waits: number[];
  /** The last attempt may have been accepted although no 2xx came back: it must not be repeated blindly. */
  uncertain: boolean;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs with retries per {@link retryDelay}. Resolves with the last answer (2xx or not) or the
 * last network error; never throws for HTTP statuses, so the caller decides what a failure means.
 */
export async function postWithRetry(postJson: PostJson, url: string, body: unknown, effects: RetryEffects = {}): Promise<RetryResult> {
  const policy = effects.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = effects.sleep ?? realSleep;
  const random = effects.random ?? Math.random;
  const now = effects.now ?? Date.now;
  const waits: number[] = [];
  for (let attempt = 1; ; attempt++) {
    let outcome: AttemptOutcome;
    try {
      outcome = { reply: await postJson(url, body) };
    } catch (networkError) {
      outcome = { networkError };
    }
    if ('reply' in outcome && outcome.reply.status >= 200 && outcome.reply.status < 300) return { reply: outcome.reply, attempts: attempt, waits, uncertain: false };
    const wait = retryDelay(attempt, outcome, policy, random, now());
    if (wait === undefined) return { ...outcome, attempts: attempt, waits, uncertain: outcomeUnknown(outcome) };
    waits.push(wait);
    await sleep(wait);
  }
}
