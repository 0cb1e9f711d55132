/**
 * The documents `npm run report` can write, one entry each, so another kind is one more entry.
 * An entry without `build` is a kind this build does not carry: the command says so in words.
 */
import type { BusinessCaseRecord, IsoDate, Plan, PlanSnapshot, ReportingPeriod } from '../../src/domain';
import { reportFiles } from '../../src/export';
import { buildBusinessCasesDocx, businessCasesOfPlan } from '../../src/export/businessCases/businessCasesDocx';

/** Everything a document of a period is built from. */
export interface ReportContext {
  /** The plan: as at the period when it was closed, else today's. */
  readonly plan: Plan;
  readonly period: ReportingPeriod;
  /** The period's snapshot (what was reported then), or today's plan rated today for the open period. */
  readonly snapshot: PlanSnapshot;
  /** The closed period before this one, for the slips since the last return. */
  readonly previous?: { readonly label: string; readonly snapshot: PlanSnapshot };
  /** The day the document is prepared. */
  readonly today: IsoDate;
  /** Reads every action's business case from the site, as it stands today (cases have no period record). */
  readonly readBusinessCases: () => Promise<readonly BusinessCaseRecord[]>;
}

/** One kind of document. */
export interface ReportKind {
  /** What the document is, in words, for the help and messages. */
  readonly label: string;
  /** The file extension it is written with. */
  readonly extension: '.docx' | '.xlsx';
  /** Builds the file; absent when this build does not carry the kind. */
  readonly build?: (context: ReportContext) => Promise<Uint8Array>;
  /** Why the kind cannot be written, when `build` is absent. */
  readonly unavailable?: string;
}

/** The kinds, by the name given on the command line. */
export const REPORT_KINDS: Readonly<Record<string, ReportKind>> = {
  cabinet: {
    label: 'the theme progress summary for Cabinet',
    extension: '.docx',
    build: ({ plan, period, snapshot, today }) => reportFiles.themeSummaryDocx({ plan, period, snapshot, preparedOn: today })
  },
  return: {
    label: 'the return to government',
    extension: '.docx',
    build: ({ plan, period, snapshot, today, previous }) => reportFiles.returnToGovernmentDocx({ plan, period, snapshot, preparedOn: today, ...(previous ? { previous } : {}) })
  },
  'business-cases': {
    label: 'the business cases',
    extension: '.docx',
    build: async ({ plan, today, readBusinessCases }) =>
      buildBusinessCasesDocx({ title: `Business cases: ${plan.name}`, council: plan.council, preparedOn: today, cases: businessCasesOfPlan(plan, await readBusinessCases()) })
  },
  monitoring: {
    label: 'the monitoring tool',
    extension: '.xlsx',
    build: ({ plan, snapshot }) => reportFiles.monitoringWorkbook({ plan, asOf: snapshot.asOf, title: `${plan.name}: monitoring tool` })
  }
};
