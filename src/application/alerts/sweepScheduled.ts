/** The sweep's scheduled cards: weekly digests per theme and monthly "update due" reminders. */
import { addDaysIso, daysInMonth, isExceptionRating, londonDate, type IsoDate, type Person } from '../../domain';
import { monthStart } from './cardData';
import { claimAndSend } from './deliver';
import type { CardPayload, DigestItem, ReminderItem } from './cardModels';
import type { ClaimDetails } from './ports';
import { digestDayOf, routeLabel, targetFor, weekdayOf } from './routing';
import type { RatedAction } from './sweepRating';
import type { SweepContext, SweepRow } from './sweepTypes';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A scheduled card to deliver once per key. */
interface Scheduled {
  key: string;
  subject: string;
  details: Omit<ClaimDetails, 'at'>;
}

async function deliverScheduled(ctx: SweepContext, cards: readonly Scheduled[]): Promise<void> {
  const { deps, options } = ctx;
  const known = await deps.log.find(cards.map((c) => c.key));
  for (const card of cards) {
    const base: Pick<SweepRow, 'kind' | 'key' | 'themeCode' | 'subject'> = { kind: card.details.kind, key: card.key, themeCode: card.details.themeCode, subject: card.subject };
    const existing = known.get(card.key);
    if (existing) {
      ctx.rows.push({ ...base, status: 'duplicate', detail: `Already ${existing.state.toLowerCase()} (log entry ${existing.id}).` });
    } else if (options.dryRun) {
      const target = targetFor(ctx.routing, card.details.themeCode, deps.sender.kind);
      ctx.rows.push({ ...base, status: 'wouldSend', ...(target ? { route: routeLabel(target) } : {}) });
    } else {
      const outcome = await claimAndSend(card.key, card.details, { log: deps.log, sender: deps.sender, routing: ctx.routing, now: deps.now });
      ctx.rows.push({ ...base, status: outcome.status, ...(outcome.route ? { route: outcome.route } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) });
    }
  }
}

/**
 * One digest per theme whose digest day is `today`: every Amber and Red action, those slipped in
 * the last seven days (or in this run) first. Themes with nothing Amber or Red get no card.
 */
export async function sweepDigests(ctx: SweepContext, rated: readonly RatedAction[], themes: ReadonlyArray<{ code: string; name: string }>, slippedNow: ReadonlySet<string>): Promise<void> {
  const { deps, options } = ctx;
  const weekday = weekdayOf(options.today);
  const due = themes.filter((t) => digestDayOf(ctx.routing, t.code) === weekday);
  if (due.length === 0) return;
  const since = new Date(`${addDaysIso(options.today, -7)}T00:00:00Z`);
  const recent = new Set((await deps.log.listClaimedSince('slip', since)).map((e) => e.actionId).filter((id): id is string => id !== undefined));
  const cards: Scheduled[] = [];
  for (const theme of due) {
    const items: DigestItem[] = rated
      .filter((r) => r.action.themeCode === theme.code && isExceptionRating(r.assessment.rating))
      .map((r) => ({
        actionCode: r.action.code,
        actionTitle: r.action.title,
        rating: r.assessment.rating as 'Amber' | 'Red',
        ...(r.assessment.dueDate ? { currentDueDate: r.assessment.dueDate } : {}),
        ...(r.action.lead ? { leadOfficer: r.action.lead.displayName } : {}),
        newlySlipped: slippedNow.has(r.action.id) || recent.has(r.action.id),
        actionUrl: deps.links.action(r.action.id)
      }));
    if (items.length === 0) continue;
    const payload: CardPayload = { kind: 'digest', data: { themeCode: theme.code, themeName: theme.name, weekOf: options.today, items, planUrl: deps.links.plan(theme.code) } };
    cards.push({ key: `digest:${theme.code}:${options.today}`, subject: `Weekly digest, ${items.length} actions`, details: { kind: 'digest', themeCode: theme.code, payload } });
  }
  await deliverScheduled(ctx, cards);
}

const leadKey = (p: Person): string => (p.login ?? p.email ?? p.displayName).trim().toLowerCase();

/** Is an action live and owed an update this period (never updated, or last updated before `periodStart`)? */
function updateOwed(r: RatedAction, periodStart: IsoDate, today: IsoDate): boolean {
  const { status, startDate } = r.action;
  const live = status === 'InProgress' || (status === 'NotStarted' && startDate !== undefined && startDate <= today);
  if (!live || !r.action.lead) return false;
  return r.lastUpdated === undefined || londonDate(r.lastUpdated) < periodStart;
}

/**
 * From the reminder day of each month: one "update due" card per lead officer and theme, listing
 * their live actions not updated this month. Keyed per month, so each lead is reminded once.
 */
export async function sweepReminders(ctx: SweepContext, rated: readonly RatedAction[], themes: ReadonlyArray<{ code: string; name: string }>): Promise<void> {
  const { deps, options } = ctx;
  const fromDay = ctx.routing.reminderFromDay;
  if (fromDay === undefined || Number(options.today.slice(8, 10)) < fromDay) return;
  const periodStart = monthStart(options.today);
  const period = options.today.slice(0, 7);
  const periodLabel = `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
  const names = new Map(themes.map((t) => [t.code, t.name]));
  const groups = new Map<string, { lead: Person; themeCode: string; items: ReminderItem[] }>();
  for (const r of rated) {
    if (!updateOwed(r, periodStart, options.today)) continue;
    const lead = r.action.lead as Person;
    const id = `${r.action.themeCode}|${leadKey(lead)}`;
    const group = groups.get(id) ?? { lead, themeCode: r.action.themeCode, items: [] };
    group.items.push({
      actionCode: r.action.code,
      actionTitle: r.action.title,
      ...(r.lastUpdated ? { lastUpdated: londonDate(r.lastUpdated) } : {}),
      ...(r.assessment.dueDate ? { currentDueDate: r.assessment.dueDate } : {}),
      actionUrl: deps.links.action(r.action.id)
    });
    groups.set(id, group);
  }
  const dueDay = ctx.routing.updatesDueDay;
  const lastDay = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  const dueBy = dueDay ? `${period}-${String(Math.min(dueDay, lastDay)).padStart(2, '0')}` : undefined;
  const cards: Scheduled[] = [...groups.values()].map((g) => {
    const themeName = names.get(g.themeCode);
    const payload: CardPayload = {
      kind: 'reminder',
      data: { ownerName: g.lead.displayName, themeCode: g.themeCode, ...(themeName ? { themeName } : {}), periodLabel, ...(dueBy ? { dueBy } : {}), items: g.items }
    };
    return { key: `reminder:${g.themeCode}:${leadKey(g.lead)}:${period}`, subject: `Reminder for ${g.lead.displayName}, ${g.items.length} actions`, details: { kind: 'reminder', themeCode: g.themeCode, payload } };
  });
  await deliverScheduled(ctx, cards);
}
