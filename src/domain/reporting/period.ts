import { endOfMonthIso, isoFromParts, type IsoDate } from '../dates/isoDate';
import { financialQuarterOf, financialQuarterRange, financialYearLabel, financialYearStartYear } from '../dates/financialYear';
import { fail, ok, type Result } from '../result';

/** Length of a reporting period: monthly to leadership, quarterly to Cabinet, half-yearly to the ministry. */
export type PeriodKind = 'month' | 'quarter' | 'halfYear';

/**
 * A reporting period. Quarters and half-years follow the financial year (April to March), as
 * council reporting does.
 */
export interface ReportingPeriod {
  /** Identifier: `'2026-03'` (month), `'2025/26-Q4'` (quarter), `'2025/26-H2'` (half-year). */
  readonly id: string;
  /** Kind. */
  readonly kind: PeriodKind;
  /** First day. */
  readonly start: IsoDate;
  /** Last day. */
  readonly end: IsoDate;
  /** Label for readers: `'March 2026'`, `'Q4 2025/26'`, `'H2 2025/26'`. */
  readonly label: string;
}

const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
];

function monthPeriod(year: number, month: number): ReportingPeriod {
  return {
    id: `${year}-${String(month).padStart(2, '0')}`,
    kind: 'month',
    start: isoFromParts(year, month, 1),
    end: endOfMonthIso(year, month),
    label: `${MONTH_NAMES[month - 1]} ${year}`
  };
}

function quarterPeriod(startYear: number, quarter: 1 | 2 | 3 | 4): ReportingPeriod {
  const fy = financialYearLabel(startYear);
  const range = financialQuarterRange(startYear, quarter);
  return { id: `${fy}-Q${quarter}`, kind: 'quarter', start: range.start, end: range.end, label: `Q${quarter} ${fy}` };
}

function halfYearPeriod(startYear: number, half: 1 | 2): ReportingPeriod {
  const fy = financialYearLabel(startYear);
  const start = half === 1 ? isoFromParts(startYear, 4, 1) : isoFromParts(startYear, 10, 1);
  const end = half === 1 ? isoFromParts(startYear, 9, 30) : isoFromParts(startYear + 1, 3, 31);
  return { id: `${fy}-H${half}`, kind: 'halfYear', start, end, label: `H${half} ${fy}` };
}

/** The period of `kind` that contains `day`. */
export function periodContaining(kind: PeriodKind, day: IsoDate): ReportingPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'month') return monthPeriod(year, month);
  const startYear = financialYearStartYear(day);
  if (kind === 'quarter') return quarterPeriod(startYear, financialQuarterOf(day));
  return halfYearPeriod(startYear, month >= 4 && month <= 9 ? 1 : 2);
}

/** Reads a period id back into a period, or explains what was expected. */
export function parsePeriodId(id: string): Result<ReportingPeriod> {
  const month = /^(\d{4})-(\d{2})$/.exec(id);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return ok(monthPeriod(Number(month[1]), Number(month[2])));
  const part = /^(\d{4})\/(\d{2})-(Q[1-4]|H[12])$/.exec(id);
  if (part && (Number(part[1]) + 1) % 100 === Number(part[2])) {
    const startYear = Number(part[1]);
    const n = Number(part[3].slice(1));
    return ok(part[3].startsWith('Q') ? quarterPeriod(startYear, n as 1 | 2 | 3 | 4) : halfYearPeriod(startYear, n as 1 | 2));
  }
  return fail(`"${id}" is not a reporting period. Expected a month (2026-03), a quarter (2025/26-Q4) or a half-year (2025/26-H2).`);
}

/** The period before `period`, of the same kind. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  const dayBefore = new Date(Date.UTC(Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)) - 1, 0));
  return periodContaining(period.kind, dayBefore.toISOString().slice(0, 10));
}

/** The period after `period`, of the same kind. */
export function nextPeriod(period: ReportingPeriod): ReportingPeriod {
  const dayAfter = new Date(Date.UTC(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)), 1));
  return periodContaining(period.kind, dayAfter.toISOString().slice(0, 10));
}

/** Does `day` fall within the period? */
export function isInPeriod(period: ReportingPeriod, day: IsoDate): boolean {
  return day >= period.start && day <= period.end;
}

/** Does the whole of `inner` fall within `outer` (e.g. a month within a quarter)? */
export function periodWithin(inner: ReportingPeriod, outer: ReportingPeriod): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
