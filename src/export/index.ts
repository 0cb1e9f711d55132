/**
 * Exports: the monitoring tool (.xlsx), the theme progress summary for Cabinet and the return to
 * government (.docx), and the print stylesheet. The builders load exceljs and docx with dynamic `import()`, so bundlers put
 * those libraries in their own chunks, fetched only when someone exports.
 */
export * from './monitoring/columns';
export * from './monitoring/monitoringWorkbook';
export * from './themeSummary/themeSummaryReport';
export * from './themeSummary/themeSummaryDocx';
export * from './returnToGovernment/returnReport';
export * from './returnToGovernment/returnDocx';
export * from './print/printStyles';
export * from './reportFiles';
export * from './businessCases/businessCasesDocx';
