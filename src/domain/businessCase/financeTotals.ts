/**
 * Totals of a case's financial overview. They are always computed from the figures, never typed
 * or stored, so a total can never disagree with the figures it sums.
 */
import { CASE_YEARS, FINANCE_LINES, type CaseYear, type FinanceLine, type FinanceTable } from './businessCase';

/** The overview's totals: each row over every year, each year's investment, and overall figures. */
export interface FinanceTotals {
  /** Each row summed over every year. */
  readonly byLine: Readonly<Record<FinanceLine, number>>;
  /** Capital plus revenue investment, per year. */
  readonly investmentByYear: Readonly<Record<CaseYear, number>>;
  /** Total investment over every year. */
  readonly investment: number;
  /** Total expected benefits over every year. */
  readonly benefits: number;
  /** Benefits less investment over every year (negative when the case costs more than it returns). */
  readonly net: number;
}

/** Adds in whole pence, so 0.1 + 0.2 of a pound is 0.30 and not 0.30000000000000004. */
function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + Math.round(v * 100), 0) / 100;
}

/** Computes every total of `finance`. */
export function financeTotals(finance: FinanceTable): FinanceTotals {
  const byLine = Object.fromEntries(FINANCE_LINES.map((line) => [line, sum(CASE_YEARS.map((y) => finance[line][y]))])) as Record<FinanceLine, number>;
  const investmentByYear = Object.fromEntries(CASE_YEARS.map((y) => [y, sum([finance.capital[y], finance.revenue[y]])])) as Record<CaseYear, number>;
  const investment = sum([byLine.capital, byLine.revenue]);
  return { byLine, investmentByYear, investment, benefits: byLine.benefits, net: sum([byLine.benefits, -investment]) };
}

/** Formats pounds as the overview shows them: `£12,500`, or `£12,500.50` when there are pence. */
export function formatPounds(value: number): string {
  const pence = Math.round(value * 100);
  const whole = pence % 100 === 0;
  const text = (Math.abs(pence) / 100).toLocaleString('en-GB', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 });
  return `${pence < 0 ? '−' : ''}£${text}`;
}
