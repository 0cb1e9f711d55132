import { endOfMonthIso, isoFromParts, type IsoDate } from './isoDate';

/**
 * UK public-sector financial years run 1 April to 31 March and are written `2026/27`.
 * These helpers keep that rule in one place for plan dates and reporting periods.
 */

/** The calendar year in which the financial year containing `date` starts (2026 for 15 Jan 2027). */
export function financialYearStartYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** Label of the financial year starting in `startYear`: `2026` gives `'2026/27'`. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** First day (1 April) of the financial year starting in `startYear`. */
export function financialYearStart(startYear: number): IsoDate {
  return isoFromParts(startYear, 4, 1);
}

/** Last day (31 March) of the financial year starting in `startYear`. */
export function financialYearEnd(startYear: number): IsoDate {
  return isoFromParts(startYear + 1, 3, 31);
}

/**
 * First and last day of financial quarter `quarter` (1-4) of the year starting in `startYear`:
 * Q1 is April-June, Q2 July-September, Q3 October-December, Q4 January-March.
 */
export function financialQuarterRange(startYear: number, quarter: 1 | 2 | 3 | 4): { readonly start: IsoDate; readonly end: IsoDate } {
  const firstMonth = ((quarter - 1) * 3 + 3) % 12 + 1; // 4, 7, 10, 1
  const year = quarter === 4 ? startYear + 1 : startYear;
  return { start: isoFromParts(year, firstMonth, 1), end: endOfMonthIso(year, firstMonth + 2) };
}

/** The financial quarter (1-4) containing `date`. */
export function financialQuarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  const month = Number(date.slice(5, 7));
  return (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}
