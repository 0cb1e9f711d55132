import { assertIsoDate } from '../../domain';
import { rateAll } from './sweepRating';
import { withTeamsTabs } from './teamsTabs';
import { sweepRetries } from './sweepRetries';
import { sweepSaves } from './sweepSaves';
import { sweepSlips } from './sweepSlips';
import { sweepDigests, sweepReminders } from './sweepScheduled';
import type { SweepContext, SweepDeps, SweepOptions, SweepReport } from './sweepTypes';

/** Log items the sweep ignored because neither the programme office nor the sweep wrote them. */
function ignoredProblems(ctx: SweepContext): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const e of ctx.deps.log.ignoredEntries()) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(`Plan Notifications Log item ${e.id} (key ${e.key}, ${e.state}) was written by ${e.writtenBy}, who is neither the programme office nor the sweep: ignored.`);
  }
  return out;
}

/**
 * The scheduled sweep (the CLI's and the Azure Function's body), the authority on every card:
 *
 * 1. retries log entries that are Failed, or Claimed and older than the lease, with their cards
 *    built from the plan again;
 * 2. finds slips saves caused in the recent progress history: records those the saver's own
 *    receipt shows the app posted, and claims, sends and confirms the rest;
 * 3. re-rates every action on `today` with the domain policy and delivers each slip from its
 *    stored rating whose key is not yet in the log (claim, store the new rating with the action's
 *    ETag, send, confirm);
 * 4. posts the weekly digest of each theme whose digest day is today;
 * 5. from the reminder day of the month, posts "update due" reminders.
 *
 * Running it twice sends nothing the second time: every card's key is in the log after the first.
 * With `dryRun` nothing is claimed, written or posted; the report says what would be.
 */
export async function runSweep(options: SweepOptions, deps: SweepDeps): Promise<SweepReport> {
  assertIsoDate(options.today, 'today');
  const routing = await deps.routing.readRouting();
  const loaded = await deps.plan.loadPlan();
  const plan = { loaded, rated: rateAll(loaded, options.today, deps.policy), themeNames: new Map(loaded.plan.themes.map((t) => [t.code, t.name])) };
  // Cards link into the app's tab in the theme's channel when Plan Settings records it.
  const ctx: SweepContext = { deps: { ...deps, links: withTeamsTabs(deps.links, routing) }, options, routing, plan, rows: [], problems: [...(routing.problems ?? [])] };
  await sweepRetries(ctx);
  const savedSlips = await sweepSaves(ctx);
  const dateSlips = await sweepSlips(ctx);
  await sweepDigests(ctx, new Set([...savedSlips, ...dateSlips]));
  await sweepReminders(ctx);
  ctx.problems.push(...ignoredProblems(ctx));
  const posted = ctx.rows.filter((r) => r.status === 'sent' || r.status === 'unconfirmed').length;
  const failed = ctx.rows.filter((r) => r.status === 'failed').length;
  const uncertain = ctx.rows.filter((r) => r.status === 'uncertain').length;
  return { today: options.today, dryRun: options.dryRun === true, rows: ctx.rows, posted, failed, uncertain, problems: ctx.problems };
}
