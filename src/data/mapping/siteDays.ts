/**
 * Days in date-only columns. SharePoint keeps a date-only value as midnight of the day in the
 * SITE's time zone and REST returns that instant in UTC, so on a UK site 30 June reads
 * `2026-06-29T23:00:00Z` (BST) and 15 January `2026-01-15T00:00:00Z` (GMT); a written instant is
 * converted to site time and its date kept. Cutting the ISO string reads a day early
 * all summer, so every day column and day filter goes through these conversions.
 */
import { TZDate } from '@date-fns/tz';
import { isIsoDate, type IsoDate } from '../../domain';

export interface SiteDays {
  /** The site's time zone: an IANA name, or a fixed offset (`+05:30`) for a zone not in the table. */
  readonly timeZone: string;
  /** The day a date-only column holds; anything that is not an instant or a day reads as absent. */
  read(value: unknown): IsoDate | undefined;
  /** The value to write for a day: midnight of the day in the site's zone, in UTC. */
  write(day: IsoDate | undefined): string | null;
  /** The instant a day is stored as, for OData filters: `datetime'${instant(day)}'`. */
  instant(day: IsoDate): string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function siteDays(timeZone: string): SiteDays {
  const instant = (day: IsoDate): string => {
    const [y, m, d] = day.split('-').map(Number);
    return `${new Date(new TZDate(y, m - 1, d, timeZone).getTime()).toISOString().slice(0, 19)}Z`;
  };
  return {
    timeZone,
    read(value) {
      if (typeof value !== 'string' || value === '') return undefined;
      const text: string = value;
      const datePart = text.slice(0, 10);
      if (text.length === 10) return isIsoDate(text) ? text : undefined;
      // Date.parse rolls 30 February over into March; an impossible day is not a day.
      if (text[10] !== 'T' || !isIsoDate(datePart)) return undefined;
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) return undefined;
      const local = new TZDate(ms, timeZone);
      const day = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
      return isIsoDate(day) ? day : undefined;
    },
    write: (day) => (day === undefined ? null : instant(day)),
    instant
  };
}

/** For code with no site to ask (unit tests, fixtures): the zone of the councils the app serves. */
export const LONDON_DAYS: SiteDays = siteDays('Europe/London');

/** SP.TimeZone as `web/RegionalSettings/TimeZone` returns it. Biases are minutes from local time to UTC. */
export interface SpTimeZone {
  Id?: number;
  Description?: string;
  Information?: { Bias?: number; DaylightBias?: number; StandardBias?: number };
}

/** SharePoint time zone ids (SPRegionalSettings.TimeZones) → IANA names. */
const IANA_BY_SP_ID: Readonly<Record<number, string>> = {
  2: 'Europe/London', 3: 'Europe/Paris', 4: 'Europe/Berlin', 5: 'Europe/Bucharest', 6: 'Europe/Budapest',
  7: 'Europe/Kaliningrad', 8: 'America/Sao_Paulo', 9: 'America/Halifax', 10: 'America/New_York',
  11: 'America/Chicago', 12: 'America/Denver', 13: 'America/Los_Angeles', 14: 'America/Anchorage',
  15: 'Pacific/Honolulu', 17: 'Pacific/Auckland', 18: 'Australia/Brisbane', 19: 'Australia/Adelaide',
  20: 'Asia/Tokyo', 21: 'Asia/Singapore', 22: 'Asia/Bangkok', 23: 'Asia/Kolkata', 24: 'Asia/Dubai',
  93: 'UTC'
};

/**
 * The zone of a site's SP.TimeZone. A zone not in the table falls back to its standard offset
 * (`-(Bias + StandardBias)` minutes), which is right outside daylight saving time only.
 */
export function timeZoneOfSite(zone: SpTimeZone | undefined): string {
  const known = zone?.Id !== undefined ? IANA_BY_SP_ID[zone.Id] : undefined;
  if (known) return known;
  const info = zone?.Information;
  if (!info || typeof info.Bias !== 'number') return LONDON_DAYS.timeZone;
  const minutes = -(info.Bias + (info.StandardBias ?? 0));
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The days of a site from its SP.TimeZone. */
export const siteDaysOf = (zone: SpTimeZone | undefined): SiteDays => siteDays(timeZoneOfSite(zone));
