import { addDays, format, parseISO } from 'date-fns';

/**
 * A calendar day written `YYYY-MM-DD` (for example `2026-03-31`).
 *
 * Plans deal in days, not instants: an action is due on a day, whatever the hour. Keeping days as
 * strings means they serialise unchanged to SharePoint, JSON and Teams cards, and compare
 * correctly with `<` and `>`.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHORT_MONTHS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Is `value` a `YYYY-MM-DD` string naming a day that exists (so `2026-02-30` is rejected)? */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  return isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Throws when `value` is not a valid {@link IsoDate}; for programmer errors, not user input. */
export function assertIsoDate(value: unknown, what: string = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`${what} must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

/** Does the day `day` exist in month `month` (1-12) of `year`? */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  // Every month has 28 days: most days need no calendar arithmetic (mapping a plan checks thousands).
  return day <= 28 || day <= daysInMonth(year, month);
}

/** Number of days in month `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any clock change.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds an {@link IsoDate} from numeric parts; the parts must already be a real day. */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of month `month` (1-12) of `year`. */
export function endOfMonthIso(year: number, month: number): IsoDate {
  return isoFromParts(year, month, daysInMonth(year, month));
}

/** Adds (or with a negative number, subtracts) whole calendar days. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

const DAY_MS = 86_400_000;

/**
 * Days since 1 January 1970 of a `YYYY-MM-DD` day (NaN when it is not a real day). Worked out in
 * UTC from the digits, so no clock change can shift it; rating a plan calls this thousands of
 * times, where parsing into local-time Dates made loading a large plan noticeably slow.
 */
function dayNumber(date: IsoDate): number {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) return Number.NaN;
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  return new Date(0).setUTCFullYear(year, month - 1, day) / DAY_MS;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Orders two days: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two days; `undefined` inputs are ignored. */
export function laterOf(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/**
 * Formats a day the British way used in council reports: `formatUkDate('2026-11-22')` is
 * `'22 Nov 2026'`. Returns the input unchanged when it is not a valid day, so a report never
 * shows "Invalid Date".
 */
export function formatUkDate(date: IsoDate): string {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match || !isRealDay(Number(match[1]), Number(match[2]), Number(match[3]))) return date;
  // Built from the digits (date-fns `d MMM yyyy` gives the same text): every rating reason
  // carries dates, and formatting through Date objects dominated rating a large plan.
  return `${Number(match[3])} ${SHORT_MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** Formats a day in full, e.g. `'Sunday 22 November 2026'`, for screen readers and letters. */
export function formatUkDateLong(date: IsoDate): string {
  if (!isIsoDate(date)) return date;
  return format(parseISO(date), 'EEEE d MMMM yyyy');
}
