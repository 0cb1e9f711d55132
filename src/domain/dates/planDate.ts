import { addDaysIso, endOfMonthIso, isoFromParts, isRealDay, isIsoDate, type IsoDate } from './isoDate';
import { financialQuarterRange, financialYearEnd, financialYearStart } from './financialYear';
import { fail, ok, type Result } from '../result';

/**
 * A word a plan uses in place of a date. `Commenced` and `InProgress` say work has begun
 * (typically in a start column); `Ongoing` says there is no end; `TBC` that the date is not yet
 * agreed; `Complete` that it is done.
 */
export type PlanDateMarker = 'Commenced' | 'InProgress' | 'Ongoing' | 'TBC' | 'Complete';

/** How precisely the plan gave the date. */
export type PlanDatePrecision = 'day' | 'week' | 'month' | 'range' | 'quarter' | 'financialYear' | 'year';

/**
 * Whether the text is a start or a due date. A period such as `March 2026` starts on its first
 * day and is due by its last: an action "due March 2026" is not late until 1 April.
 */
export type PlanDateRole = 'start' | 'due';

/** A date read from a plan: either a period with the chosen day, or a marker word. */
export type ParsedPlanDate =
  | {
      readonly kind: 'date';
      /** The day to use: `periodStart` for a start date, `periodEnd` for a due date. */
      readonly date: IsoDate;
      /** First day of the period the text names. */
      readonly periodStart: IsoDate;
      /** Last day of the period the text names. */
      readonly periodEnd: IsoDate;
      /** How precise the text was. */
      readonly precision: PlanDatePrecision;
      /** The text as given (trimmed). */
      readonly text: string;
      /** A bracketed remark removed from the text, e.g. `'but will be an annual programme'`. */
      readonly note?: string;
    }
  | {
      readonly kind: 'marker';
      /** The marker the text stands for. */
      readonly marker: PlanDateMarker;
      /** The text as given (trimmed). */
      readonly text: string;
      /** A bracketed remark removed from the text. */
      readonly note?: string;
    };

const EXPECTED: string =
  'Expected a day (31 March 2026, 31/03/2026 or 2026-03-31), a week (w/c 21 November 2025), a month (March 2026), ' +
  'months (May/June 2026), a quarter (Q3 2026/27), a financial year (2026/27 or 2028/2029), a year (2026), ' +
  'or one of Commenced, In progress, Ongoing, TBC, Complete';

const MARKERS: ReadonlyArray<readonly [RegExp, PlanDateMarker]> = [
  [/^(commenced|started)$/, 'Commenced'],
  [/^in[ -]progress$/, 'InProgress'],
  [/^(ongoing|continuous|business as usual)$/, 'Ongoing'],
  [/^(tbc|tba|tbd|to be (confirmed|agreed|determined))$/, 'TBC'],
  [/^(complete|completed|done)$/, 'Complete']
];

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12
};

interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly precision: PlanDatePrecision;
}

type Read = Period | string | undefined; // a period, an error for text of the right shape, or not this shape

/**
 * Reads a date as plans write it into a day for a start (`role: 'start'`, first day of the
 * period) or a due date (`role: 'due'`, last day), or into a marker word. Unreadable text gives
 * an error that lists the forms accepted.
 *
 * Conventions: `2026/27` and `2028/2029` are financial years (1 April to 31 March); `2026-2028`
 * is calendar years; `Q3 2026/27` is a financial quarter (October to December 2026) and
 * `Q3 2026` a calendar quarter; `w/c 21 November 2025` is the seven days from that day;
 * two-digit years are 20xx.
 */
export function parsePlanDate(input: string, role: PlanDateRole): Result<ParsedPlanDate> {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return fail(`A date is required. ${EXPECTED}.`);
  const noteMatch = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  const body = (noteMatch && noteMatch[1] !== '' ? noteMatch[1] : text).replace(/^(by end of|end of|due|by)\s+/i, '');
  const note = noteMatch && noteMatch[1] !== '' ? noteMatch[2].trim() : undefined;
  const lower = body.toLowerCase();

  for (const [pattern, marker] of MARKERS) {
    if (pattern.test(lower)) return ok({ kind: 'marker', marker, text, ...(note ? { note } : {}) });
  }
  const read = readPeriod(lower);
  if (typeof read === 'string') return fail(`"${text}": ${read}.`);
  if (read === undefined) return fail(`Could not read "${text}" as a date. ${EXPECTED}.`);
  return ok({
    kind: 'date',
    date: role === 'start' ? read.start : read.end,
    periodStart: read.start,
    periodEnd: read.end,
    precision: read.precision,
    text,
    ...(note ? { note } : {})
  });
}

/** Reads a start date; see {@link parsePlanDate}. */
export function parseStartDate(input: string): Result<ParsedPlanDate> {
  return parsePlanDate(input, 'start');
}

/** Reads a due date; see {@link parsePlanDate}. */
export function parseDueDate(input: string): Result<ParsedPlanDate> {
  return parsePlanDate(input, 'due');
}

function readPeriod(text: string): Read {
  const readers: ReadonlyArray<(t: string) => Read> = [readSingle, readWeek, readQuarter, readYears, readRange];
  for (const reader of readers) {
    const read = reader(text);
    if (read !== undefined) return read;
  }
  return undefined;
}

