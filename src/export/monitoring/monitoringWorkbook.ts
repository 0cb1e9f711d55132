import type { Worksheet } from 'exceljs';
import { sortByCode, type Action, type IsoDate, type Theme, type Workstream } from '../../domain';
import { MONITORING_COLUMNS, type MonitoringCell, type MonitoringContext } from './columns';

/** The parts of a plan the monitoring tool lists (a `Plan` will do). */
export interface MonitoringPlan {
  readonly themes: readonly Theme[];
  readonly workstreams: readonly Workstream[];
  readonly actions: readonly Action[];
}

/** Options for {@link buildMonitoringWorkbook}. */
export interface MonitoringWorkbookOptions {
  /** Rate actions that carry no stored rating as at this day; left blank otherwise. */
  readonly asOf?: IsoDate;
  /** Workbook title (document properties). */
  readonly title?: string;
  /** Author recorded in the document properties. */
  readonly creator?: string;
}

/** Light fills behind rating words (the word is always there, so colour is never the only cue). */
const RATING_FILLS: Readonly<Record<string, string>> = { Red: 'FFF4CCCC', Amber: 'FFFCE4D6', Green: 'FFE2EFDA', Complete: 'FFDDEBF7' };

/** A worksheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Theme';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

// exceljs writes an empty cell for null (its API's own empty value), never for undefined.
// eslint-disable-next-line @rushstack/no-new-null
function cellValue(cell: MonitoringCell): string | number | Date | null {
  if (cell === undefined) return null;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return cell.percent;
}

function fillSheet(sheet: Worksheet, actions: readonly Action[], context: MonitoringContext): void {
  sheet.columns = MONITORING_COLUMNS.map((c) => ({ header: c.heading, key: c.heading, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const action of actions) {
    const cells = MONITORING_COLUMNS.map((c) => c.value(action, context));
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      if (cell !== undefined && typeof cell === 'object') target.numFmt = 'date' in cell ? 'dd/mm/yyyy' : '0%';
      const fill = typeof cell === 'string' ? RATING_FILLS[cell] : undefined;
      if (fill && MONITORING_COLUMNS[i].heading.endsWith('rating')) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: MONITORING_COLUMNS.length } };
}

/**
 * The monitoring tool as an .xlsx workbook: an "All actions" sheet, then one sheet per theme,
 * each with a frozen, filterable heading row and every action in code order. Its columns are the
 * ones the importer maps automatically, so the file can be edited offline and imported back.
 * exceljs is loaded only when this runs, so it stays in its own chunk.
 */
export async function buildMonitoringWorkbook(plan: MonitoringPlan, options: MonitoringWorkbookOptions = {}): Promise<Uint8Array> {
  const mod = await import(/* webpackChunkName: 'exceljs' */ 'exceljs');
  const ExcelJS = ((mod as unknown as { default?: typeof mod }).default ?? mod) as typeof mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Improvement Plan Tracker';
  workbook.title = options.title ?? 'Improvement Plan monitoring tool';
  const context: MonitoringContext = {
    themes: new Map(plan.themes.map((t) => [t.code, t])),
    workstreams: new Map(plan.workstreams.map((w) => [w.code, w])),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {})
  };
  const actions = sortByCode(plan.actions);
  const taken = new Set<string>();
  fillSheet(workbook.addWorksheet(sheetName('All actions', taken)), actions, context);
  for (const theme of [...plan.themes].sort((a, b) => a.order - b.order)) {
    fillSheet(workbook.addWorksheet(sheetName(theme.name, taken)), actions.filter((a) => a.themeCode === theme.code), context);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
