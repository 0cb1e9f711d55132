import type { IsoDate, Plan, PlanSnapshot, ReportingPeriod } from '../../domain';
import { listClosedPeriods, snapshotAsAt } from './asAt';
import { closePeriod, type ClosePeriodInput, type PeriodDeps } from './closePeriod';
import type { ClosedPeriod, StoredSnapshot } from './ports';
import { verifyRecord, type RecordCheck } from './verifyRecord';

/**
 * What the app needs for reporting periods: the closed periods, the plan as at one of them, and
 * closing a period. Hosts build it with {@link createReportingServices} over their snapshot store.
 */
export interface ReportingServices {
  /** Every closed period, oldest first. */
  listClosedPeriods(): Promise<ClosedPeriod[]>;
  /**
   * The snapshot kept when a period closed.
   * @throws SnapshotNotFoundError when the period was never closed
   */
  snapshotAsAt(periodId: string): Promise<StoredSnapshot>;
  /**
   * Closes a period for good (programme office only; the store's permissions enforce it).
   * @throws PeriodAlreadyClosedError when it was closed before
   * @throws ValidationError when it is not a period or has not started
   */
  closePeriod(input: ClosePeriodInput): Promise<StoredSnapshot>;
  /** Recomputes every closed period's seal and follows the chain: verified, or the first period that no longer matches. */
  verifyRecord(): Promise<RecordCheck>;
}

/** The period use cases behind the {@link ReportingServices} port. */
export function createReportingServices(deps: PeriodDeps): ReportingServices {
  return {
    listClosedPeriods: () => listClosedPeriods(deps),
    snapshotAsAt: (periodId) => snapshotAsAt(deps, periodId),
    closePeriod: (input) => closePeriod(deps, input),
    verifyRecord: () => verifyRecord(deps)
  };
}

/** What the monitoring tool is built from. */
export interface MonitoringFileInput {
  readonly plan: Plan;
  /** Day the ratings are shown as at. */
  readonly asOf: IsoDate;
  readonly title: string;
}

/** What the theme summary for Cabinet is built from. */
export interface ThemeSummaryFileInput {
  readonly plan: Plan;
  readonly period: ReportingPeriod;
  /** The period's snapshot: a closed period's, or the live plan's. */
  readonly snapshot: PlanSnapshot;
  readonly preparedOn: IsoDate;
}

/** What the return to government is built from: the Cabinet paper's input and the return before it. */
export interface ReturnFileInput extends ThemeSummaryFileInput {
  /** The last period closed before this one, so the return can count the slips since the last return. */
  readonly previous?: { readonly label: string; readonly snapshot: PlanSnapshot };
}

/**
 * Builds the report files. The export layer implements it and loads exceljs and docx only when a
 * file is asked for; tests hand the app a stand-in.
 */
export interface ReportFiles {
  /** The monitoring tool as .xlsx bytes. */
  monitoringWorkbook(input: MonitoringFileInput): Promise<Uint8Array>;
  /** The theme progress summary for Cabinet as .docx bytes. */
  themeSummaryDocx(input: ThemeSummaryFileInput): Promise<Uint8Array>;
  /** The return to government (the ministry and the improvement panel) as .docx bytes. */
  returnToGovernmentDocx(input: ReturnFileInput): Promise<Uint8Array>;
}
