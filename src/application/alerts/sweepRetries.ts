/**
 * The sweep's first pass: log entries that are Failed, or Claimed for longer than the lease, are
 * taken over and their cards built from the plan again and sent (or, for a save whose author
 * has since left a receipt, recorded as posted from the app). A card that may already be in the
 * channel is sent once more marked as a possible repeat, and never after that.
 */
import { CLOSED_UNCERTAIN, confirmAppPost, isRetryDue, sendClaimed, uncertainPostsOf, type DeliveryOutcome } from './deliver';
import type { LogEntry } from './logPorts';
import { planRetry } from './retryCards';
import { DEFAULT_LEASE_MS, type SweepContext, type SweepRow } from './sweepTypes';

async function retry(ctx: SweepContext, entry: LogEntry): Promise<DeliveryOutcome> {
  const { deps } = ctx;
  const plan = await planRetry(ctx, entry);
  if ('gone' in plan) {
    await deps.log.release(entry);
    return { status: 'superseded', key: entry.key, kind: entry.kind, themeCode: entry.themeCode, detail: `${plan.gone} The entry was released.` };
  }
  // A stale claim may have been posted before its claimer stopped: one more uncertain post.
  const uncertainPosts = uncertainPostsOf(entry) + (entry.state === 'Claimed' ? 1 : 0);
  if (uncertainPosts >= 2 && !('appPost' in plan)) {
    await deps.log.closeUncertain(entry, deps.now(), CLOSED_UNCERTAIN, entry.route);
    return { status: 'uncertain', key: entry.key, kind: entry.kind, themeCode: entry.themeCode, detail: CLOSED_UNCERTAIN };
  }
  const claim = await deps.log.reclaim(entry, deps.now(), uncertainPosts);
  if (claim.outcome === 'alreadyClaimed') {
    return { status: 'duplicate', key: entry.key, kind: entry.kind, themeCode: entry.themeCode, detail: 'Another sweep took this entry first.' };
  }
  if ('appPost' in plan) return confirmAppPost(claim.entry, plan.appPost, plan.route, deps);
  return sendClaimed(claim.entry, plan.send, { log: deps.log, sender: deps.sender, routing: ctx.routing, now: deps.now });
}

/** Retries Failed entries and Claimed ones whose lease has run out; reports the others as waiting. */
export async function sweepRetries(ctx: SweepContext): Promise<void> {
  const { deps, options } = ctx;
  const now = deps.now();
  for (const entry of await deps.log.listUnsent()) {
    const base: Pick<SweepRow, 'kind' | 'key' | 'themeCode' | 'subject'> = { kind: entry.kind, key: entry.key, themeCode: entry.themeCode, subject: `retry of ${entry.kind} (attempt ${entry.attempts + 1})` };
    if (!isRetryDue(entry, now, deps.leaseMs ?? DEFAULT_LEASE_MS)) {
      ctx.rows.push({ ...base, status: 'waiting', detail: `Claimed at ${entry.claimedAt.toISOString()}; retried once the lease ends.` });
    } else if (options.dryRun) {
      ctx.rows.push({ ...base, status: 'wouldSend', ...(entry.lastError ? { detail: `Last error: ${entry.lastError}` } : {}) });
    } else {
      const outcome = await retry(ctx, entry);
      ctx.rows.push({ ...base, status: outcome.status, ...(outcome.route ? { route: outcome.route } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) });
    }
  }
}
