import { formatUkDate, isoFromParts, isRealDay, type IsoDate } from '../../domain';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDED = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as a local-midnight Date, the form the date picker works in. */
export function dateFromIso(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The day of a date picker's Date, read in local time (the picker builds local-midnight dates). */
export function isoFromDate(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The picker's text for a day: `'31 Jan 2027'`. */
export function formatPickerDate(date?: Date): string {
  return date && !Number.isNaN(date.getTime()) ? formatUkDate(isoFromDate(date)) : '';
}

/**
 * Reads a day typed the British way: `'31/01/2027'`, `'31.1.2027'`, `'31 Jan 2027'`,
 * `'31 January 2027'`, or ISO `'2027-01-31'`. Day before month; null when it is not a real day.
 */
// The date picker's parseDateFromString contract answers null for text that is not a date.
// eslint-disable-next-line @rushstack/no-new-null
export function parseUkDate(text: string): Date | null {
  const typed = text.trim().toLowerCase();
  let parts: [number, number, number] | undefined;
  const numeric = NUMERIC.exec(typed);
  const worded = WORDED.exec(typed);
  const iso = ISO.exec(typed);
  if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (worded) {
    // A month's name or its start of three letters or more ('Jan', 'Sept', 'January').
    const month = worded[2].length >= 3 ? MONTHS.findIndex((m) => m.startsWith(worded[2])) : -1;
    if (month >= 0) parts = [Number(worded[3]), month + 1, Number(worded[1])];
  }
  if (!parts || !isRealDay(...parts)) return null;
  return new Date(parts[0], parts[1] - 1, parts[2]);
}
