/**
 * The digest and reminder cards, built from the plan as the sweep rated it. Used both when a card
 * is first due and when a failed one is retried, so a retry says what the plan says now.
 */
import { daysInMonth, isExceptionRating, londonDate, updateOwed, type IsoDate, type Person } from '../../domain';
import { digestKey, reminderKey } from './alertKeys';
import { monthStart } from './cardData';
import type { CardPayload, DigestItem, ReminderItem } from './cardModels';
import type { AlertRoutingConfig, AppLinks } from './ports';
import type { RatedAction } from './sweepRating';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What the builders read. */
export interface CardSource {
  rated: readonly RatedAction[];
  themeNames: ReadonlyMap<string, string>;
  links: AppLinks;
  routing: AlertRoutingConfig;
}

/** A card due once per key. */
export interface ScheduledCard {
  key: string;
  themeCode: string;
  subject: string;
  payload: CardPayload;
}

/**
 * The digest of one theme for `day`: every Amber and Red action, those in `newlySlipped` marked.
 * `undefined` when the theme has nothing Amber or Red.
 */
export function digestCard(source: CardSource, themeCode: string, day: IsoDate, newlySlipped: ReadonlySet<string>): ScheduledCard | undefined {
  const items: DigestItem[] = source.rated
    .filter((r) => r.action.themeCode === themeCode && isExceptionRating(r.assessment.rating))
    .map((r) => ({
      actionCode: r.action.code,
      actionTitle: r.action.title,
      rating: r.assessment.rating as 'Amber' | 'Red',
      ...(r.assessment.dueDate ? { currentDueDate: r.assessment.dueDate } : {}),
      ...(r.action.lead ? { leadOfficer: r.action.lead.displayName } : {}),
      newlySlipped: newlySlipped.has(r.action.id),
      actionUrl: source.links.action(r.action.id, r.action.themeCode)
    }));
  if (items.length === 0) return undefined;
  const themeName = source.themeNames.get(themeCode);
  return {
    key: digestKey(themeCode, day),
    themeCode,
    subject: `Weekly digest, ${items.length} actions`,
    payload: { kind: 'digest', data: { themeCode, ...(themeName ? { themeName } : {}), weekOf: day, items, planUrl: source.links.plan(themeCode) } }
  };
}

/** How a lead is told apart in reminder keys: login, else e-mail, else name, lower-cased. */
export const leadKey = (p: Person): string => (p.login ?? p.email ?? p.displayName).trim().toLowerCase();

/**
 * One "update due" card per lead officer and theme, listing their live actions not updated in the
 * month of `today`. Empty before the reminder day, or when no reminder day is set.
 */
export function reminderCards(source: CardSource, today: IsoDate): ScheduledCard[] {
  const fromDay = source.routing.reminderFromDay;
  if (fromDay === undefined || Number(today.slice(8, 10)) < fromDay) return [];
  const periodStart = monthStart(today);
  const period = today.slice(0, 7);
  const periodLabel = `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
  const groups = new Map<string, { lead: Person; themeCode: string; items: ReminderItem[] }>();
  for (const r of source.rated) {
    if (!updateOwed(r.action, r.lastUpdated, periodStart, today)) continue;
    const lead = r.action.lead as Person;
    const id = `${r.action.themeCode}|${leadKey(lead)}`;
    const group = groups.get(id) ?? { lead, themeCode: r.action.themeCode, items: [] };
    group.items.push({
      actionCode: r.action.code,
      actionTitle: r.action.title,
      ...(r.lastUpdated ? { lastUpdated: londonDate(r.lastUpdated) } : {}),
      ...(r.assessment.dueDate ? { currentDueDate: r.assessment.dueDate } : {}),
      actionUrl: source.links.action(r.action.id, r.action.themeCode)
    });
    groups.set(id, group);
  }
  const dueDay = source.routing.updatesDueDay;
  const lastDay = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  const dueBy = dueDay ? `${period}-${String(Math.min(dueDay, lastDay)).padStart(2, '0')}` : undefined;
  return [...groups.values()].map((g) => {
    const themeName = source.themeNames.get(g.themeCode);
    return {
      key: reminderKey(g.themeCode, leadKey(g.lead), period),
      themeCode: g.themeCode,
      subject: `Reminder for ${g.lead.displayName}, ${g.items.length} actions`,
      payload: {
        kind: 'reminder',
        data: { ownerName: g.lead.displayName, themeCode: g.themeCode, ...(themeName ? { themeName } : {}), periodLabel, ...(dueBy ? { dueBy } : {}), items: g.items }
      }
    };
  });
}
