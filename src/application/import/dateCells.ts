import { formatUkDate, parsePlanDate, type IsoDate, type ParsedPlanDate, type Result } from '../../domain';
import { readPlanDate, type ReadDate } from './cellParsers';

/** A date cell read, with a warning when the reading is a guess a person should check. */
export interface ReadDateCell {
  readonly value: ReadDate;
  /** Says what was guessed and how to write the cell so nothing is guessed. */
  readonly warning?: string;
  /** True when the cell held several dates and was read as their span. */
  readonly several?: boolean;
}

type Dated = Extract<ParsedPlanDate, { kind: 'date' }>;

/** The text with every run of spaces and line breaks as one space. */
function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Non-empty lines of a cell, trimmed: a cell with one item per line (Alt+Enter in Excel, a paragraph in Word). */
export function cellLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A date or a date word inside running text: `31 March 2026`, `31/03/2026`, `March 2026`,
 * `May/June 2026`, `Q3 2026/27`, `2026/27`, `2026`, `Ongoing`, `Commenced`, `TBC`, `Complete`.
 * Longer forms come first so `May/June 2026` is not read as `June 2026`.
 */
const DATE_IN_TEXT =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,? \d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?: ?[/-] ?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)? \d{4}\b|\bq[1-4] \d{4}(?:\/\d{2,4})?\b|\b\d{4} ?\/ ?\d{2,4}\b|\b\d{4}\b|\bongoing\b|\bcommenced\b|\bin progress\b|\bcompleted?\b|\btbc\b/gi;

/** Every date or date word the text holds, read for `role`, in the order written. */
function datesIn(text: string, role: 'start' | 'due'): ParsedPlanDate[] {
  const found: ParsedPlanDate[] = [];
  for (const match of oneLine(text).matchAll(DATE_IN_TEXT)) {
    const parsed = parsePlanDate(match[0], role);
    if (parsed.ok) found.push(parsed.value);
  }
  return found;
}

/** The guess a single reading makes, if any: a financial year written in full, or a remark in brackets. */
function singleWarning(parsed: ParsedPlanDate, role: 'start' | 'due'): string | undefined {
  if (parsed.kind === 'date' && parsed.precision === 'financialYear' && /^\d{4} ?\/ ?\d{4}$/.test(parsed.text)) {
    return `"${parsed.text}" is read as the financial year ${parsed.periodStart.slice(0, 4)}/${parsed.periodEnd.slice(2, 4)} (1 April to 31 March), so the ${role} date is ${formatUkDate(parsed.date)}. If calendar years are meant, write ${parsed.text.replace(/ ?\/ ?/, '-')}.`;
  }
  if (parsed.note !== undefined) {
    const reading = parsed.kind === 'date' ? formatUkDate(parsed.date) : parsed.text.replace(/\s*\(.*\)$/, '');
    return `The remark "(${parsed.note})" is kept with the date as written; the ${role} date is read as ${reading}. If the remark changes the date, write the date it means.`;
  }
  return undefined;
}

/** A date for several readings: the earliest start, or the latest due date; undefined when none is a date. */
function span(dates: readonly Dated[], role: 'start' | 'due'): Dated | undefined {
  const ordered = [...dates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return role === 'start' ? ordered[0] : ordered[ordered.length - 1];
}

/** The word several dates amount to: begun when any start has begun, complete when every due date is. */
function markerOfSeveral(found: readonly ParsedPlanDate[], role: 'start' | 'due'): ReadDate['marker'] {
  const markers = found.map((d) => (d.kind === 'marker' ? d.marker : undefined));
  if (role === 'start') return markers.find((m) => m === 'Commenced' || m === 'InProgress');
  return markers.every((m) => m === 'Complete') ? 'Complete' : undefined;
}

/**
 * Reads a start or due date cell as plans fill it. One date (`March 2026`, `2028/2029`,
 * `June 2026 (but will be an annual programme)`, `Commenced`) reads as {@link readPlanDate}
 * does, with a warning when a guess is made. A cell holding several dates, on separate lines or
 * in running text (`Development of plans – July 2026 Delivery of plans – Ongoing`), reads as
 * its span: the earliest date for a start and the latest for a due date, keeping the full text
 * as written, with a warning that says how to give each part its own date. Text without any
 * readable date is an error that lists the forms accepted.
 */
export function readDateCell(text: string, role: 'start' | 'due'): Result<ReadDateCell> {
  const whole = oneLine(text);
  const single = readPlanDate(whole, role);
  if (single.ok) {
    const parsed = parsePlanDate(whole, role);
    const warning = parsed.ok ? singleWarning(parsed.value, role) : undefined;
    return { ok: true, value: { value: single.value, ...(warning !== undefined ? { warning } : {}) } };
  }
  const found = datesIn(text, role);
  if (found.length < 2) return single;
  const dated = found.filter((d): d is Dated => d.kind === 'date');
  const chosen = span(dated, role);
  const listed = found.map((d) => `"${d.text}"`).join(', ');
  const fix = 'To give each its own date, write the parts as lettered items (a), (b)... in the action, one date per line.';
  if (chosen === undefined) {
    const marker = found[0].kind === 'marker' ? found[0].marker : undefined;
    return {
      ok: true,
      value: { value: { text: whole, ...(marker !== undefined ? { marker } : {}) }, several: true, warning: `This cell gives ${found.length} dates (${listed}) and none is a day, so the ${role} date is read as "${found[0].text}". ${fix}` }
    };
  }
  const date: IsoDate = chosen.date;
  const marker = markerOfSeveral(found, role);
  const which = role === 'start' ? 'earliest' : 'latest';
  const undated = found.length > dated.length ? ` ("${found.filter((d) => d.kind === 'marker').map((d) => d.text).join('", "')}" gives no day)` : '';
  return {
    ok: true,
    value: { value: { date, text: whole, ...(marker !== undefined ? { marker } : {}) }, several: true, warning: `This cell gives ${found.length} dates (${listed}), so the ${role} date is read as the ${which}: ${formatUkDate(date)}${undated}. ${fix}` }
  };
}
