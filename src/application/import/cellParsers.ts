import {
  fail,
  isIsoDate,
  ok,
  parseDueDate,
  parseStartDate,
  type ActionStatus,
  type IsoDate,
  type ParsedPlanDate,
  type Person,
  type ProgressRating,
  type Result,
  type RiskRating
} from '../../domain';

/** Lower case with single spaces, for matching words people type. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9/]+/g, ' ').trim();
}

const STATUS_WORDS: ReadonlyArray<readonly [ActionStatus, readonly string[]]> = [
  ['NotStarted', ['not started', 'not yet started', 'to start', 'planned', 'not due', 'not commenced', 'not yet due']],
  ['InProgress', ['in progress', 'started', 'commenced', 'on track', 'ongoing', 'underway', 'under way', 'in hand', 'progressing', 'active', 'open', 'on going']],
  ['OnHold', ['on hold', 'paused', 'deferred', 'suspended']],
  ['Complete', ['complete', 'completed', 'done', 'achieved', 'delivered', 'finished', 'blue']],
  ['Closed', ['closed', 'withdrawn', 'cancelled', 'canceled', 'superseded']]
];

const RATING_WORDS: ReadonlyArray<readonly [ProgressRating, readonly string[]]> = [
  ['Red', ['red', 'r']],
  ['Amber', ['amber', 'a', 'yellow']],
  ['Green', ['green', 'g']],
  ['Complete', ['blue', 'b', 'complete', 'completed']],
  ['NotStarted', ['not started', 'white', 'not yet started']],
  ['OnHold', ['on hold', 'grey', 'gray', 'paused']],
  ['Closed', ['closed', 'black']]
];

/** A status as read: the status, and a rating when the column held a RAG colour instead. */
export interface ReadStatus {
  readonly status: ActionStatus;
  readonly rating?: ProgressRating;
}

/** Reads a delivery status, accepting the words councils use and RAG colours in a status column. */
export function readStatus(text: string): Result<ReadStatus> {
  const w = words(text);
  for (const [status, list] of STATUS_WORDS) if (list.includes(w)) return ok({ status });
  const rating = readRating(text);
  if (rating.ok && (rating.value === 'Red' || rating.value === 'Amber' || rating.value === 'Green')) return ok({ status: 'InProgress', rating: rating.value });
  return fail(`"${text}" is not a status the plan uses. Use Not started, In progress, On hold, Complete or Closed.`);
}

/**
 * Reads a progress rating: `Red`, `R`, `Amber`, `Green`, `Blue` or `Complete`, `Not started`,
 * `On hold`, `Closed`; a colour followed by words (`Amber - slipping`) is read by its colour.
 */
export function readRating(text: string): Result<ProgressRating> {
  const w = words(text);
  for (const [rating, list] of RATING_WORDS) if (list.includes(w)) return ok(rating);
  const leading = /^(red|amber|green|blue)\b/.exec(w);
  if (leading) return readRating(leading[1]);
  return fail(`"${text}" is not a rating. Use Red, Amber, Green, Complete (Blue), Not started, On hold or Closed.`);
}

/** Reads a risk rating: Red, Amber or Green (or R, A, G). */
export function readRiskRating(text: string): Result<RiskRating> {
  const rating = readRating(text);
  if (rating.ok && (rating.value === 'Red' || rating.value === 'Amber' || rating.value === 'Green')) return ok(rating.value);
  return fail(`"${text}" is not a risk rating. Use Red, Amber or Green.`);
}

/** Reads `45%`, `45` or `0.45` (a fraction, as Excel stores percentages) as a whole percentage. */
export function readPercent(text: string): Result<number> {
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text.trim());
  if (match) {
    let value = Number(match[1]);
    if (match[2] === '' && match[1].includes('.') && value < 1) value *= 100;
    if (value >= 0 && value <= 100) return ok(Math.round(value));
  }
  return fail(`"${text}" is not a percentage. Give a number from 0 to 100, such as 45%.`);
}

/** Reads a whole number of at least zero. */
export function readCount(text: string): Result<number> {
  const value = Number(text.trim());
  if (/^\d+$/.test(text.trim()) && Number.isSafeInteger(value)) return ok(value);
  return fail(`"${text}" is not a whole number. Give 0, 1, 2 and so on.`);
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Reads a person named as `Name`, `name@council.gov.uk` or `Name <name@council.gov.uk>`. */
export function readPerson(text: string, email?: string): Result<Person> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const mail = email?.trim();
  if (mail !== undefined && mail !== '' && !EMAIL.test(mail)) return fail(`"${mail}" is not an e-mail address. Correct it, or leave the e-mail cell empty.`);
  const angled = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  if (angled && EMAIL.test(angled[2])) return ok({ displayName: angled[1] || angled[2], email: mail || angled[2] });
  if (EMAIL.test(trimmed)) return ok({ displayName: trimmed, email: mail || trimmed });
  if (trimmed === '') return mail ? ok({ displayName: mail, email: mail }) : fail('No lead is named. Give the lead\u2019s name, post title or e-mail address.');
  return ok(mail ? { displayName: trimmed, email: mail } : { displayName: trimmed });
}

/** A date cell read: the day (when there is one) and the text to keep as written. */
export interface ReadDate {
  readonly date?: IsoDate;
  /** What the plan said, unless it was a plain date cell (kept only when it says more than the day). */
  readonly text?: string;
  /** The marker word, when the cell held one (`Ongoing`, `TBC`, `Commenced`...). */
  readonly marker?: Extract<ParsedPlanDate, { kind: 'marker' }>['marker'];
}

/**
 * Reads a start or due date through the domain's plan-date parser (`March 2026`, `May/June 2026`,
 * `Q3 2026/27`, `31/03/2026`, `Ongoing`, `TBC`...). A `YYYY-MM-DD` value comes from an Excel date
 * cell, so no "as written" text is kept for it.
 */
export function readPlanDate(text: string, role: 'start' | 'due'): Result<ReadDate> {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return ok({ date: trimmed });
  const parsed = role === 'start' ? parseStartDate(trimmed) : parseDueDate(trimmed);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value.kind === 'marker') return ok({ text: value.text, marker: value.marker });
  return ok({ date: value.date, text: value.text });
}