/** A day, a month or a year on its own. */
function readSingle(text: string): Read {
  return readDay(text) ?? readMonth(text) ?? readYear(text);
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function dayPeriod(year: number, month: number, day: number): Read {
  if (!isRealDay(year, month, day)) return `${day}/${month}/${year} is not a real day`;
  const date = isoFromParts(year, month, day);
  return { start: date, end: date, precision: 'day' };
}

function readDay(text: string): Read {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return isIsoDate(text) ? { start: text, end: text, precision: 'day' } : `${text} is not a real day`;
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (numeric) return dayPeriod(fullYear(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$/.exec(text);
  if (words && MONTHS[words[2]] !== undefined) return dayPeriod(Number(words[3]), MONTHS[words[2]], Number(words[1]));
  return undefined;
}

function readMonth(text: string): Read {
  const match = /^([a-z]+)\.? (\d{4})$/.exec(text);
  if (!match || MONTHS[match[1]] === undefined) return undefined;
  const year = Number(match[2]);
  const month = MONTHS[match[1]];
  return { start: isoFromParts(year, month, 1), end: endOfMonthIso(year, month), precision: 'month' };
}

function readYear(text: string): Read {
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return { start: isoFromParts(year, 1, 1), end: isoFromParts(year, 12, 31), precision: 'year' };
}

function readWeek(text: string): Read {
  const match = /^(?:w\/c|w\.c\.?|wc|week commencing|week beginning) (.+)$/.exec(text);
  if (!match) return undefined;
  const day = readDay(match[1]);
  if (day === undefined) return `after "w/c" give a day, such as w/c 21 November 2025`;
  if (typeof day === 'string') return day;
  // The week runs seven days from its first day, so a due date "w/c" is late only after the Sunday.
  return { start: day.start, end: addDaysIso(day.start, 6), precision: 'week' };
}

/** `2026/27` or `2026/2027` as the second year of a financial year, checked to follow the first. */
function secondYear(first: number, digits: string): number | string {
  const second = digits.length === 2 ? Math.floor(first / 100) * 100 + Number(digits) : Number(digits);
  return second > first ? second : `the second year must come after ${first}`;
}

function readQuarter(text: string): Read {
  const match = /^q([1-4]) (\d{4})(?:\/(\d{2}|\d{4}))?$/.exec(text) ?? /^(?:fy ?)?(\d{4})\/(\d{2}|\d{4}) q([1-4])$/.exec(text);
  if (!match) return undefined;
  const leadingQuarter = text.startsWith('q');
  const quarter = Number(leadingQuarter ? match[1] : match[3]) as 1 | 2 | 3 | 4;
  const year = Number(leadingQuarter ? match[2] : match[1]);
  const second = leadingQuarter ? match[3] : match[2];
  if (second === undefined) {
    // Without a financial year the quarter is a calendar one: Q1 is January to March.
    const firstMonth = (quarter - 1) * 3 + 1;
    return { start: isoFromParts(year, firstMonth, 1), end: endOfMonthIso(year, firstMonth + 2), precision: 'quarter' };
  }
  const next = secondYear(year, second);
  if (typeof next === 'string') return next;
  if (next !== year + 1) return `a quarter belongs to one financial year, such as Q3 ${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  const range = financialQuarterRange(year, quarter);
  return { start: range.start, end: range.end, precision: 'quarter' };
}

function readYears(text: string): Read {
  const financial = /^(?:fy ?)?(\d{4}) ?\/ ?(\d{2}|\d{4})$/.exec(text);
  if (financial) {
    const first = Number(financial[1]);
    const second = secondYear(first, financial[2]);
    if (typeof second === 'string') return second;
    return { start: financialYearStart(first), end: financialYearEnd(second - 1), precision: 'financialYear' };
  }
  const calendar = /^(\d{4}) ?(?:-|–|to) ?(\d{4})$/.exec(text);
  if (!calendar) return undefined;
  const first = Number(calendar[1]);
  const last = Number(calendar[2]);
  if (last < first) return `the second year must not come before ${first}`;
  return { start: isoFromParts(first, 1, 1), end: isoFromParts(last, 12, 31), precision: 'year' };
}

/**
 * Two ends joined by `/`, `-`, `to` or `and`: `May/June 2026`, `January 2026 - April 2026`,
 * `1 March to 30 April 2026`, `December/January 2026`. A left end without a year borrows the
 * right end's year, or the year before when it would otherwise come after the right end.
 */
function readRange(text: string): Read {
  const match = /^(.+?) ?(?:\/|-|–|—| to | and ) ?(.+)$/.exec(text);
  if (!match) return undefined;
  const right = readSingle(match[2]);
  if (right === undefined || typeof right === 'string') return right;
  const rightYear = Number(right.end.slice(0, 4));
  const withYear = readSingle(match[1]);
  let left = withYear ?? readWithoutYear(match[1], rightYear);
  if (left === undefined || typeof left === 'string') return left;
  if (withYear === undefined && left.start > right.end) {
    // The same text read with the year before: it read once, so it reads again (29 February aside).
    left = readWithoutYear(match[1], rightYear - 1) as Period | string;
    if (typeof left === 'string') return left;
  }
  if (left.start > right.end) return 'the first date of the range comes after the second';
  return { start: left.start, end: right.end, precision: 'range' };
}

function readWithoutYear(text: string, year: number): Read {
  if (MONTHS[text.replace(/\.$/, '')] !== undefined) return readMonth(`${text.replace(/\.$/, '')} ${year}`);
  const day = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)$/.exec(text);
  if (day && MONTHS[day[2]] !== undefined) return dayPeriod(year, MONTHS[day[2]], Number(day[1]));
  return undefined;
}

/** Writes a parsed date back for display: the original text, so readers see what the plan said. */
export function planDateText(parsed: ParsedPlanDate): string {
  return parsed.text;
}
