import { assertIsoDate } from '../../domain';
import { isRetryDue, retryEntry } from './deliver';
import { rateAll } from './sweepRating';
import { sweepSlips } from './sweepSlips';
import { sweepDigests, sweepReminders } from './sweepScheduled';
import { DEFAULT_LEASE_MS, type SweepContext, type SweepDeps, type SweepOptions, type SweepReport, type SweepRow } from './sweepTypes';

/** Retries Failed entries and Claimed ones whose lease has run out; reports the others as waiting. */
async function sweepRetries(ctx: SweepContext): Promise<void> {
  const { deps, options } = ctx;
  const now = deps.now();
  for (const entry of await deps.log.listUnsent()) {
    const base: Pick<SweepRow, 'kind' | 'key' | 'themeCode' | 'subject'> = { kind: entry.kind, key: entry.key, themeCode: entry.themeCode, subject: `retry of ${entry.kind} (attempt ${entry.attempts + 1})` };
    if (!isRetryDue(entry, now, deps.leaseMs ?? DEFAULT_LEASE_MS)) {
      ctx.rows.push({ ...base, status: 'waiting', detail: `Claimed at ${entry.claimedAt.toISOString()}; retried once the lease ends.` });
    } else if (options.dryRun) {
      ctx.rows.push({ ...base, status: 'wouldSend', ...(entry.lastError ? { detail: `Last error: ${entry.lastError}` } : {}) });
    } else {
      const outcome = await retryEntry(entry, { log: deps.log, sender: deps.sender, routing: ctx.routing, now: deps.now });
      ctx.rows.push({ ...base, status: outcome.status, ...(outcome.route ? { route: outcome.route } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) });
    }
  }
}

/**
 * The scheduled sweep (the CLI's and the Azure Function's body):
 *
 * 1. retries log entries that are Failed, or Claimed and older than the lease;
 * 2. re-rates every action on `today` with the domain policy and delivers each slip from its
 *    stored rating whose key is not yet in the log (claim, store the new rating with the action's
 *    ETag, send, confirm);
 * 3. posts the weekly digest of each theme whose digest day is today;
 * 4. from the reminder day of the month, posts "update due" reminders.
 *
 * Running it twice sends nothing the second time: every card's key is in the log after the first.
 * With `dryRun` nothing is claimed, written or posted; the report says what would be.
 */
export async function runSweep(options: SweepOptions, deps: SweepDeps): Promise<SweepReport> {
  assertIsoDate(options.today, 'today');
  const routing = await deps.routing.readRouting();
  const ctx: SweepContext = { deps, options, routing, rows: [], problems: [...(routing.problems ?? [])] };
  await sweepRetries(ctx);
  const loaded = await deps.plan.loadPlan();
  const rated = rateAll(loaded, options.today, deps.policy);
  const themes = loaded.plan.themes.map((t) => ({ code: t.code, name: t.name }));
  const slipped = await sweepSlips(ctx, rated, new Map(themes.map((t) => [t.code, t.name])));
  await sweepDigests(ctx, rated, themes, slipped);
  await sweepReminders(ctx, rated, themes);
  const posted = ctx.rows.filter((r) => r.status === 'sent' || r.status === 'unconfirmed').length;
  const failed = ctx.rows.filter((r) => r.status === 'failed').length;
  return { today: options.today, dryRun: options.dryRun === true, rows: ctx.rows, posted, failed, problems: ctx.problems };
}
