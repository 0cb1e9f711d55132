/**
 * Reading the files people bring: a spreadsheet (.xlsx or .csv), or the action tables of a Word
 * plan (.docx), becomes the application's `Sheet`. exceljs, papaparse, jszip and saxes live here,
 * outside the application layer, and load only when a file is read.
 */
export * from './readSpreadsheet';
export * from './readWordPlan';
