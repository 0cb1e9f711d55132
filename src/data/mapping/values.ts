/**
 * Readers and writers for single SharePoint column values, as REST returns them with
 * `Accept: application/json`. Readers never throw: a value of the wrong shape reads
 * as absent, so one odd item cannot stop a whole plan from loading.
 */
import type { IsoDate } from '../../domain';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** A list item as SharePoint returns it: column values keyed by internal name. */
export type SpItem = Record<string, unknown>;

/** Column values to write with `items.add` / `item.update` (null clears a column). */
export type SpValues = Record<string, unknown>;

/** Text of a Text/Note/Choice column; empty text reads as absent, like an empty cell. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A Number column; SharePoint sends JSON numbers, older endpoints sometimes numeric strings. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A Boolean column. */
export function readBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * The day of a date-only column: the stored instant's calendar day in the site's time zone
 * (SharePoint keeps midnight of the day there); anything that is not a real day reads as absent.
 */
export function readDay(value: unknown, days: SiteDays = LONDON_DAYS): IsoDate | undefined {
  return days.read(value);
}

/** A date-and-time column as an instant. */
export function readInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The item id of a lookup (`ThemeId`), as the domain's string id. */
export function readLookupId(value: unknown): string | undefined {
  return typeof value === 'number' && value > 0 ? String(value) : undefined;
}

/** A value of a Choice column, if it is one of `allowed` (a renamed choice reads as absent). */
export function readChoice<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Writes a day to a date-only column: midnight of the day in the site's time zone, in UTC. */
export function writeDay(day: IsoDate | undefined, days: SiteDays = LONDON_DAYS): string | null {
  return days.write(day);
}

/** Writes an instant to a date-and-time column. */
export function writeInstant(at: Date | undefined): string | null {
  return at === undefined ? null : at.toISOString();
}

/** Writes optional text (absent clears the column). */
export function writeText(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/**
 * Item ids kept in a Note column (`RecommendationRefs`, `RiskRefs`, `ActionRefs`), written
 * comma-separated; read leniently so hand edits with spaces or semicolons still work.
 */
export function readRefs(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => /^\d+$/.test(s));
}

/** Writes item ids for a refs column. */
export function writeRefs(ids: readonly string[]): string | null {
  return ids.length ? ids.join(',') : null;
}

/** A Note column holding one entry per line (outcomes, measures). */
export function readLines(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Writes entries one per line; line breaks inside an entry become spaces so entries stay apart. */
export function writeLines(lines: readonly string[] | undefined): string | null {
  if (!lines || lines.length === 0) return null;
  return lines.map((l) => l.replace(/\r?\n/g, ' ')).join('\n');
}

/** Drops keys whose value is undefined, so mapped domain objects carry no `key: undefined`. */
export function compact<T extends object>(value: T): T {
  // A plain loop: this runs once per item of every list, and entries/filter/fromEntries made
  // mapping 25,000 actions take several hundred milliseconds.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
