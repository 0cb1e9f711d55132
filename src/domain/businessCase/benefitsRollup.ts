/**
 * Expected benefits and investment per theme, from the cases the programme office approved.
 * Cases not yet approved are counted apart, so a figure still being written never passes as agreed.
 */
import type { BusinessCaseContent } from './businessCase';
import type { BusinessCaseRecord } from './caseRecord';
import { financeTotals } from './financeTotals';

/** Figures summed over a group of cases. */
export interface CaseFigures {
  readonly cases: number;
  readonly investment: number;
  readonly benefits: number;
}

/** One theme's line of the roll-up. */
export interface ThemeCaseRollup {
  readonly themeCode: string;
  /** Approved cases (as approved). */
  readonly approved: CaseFigures;
  /** Drafts, submitted and returned cases: the latest revision, shown apart. */
  readonly pending: CaseFigures;
}

const ZERO: CaseFigures = { cases: 0, investment: 0, benefits: 0 };

function add(figures: CaseFigures, content: BusinessCaseContent): CaseFigures {
  const t = financeTotals(content.finance);
  return { cases: figures.cases + 1, investment: Math.round((figures.investment + t.investment) * 100) / 100, benefits: Math.round((figures.benefits + t.benefits) * 100) / 100 };
}

/**
 * Rolls `records` up by theme (`themeOf` gives an action's theme code; actions it does not know
 * are left out). A case whose latest revision is approved counts once, as approved; a case with an
 * approval and a newer revision counts as approved (the version in force) and its newer revision
 * as pending. Themes come out in `themeOrder`, then any others by code.
 */
export function benefitsByTheme(records: readonly BusinessCaseRecord[], themeOf: (actionId: string) => string | undefined, themeOrder: readonly string[] = []): ThemeCaseRollup[] {
  const byTheme = new Map<string, { approved: CaseFigures; pending: CaseFigures }>();
  for (const r of records) {
    const theme = themeOf(r.actionId);
    if (theme === undefined) continue;
    const row = byTheme.get(theme) ?? { approved: ZERO, pending: ZERO };
    if (r.approved) row.approved = add(row.approved, r.approved.approvedContent);
    if (r.latest && r.status !== 'Approved') row.pending = add(row.pending, r.latest.content);
    byTheme.set(theme, row);
  }
  const rank = (code: string): number => {
    const i = themeOrder.indexOf(code);
    return i < 0 ? themeOrder.length : i;
  };
  return [...byTheme.entries()]
    .map(([themeCode, f]) => ({ themeCode, ...f }))
    .sort((a, b) => rank(a.themeCode) - rank(b.themeCode) || a.themeCode.localeCompare(b.themeCode));
}

/** The plan's total over every theme. */
export function rollupTotal(rows: readonly ThemeCaseRollup[]): { approved: CaseFigures; pending: CaseFigures } {
  const plus = (a: CaseFigures, b: CaseFigures): CaseFigures => ({ cases: a.cases + b.cases, investment: Math.round((a.investment + b.investment) * 100) / 100, benefits: Math.round((a.benefits + b.benefits) * 100) / 100 });
  return rows.reduce((t, r) => ({ approved: plus(t.approved, r.approved), pending: plus(t.pending, r.pending) }), { approved: ZERO, pending: ZERO });
}
