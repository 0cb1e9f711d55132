/**
 * Reading the files people bring: a spreadsheet (.xlsx or .csv) becomes the application's `Sheet`.
 * exceljs and papaparse live here, outside the application layer, and load only when a file is read.
 */
export * from './readSpreadsheet';
