import type { ReportFiles } from '../application/periods';
import { buildMonitoringWorkbook } from './monitoring/monitoringWorkbook';
import { buildReturnDocx } from './returnToGovernment/returnDocx';
import { returnToGovernment } from './returnToGovernment/returnReport';
import { buildThemeSummaryDocx } from './themeSummary/themeSummaryDocx';
import { themeSummaryReport } from './themeSummary/themeSummaryReport';

/**
 * The report files the app offers for download. The app imports this module on demand, and the
 * builders load exceljs and docx on demand too, so none of them is in the first download.
 */
export const reportFiles: ReportFiles = {
  monitoringWorkbook: ({ plan, asOf, title }) => buildMonitoringWorkbook(plan, { asOf, title }),
  themeSummaryDocx: ({ plan, period, snapshot, preparedOn }) => buildThemeSummaryDocx(themeSummaryReport({ plan, period, snapshot, preparedOn })),
  returnToGovernmentDocx: ({ plan, period, snapshot, preparedOn, previous }) => buildReturnDocx(returnToGovernment({ plan, period, snapshot, preparedOn, ...(previous ? { previous } : {}) }))
};
