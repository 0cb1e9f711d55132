/**
 * The site's regional time zone (SP.TimeZone) and how SharePoint stores a date-only column in it,
 * as SharePoint does: the calendar day of the written instant in the site's zone, kept as midnight of
 * that day in the zone and returned as the UTC instant. On a UK site 30 June reads
 * `2026-06-29T23:00:00Z` (BST) and 15 January `2026-01-15T00:00:00Z` (GMT).
 */
import { TZDate } from '@date-fns/tz';

/** SP.TimeZone as `web/RegionalSettings/TimeZone` returns it. Biases are minutes to add to local time to get UTC. */
export interface SpTimeZone {
  Id: number;
  Description: string;
  Information: { Bias: number; DaylightBias: number; StandardBias: number };
}

/**
 * IANA names the emulator can stand for, with SharePoint's time zone ids and descriptions
 * (SPRegionalSettings.TimeZones). Ids 2, 3 and 10 are in Microsoft's table of time zone ids;
 * 93 for UTC is from SharePoint Online's list and was not confirmed from a primary source.
 */
export const SITE_TIME_ZONES: Readonly<Record<string, SpTimeZone>> = {
  'Europe/London': { Id: 2, Description: '(UTC) Dublin, Edinburgh, Lisbon, London', Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 } },
  'Europe/Paris': { Id: 3, Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } },
  'America/New_York': { Id: 10, Description: '(UTC-05:00) Eastern Time (US and Canada)', Information: { Bias: 300, DaylightBias: -60, StandardBias: 0 } },
  UTC: { Id: 93, Description: '(UTC) Coordinated Universal Time', Information: { Bias: 0, DaylightBias: 0, StandardBias: 0 } }
};

export const DEFAULT_SITE_TIME_ZONE = 'Europe/London';

/** The SP.TimeZone for an IANA name; throws for a zone the emulator has no SharePoint id for. */
export function spTimeZone(ianaName: string): SpTimeZone {
  const zone = SITE_TIME_ZONES[ianaName];
  if (!zone) throw new Error(`Unknown site time zone "${ianaName}"; use one of ${Object.keys(SITE_TIME_ZONES).join(', ')}.`);
  return zone;
}

/**
 * What SharePoint keeps for an instant written to a date-only column: the instant is converted to
 * site time, the date part kept, and midnight of that date in site time returned in UTC.
 */
export function storedDateOnly(instantMs: number, ianaName: string): string {
  const local = new TZDate(instantMs, ianaName);
  const midnight = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), ianaName);
  return `${new Date(midnight.getTime()).toISOString().slice(0, 19)}Z`;
}
