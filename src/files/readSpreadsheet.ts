import type { CellValue, Worksheet } from 'exceljs';
import { suggestMapping } from '../application/import/mapping';
import type { Sheet, SheetRow } from '../application/import/sheet';
import { readWordPlan } from './readWordPlan';
import { fileTooLarge } from '../application/import/writeLimits';

/** The file could not be read as a spreadsheet at all (as opposed to problems in its rows). */
export class SpreadsheetReadError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetReadError';
  }
}

/** Options for {@link readSpreadsheet}. */
export interface ReadSpreadsheetOptions {
  /** Worksheet to read; by default `All actions` when present (the monitoring tool), else the first. */
  readonly sheetName?: string;
}

/** How many rows from the top are searched for the heading row (councils put titles above it). */
const HEADER_SEARCH_ROWS = 10;

/** The module itself, whether the bundler hands it over directly or as `default`. */
function interop<T>(mod: T): T {
  const withDefault = mod as T & { default?: T };
  return withDefault.default ?? mod;
}

function isoFromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromUtc(value);
  if (typeof value === 'number') {
    if (numFmt !== undefined && numFmt.includes('%')) return `${Math.round(value * 10000) / 100}%`;
    return String(value);
  }
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText((value.result ?? null) as CellValue, numFmt);
  return '';
}

/** Picks the heading row: the row near the top whose cells read most like headings. */
function chooseHeaderRow(rows: ReadonlyArray<{ rowNumber: number; cells: string[] }>): number {
  let best = -1;
  let bestScore = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const found = Object.keys(suggestMapping(row.cells).mapping).length;
    if (found > bestScore) {
      best = index;
      bestScore = found;
    }
  });
  return best === -1 ? rows.findIndex((r) => r.cells.some((c) => c !== '')) : best;
}

function toSheet(fileName: string, sheetName: string, rows: Array<{ rowNumber: number; cells: string[] }>): Sheet {
  const headerIndex = chooseHeaderRow(rows);
  if (headerIndex === -1) throw new SpreadsheetReadError(`${fileName} has no rows to import: the ${sheetName === 'CSV' ? 'file' : `worksheet "${sheetName}"`} is empty. Choose the file (or worksheet) that holds the plan.`);
  const header = rows[headerIndex];
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1] === '') width -= 1;
  const body: SheetRow[] = rows
    .slice(headerIndex + 1)
    .map((r) => ({ rowNumber: r.rowNumber, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { fileName, sheetName, headerRowNumber: header.rowNumber, headers: header.cells.slice(0, width), rows: body };
}

function worksheetRows(sheet: Worksheet): Array<{ rowNumber: number; cells: string[] }> {
  const rows: Array<{ rowNumber: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value, cell.numFmt);
    });
    rows.push({ rowNumber, cells: Array.from({ length: cells.length }, (_, i) => cells[i] ?? '') });
  });
  return rows;
}

async function readXlsx(bytes: Uint8Array, fileName: string, options: ReadSpreadsheetOptions): Promise<Sheet> {
  const ExcelJS = interop(await import(/* webpackChunkName: 'exceljs' */ 'exceljs'));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetReadError(`${fileName} could not be opened as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook" and try again.`);
  }
  const wanted = options.sheetName;
  const sheet = wanted !== undefined ? workbook.getWorksheet(wanted) : workbook.getWorksheet('All actions') ?? workbook.worksheets[0];
  if (sheet === undefined) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new SpreadsheetReadError(wanted !== undefined ? `${fileName} has no worksheet called "${wanted}". It has ${names || 'no worksheets'}: choose one of them.` : `${fileName} has no worksheets. Open it in Excel, check the plan is on a worksheet, and save it again.`);
  }
  return toSheet(fileName, sheet.name, worksheetRows(sheet));
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Excel's plain "CSV" format saves in Windows-1252, not UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readCsv(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  const Papa = interop(await import(/* webpackChunkName: 'papaparse' */ 'papaparse'));
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false });
  const rows = parsed.data.map((record, index) => ({ rowNumber: index + 1, cells: record.map((c) => (c ?? '').trim()) }));
  return toSheet(fileName, 'CSV', rows);
}

async function readDocx(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  try {
    return await readWordPlan(bytes, fileName);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(fileName)) throw new SpreadsheetReadError(error.message);
    throw new SpreadsheetReadError(`${fileName} could not be opened as a Word document (.docx). Save it from Word as "Word Document" and try again.`);
  }
}

/**
 * Reads an .xlsx workbook (with exceljs) or a .csv file (with papaparse) into headings and rows
 * of text. Dates in Excel date cells come out as `YYYY-MM-DD`, percentage cells as `45%`; all
 * other text is kept as typed so the dry run can quote it back. The heading row is found among
 * the first ten rows, so a title above the table does no harm. Both libraries are loaded only
 * when a file is read, so they stay out of the main bundle. A Word document (.docx) is read by
 * its action tables (see {@link readWordPlan}).
 * @throws SpreadsheetReadError when the file is over the import's size limit, is not a spreadsheet or holds no rows
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, options: ReadSpreadsheetOptions = {}): Promise<Sheet> {
  const tooLarge = fileTooLarge(fileName, bytes.length);
  if (tooLarge) throw new SpreadsheetReadError(tooLarge);
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return readXlsx(bytes, fileName, options);
  if (extension === 'csv' || extension === 'txt') return readCsv(bytes, fileName);
  if (extension === 'docx') return readDocx(bytes, fileName);
  throw new SpreadsheetReadError(`${fileName} is not a file the import reads. Save the plan as an Excel workbook (.xlsx), as CSV (.csv) or as a Word document (.docx).`);
}
