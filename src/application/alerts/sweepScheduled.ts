/** The sweep's scheduled cards: weekly digests per theme and monthly "update due" reminders. */
import { addDaysIso } from '../../domain';
import { claimAndSend } from './deliver';
import { routeLabel, targetFor, digestDayOf, weekdayOf } from './routing';
import { digestCard, reminderCards, type CardSource, type ScheduledCard } from './scheduledCards';
import type { SweepContext, SweepRow } from './sweepTypes';

/** What the card builders read, from the sweep's context. */
export function cardSource(ctx: SweepContext): CardSource {
  return { rated: ctx.plan.rated, themeNames: ctx.plan.themeNames, links: ctx.deps.links, routing: ctx.routing };
}

/** Actions whose slips the log records as claimed since `day` minus seven days: "newly slipped" in a digest. */
export async function recentlySlipped(ctx: SweepContext, day: string): Promise<Set<string>> {
  const since = new Date(`${addDaysIso(day, -7)}T00:00:00Z`);
  return new Set((await ctx.deps.log.listClaimedSince('slip', since)).map((e) => e.actionId).filter((id): id is string => id !== undefined));
}

async function deliverScheduled(ctx: SweepContext, cards: readonly ScheduledCard[]): Promise<void> {
  const { deps, options } = ctx;
  const known = await deps.log.find(cards.map((c) => c.key));
  for (const card of cards) {
    const kind = card.payload.kind;
    const base: Pick<SweepRow, 'kind' | 'key' | 'themeCode' | 'subject'> = { kind, key: card.key, themeCode: card.themeCode, subject: card.subject };
    const existing = known.get(card.key);
    if (existing) {
      ctx.rows.push({ ...base, status: 'duplicate', detail: `Already ${existing.state.toLowerCase()} (log entry ${existing.id}).` });
    } else if (options.dryRun) {
      const target = targetFor(ctx.routing, card.themeCode, deps.sender.kind);
      ctx.rows.push({ ...base, status: 'wouldSend', ...(target ? { route: routeLabel(target) } : {}) });
    } else {
      const record = kind === 'digest' ? { kind: 'digest' as const } : { kind: 'reminder' as const };
      const outcome = await claimAndSend(card.key, { kind, themeCode: card.themeCode, record }, card.payload, { log: deps.log, sender: deps.sender, routing: ctx.routing, now: deps.now });
      ctx.rows.push({ ...base, status: outcome.status, ...(outcome.route ? { route: outcome.route } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) });
    }
  }
}

/**
 * One digest per theme whose digest day is `today`: every Amber and Red action, those slipped in
 * the last seven days (or in this run) first. Themes with nothing Amber or Red get no card.
 */
export async function sweepDigests(ctx: SweepContext, slippedNow: ReadonlySet<string>): Promise<void> {
  const { options } = ctx;
  const weekday = weekdayOf(options.today);
  const due = [...ctx.plan.themeNames.keys()].filter((code) => digestDayOf(ctx.routing, code) === weekday);
  if (due.length === 0) return;
  const fresh = new Set([...slippedNow, ...(await recentlySlipped(ctx, options.today))]);
  const cards = due.map((code) => digestCard(cardSource(ctx), code, options.today, fresh)).filter((c): c is ScheduledCard => c !== undefined);
  await deliverScheduled(ctx, cards);
}

/**
 * From the reminder day of each month: one "update due" card per lead officer and theme, listing
 * their live actions not updated this month. Keyed per month, so each lead is reminded once.
 */
export async function sweepReminders(ctx: SweepContext): Promise<void> {
  await deliverScheduled(ctx, reminderCards(cardSource(ctx), ctx.options.today));
}
