/** The sweep's pass over new slips caused by dates passing: each claimed, recorded, sent, confirmed. */
import { explainRating, rateAction, type SlippageEvent } from '../../domain';
import { isConflict } from '../errors';
import { describeSlip, SCHEDULED_CHECK, slipCardData } from './cardData';
import { sendClaimed, type DeliveryOutcome } from './deliver';
import type { LogEntry } from './logPorts';
import { routeLabel, targetFor } from './routing';
import { slipOf, slipStillHolds, type RatedAction } from './sweepRating';
import type { SweepContext, SweepRow } from './sweepTypes';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Recorded = { holds: true; note?: string } | { holds: false; note: string };

/**
 * Writes the slip's rating as the action's stored rating, conditional on the version the sweep
 * read, so a save made meanwhile is never overwritten. On a conflict the action is re-read and
 * re-rated: if the slip still holds the write is repeated once on the new version; if not, the
 * slip is reported as no longer holding.
 */
async function recordRating(ctx: SweepContext, rated: RatedAction, event: SlippageEvent): Promise<Recorded> {
  const { actions } = ctx.deps;
  const changes = { rating: event.toRating, ratingReason: event.reason };
  try {
    await actions.updateAction(rated.action.id, changes, rated.version);
    return { holds: true };
  } catch (error) {
    if (!isConflict(error)) return { holds: true, note: `The new rating could not be stored (${message(error)}).` };
  }
  const fresh = await actions.getAction(rated.action.id);
  const now = rateAction(fresh.value, ctx.options.today, ctx.deps.policy);
  if (!slipStillHolds(event, now)) return { holds: false, note: `Changed since the sweep read it; now ${now.rating}.` };
  if (fresh.value.rating === now.rating) return { holds: true };
  try {
    await actions.updateAction(rated.action.id, { rating: now.rating, ratingReason: explainRating(now) }, fresh.version);
    return { holds: true };
  } catch (error) {
    return { holds: true, note: `The new rating could not be stored (${message(error)}).` };
  }
}

/** Brings the stored rating in line after an alert another run already handled; best effort. */
async function syncRating(ctx: SweepContext, rated: RatedAction, event: SlippageEvent): Promise<void> {
  if (rated.stored === event.toRating) return;
  try {
    await ctx.deps.actions.updateAction(rated.action.id, { rating: event.toRating, ratingReason: event.reason }, rated.version);
  } catch {
    // A conflict means someone saved it, which rated it; anything else the next sweep retries.
  }
}

function row(event: SlippageEvent, status: SweepRow['status'], extra: Partial<SweepRow> = {}): SweepRow {
  return { kind: 'slip', key: event.key, themeCode: event.themeCode, subject: describeSlip(event), status, ...extra };
}

function fromOutcome(event: SlippageEvent, outcome: DeliveryOutcome): SweepRow {
  return row(event, outcome.status, { ...(outcome.route ? { route: outcome.route } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) });
}

/** Claims, records, sends and confirms one slip. */
async function deliverSlip(ctx: SweepContext, rated: RatedAction, event: SlippageEvent, themeName: string | undefined): Promise<SweepRow> {
  const { deps } = ctx;
  const data = slipCardData(event, rated.action, { ...(themeName ? { themeName } : {}), changedBy: SCHEDULED_CHECK, actionUrl: deps.links.action(event.actionId, event.themeCode) });
  const claim = await deps.log.claim(event.key, {
    kind: 'slip',
    themeCode: event.themeCode,
    actionId: event.actionId,
    record: { kind: 'slip', cause: { by: 'dates' } },
    at: deps.now()
  });
  if (claim.outcome === 'alreadyClaimed') {
    await syncRating(ctx, rated, event);
    return row(event, 'duplicate', { detail: `Claimed by another writer (log entry ${claim.entry.id}).` });
  }
  const entry: LogEntry = claim.entry;
  const recorded = await recordRating(ctx, rated, event);
  if (!recorded.holds) {
    await deps.log.release(entry);
    return row(event, 'superseded', { detail: recorded.note });
  }
  const outcome = await sendClaimed(entry, { kind: 'slip', data }, { log: deps.log, sender: deps.sender, routing: ctx.routing, now: deps.now });
  const result = fromOutcome(event, outcome);
  return recorded.note ? { ...result, detail: [result.detail, recorded.note].filter(Boolean).join(' ') } : result;
}

/**
 * Finds every action whose rating on `today` is a slip from its stored rating, leaves out slips
 * whose key is already in the log (bringing their stored rating up to date), and delivers the
 * rest. Returns the ids of actions that slipped in this run (for the digest's "newly slipped").
 */
export async function sweepSlips(ctx: SweepContext): Promise<Set<string>> {
  const { deps, options } = ctx;
  const candidates: Array<{ rated: RatedAction; event: SlippageEvent }> = [];
  for (const r of ctx.plan.rated) {
    const event = slipOf(r, options.today);
    if (event) candidates.push({ rated: r, event });
  }
  const known = await deps.log.find(candidates.map((c) => c.event.key));
  const slipped = new Set<string>();
  for (const { rated: r, event } of candidates) {
    slipped.add(event.actionId);
    const existing = known.get(event.key);
    if (existing) {
      if (!options.dryRun) await syncRating(ctx, r, event);
      ctx.rows.push(row(event, 'duplicate', { detail: `Already ${existing.state.toLowerCase()} (log entry ${existing.id}).` }));
      continue;
    }
    if (options.dryRun) {
      const target = targetFor(ctx.routing, event.themeCode, deps.sender.kind);
      ctx.rows.push(row(event, 'wouldSend', target ? { route: routeLabel(target) } : { detail: 'No route for this sender.' }));
      continue;
    }
    ctx.rows.push(await deliverSlip(ctx, r, event, ctx.plan.themeNames.get(event.themeCode)));
  }
  return slipped;
}
