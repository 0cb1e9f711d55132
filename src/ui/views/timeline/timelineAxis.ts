import { addDaysIso, daysBetween, endOfMonthIso, isoFromParts, parsePeriodId, type IsoDate } from '../../../domain';
import type { TimelineRow } from './timelineRows';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One month on the axis. */
export interface AxisMonth {
  /** The month's period id, `2026-11`. */
  id: string;
  start: IsoDate;
  end: IsoDate;
  /** British short form, with the year on January and on the first month drawn: `Nov`, `Jan 2027`. */
  label: string;
  /** In full for tooltips and words: `Nov 2026`. */
  fullLabel: string;
  /** A reporting period covering this month was closed (as the timeline is drawn). */
  closed: boolean;
}

/** The time axis: whole months from the first date drawn to the last. */
export interface TimelineAxis {
  start: IsoDate;
  end: IsoDate;
  months: AxisMonth[];
}

const monthStart = (day: IsoDate): IsoDate => `${day.slice(0, 7)}-01`;
const monthEnd = (day: IsoDate): IsoDate => endOfMonthIso(Number(day.slice(0, 4)), Number(day.slice(5, 7)));

/** Every date a row draws: its start, baseline and current due dates and its milestones. */
function rowDates(row: TimelineRow): IsoDate[] {
  return [row.start, row.baselineEnd, row.currentEnd, ...row.milestones.map((m) => m.dueDate)].filter((d): d is IsoDate => d !== undefined);
}

/** The months of closed periods (a quarter or half-year closes each of its months), up to `closedBy` when given. */
export function closedMonths(periodIds: readonly string[], closedBy?: IsoDate): Set<string> {
  const months = new Set<string>();
  for (const id of periodIds) {
    const parsed = parsePeriodId(id);
    if (!parsed.ok || (closedBy !== undefined && parsed.value.end > closedBy)) continue;
    for (let day = parsed.value.start; day <= parsed.value.end; day = addDaysIso(monthEnd(day), 1)) months.add(day.slice(0, 7));
  }
  return months;
}

/**
 * The axis for a set of rows: from the first of the month of the earliest date drawn (today
 * included, so the today line is always on it) to the end of the month of the latest, with the
 * months whose reporting period is closed marked.
 */
export function timelineAxis(rows: readonly TimelineRow[], today: IsoDate, closed: ReadonlySet<string>): TimelineAxis {
  let first = today;
  let last = today;
  for (const row of rows) {
    for (const d of rowDates(row)) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
  }
  const start = monthStart(first);
  const end = monthEnd(last);
  const months: AxisMonth[] = [];
  for (let day = start; day <= end; day = addDaysIso(monthEnd(day), 1)) {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const fullLabel = `${SHORT_MONTHS[month - 1]} ${year}`;
    months.push({
      id: day.slice(0, 7),
      start: isoFromParts(year, month, 1),
      end: endOfMonthIso(year, month),
      label: month === 1 || months.length === 0 ? fullLabel : SHORT_MONTHS[month - 1],
      fullLabel,
      closed: closed.has(day.slice(0, 7))
    });
  }
  return { start, end, months };
}

/** Where the start of `day` falls along the axis, from 0 (its first day) to 1 (the day after its last). */
export function axisFraction(axis: TimelineAxis, day: IsoDate): number {
  const total = daysBetween(axis.start, axis.end) + 1;
  return Math.min(1, Math.max(0, daysBetween(axis.start, day) / total));
}

/** A span from the start of `from` to the end of `to`, as fractions of the axis (a span of one day is one day wide). */
export function axisSpan(axis: TimelineAxis, from: IsoDate, to: IsoDate): { left: number; width: number } {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const left = axisFraction(axis, a);
  return { left, width: axisFraction(axis, addDaysIso(b, 1)) - left };
}
