/**
 * A business case: how an improvement action is to be funded and what it should return. It
 * follows the councils' business-case template: a summary, the impact under the four principles
 * of value for money, the options weighed, risks, dependencies, impacts and outcomes with their
 * indicators, resources, activity and timescales, and a financial overview by financial year.
 */
import type { Person } from '../model/people';

/** The financial years of the overview; the last column holds every year from 2029/30 on. */
export const CASE_YEARS = ['2025/26', '2026/27', '2027/28', '2028/29', '2029/30+'] as const;
/** One column of the financial overview. */
export type CaseYear = (typeof CASE_YEARS)[number];

/** The rows of the financial overview: two kinds of investment and the benefits expected. */
export const FINANCE_LINES = ['capital', 'revenue', 'benefits'] as const;
/** One row of the financial overview. */
export type FinanceLine = (typeof FINANCE_LINES)[number];

/** How each row is named to people (in the form, the read view and the document). */
export const FINANCE_LINE_LABELS: Readonly<Record<FinanceLine, string>> = {
  capital: 'Capital investment',
  revenue: 'Revenue investment',
  benefits: 'Expected benefits (savings and income)'
};

/** Pounds per financial year for each row. Totals are never stored: see {@link financeTotals}. */
export type FinanceTable = Readonly<Record<FinanceLine, Readonly<Record<CaseYear, number>>>>;

/** The four principles a case's impact is explained under. */
export const IMPACT_PRINCIPLES = ['effectiveness', 'equity', 'efficiency', 'economy'] as const;
/** One of the four principles. */
export type ImpactPrinciple = (typeof IMPACT_PRINCIPLES)[number];

/** How each principle is named, with the question it answers. */
export const IMPACT_LABELS: Readonly<Record<ImpactPrinciple, { readonly name: string; readonly question: string }>> = {
  effectiveness: { name: 'Effectiveness', question: 'Will the service be better, or will more of it be delivered?' },
  equity: { name: 'Equity', question: 'Will what the council provides reach people more fairly?' },
  efficiency: { name: 'Efficiency', question: 'Will the same service need fewer resources?' },
  economy: { name: 'Economy', question: "Will the council's costs fall or its income rise?" }
};

/** An option the case weighed. */
export interface CaseOption {
  readonly title: string;
  /** Why it was or was not preferred. */
  readonly assessment: string;
  readonly preferred: boolean;
}

/** A performance indicator for an outcome. */
export interface CaseIndicator {
  readonly measure: string;
  readonly target: string;
}

/** Everything the lead writes in a business case. */
export interface BusinessCaseContent {
  /** The action, how it will be delivered and when. */
  readonly summary: string;
  readonly impact: Readonly<Record<ImpactPrinciple, string>>;
  readonly options: readonly CaseOption[];
  /** Risks to the outcomes or benefits, with their mitigations. */
  readonly risks: string;
  readonly dependencies: string;
  /** Impacts, including unintended consequences. */
  readonly impacts: string;
  readonly outcomes: string;
  readonly indicators: readonly CaseIndicator[];
  /** Who is needed, in what role, for how long. */
  readonly resources: string;
  /** High-level activity by stage, with timescales. */
  readonly activity: string;
  readonly finance: FinanceTable;
}

/** Whether the lead is still writing the case or has put it forward for a decision. */
export type RevisionState = 'Draft' | 'Submitted';

/** One save of a case: every save adds a revision, so nothing a lead wrote is lost. */
export interface BusinessCaseRevision {
  /** The stored revision's id (its item id). */
  readonly id: string;
  readonly actionId: string;
  readonly state: RevisionState;
  readonly content: BusinessCaseContent;
  /** Who saved it, as SharePoint recorded it. */
  readonly author: Person;
  readonly savedAt: Date;
}

/** The programme office's answer to a submitted revision. */
export type CaseDecisionKind = 'Approved' | 'Returned';

/** A decision on one revision of a case. */
export interface BusinessCaseDecision {
  readonly id: string;
  readonly actionId: string;
  /** The revision decided on. */
  readonly revisionId: string;
  readonly decision: CaseDecisionKind;
  /** Why it was returned (required then), or a note with an approval. */
  readonly reason?: string;
  /** Who decided, as SharePoint recorded it. */
  readonly by: Person;
  readonly decidedAt: Date;
  /** The case exactly as approved (kept with the decision, so readers of decisions see it). */
  readonly approvedContent?: BusinessCaseContent;
}

/** Where a case stands, as shown to people. */
export type BusinessCaseStatus = 'None' | 'Draft' | 'Submitted' | 'Approved' | 'Returned';

/** A zero for every year: the start of a new case's financial overview. */
export function emptyFinanceRow(): Record<CaseYear, number> {
  return Object.fromEntries(CASE_YEARS.map((y) => [y, 0])) as Record<CaseYear, number>;
}

/** A case with nothing written yet. */
export function emptyBusinessCase(): BusinessCaseContent {
  return {
    summary: '',
    impact: { effectiveness: '', equity: '', efficiency: '', economy: '' },
    options: [],
    risks: '',
    dependencies: '',
    impacts: '',
    outcomes: '',
    indicators: [],
    resources: '',
    activity: '',
    finance: { capital: emptyFinanceRow(), revenue: emptyFinanceRow(), benefits: emptyFinanceRow() }
  };
}
