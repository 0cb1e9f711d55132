import { parseReferenceCode, type IsoDate, type ParsedReferenceCode, type Person, type ProgressRating, type Result, type RiskRating } from '../../domain';
import { readCount, readPercent, readPerson, readPlanDate, readRating, readRiskRating, readStatus, type ReadDate, type ReadStatus } from './cellParsers';
import { readDateCell } from './dateCells';
import { importFieldInfo, type ColumnMapping, type ImportField } from './mapping';
import type { PlannedRow } from './plannedRows';
import { columnLetter, type Sheet } from './sheet';

/** One problem found by the dry run, tied to the row and column a person must look at. */
export interface ImportProblem {
  /** Row number in the file (as Excel shows it). */
  readonly row: number;
  /** Column heading as written in the file (or the field's name when no column holds it). */
  readonly column: string;
  /** Column letter in the file (`A`, `B`...), when the problem is in a column. */
  readonly columnLetter?: string;
  /** The field concerned. */
  readonly field?: ImportField;
  /** `error` stops the import; `warning` is reported and the import goes ahead. */
  readonly severity: 'error' | 'warning';
  /** What is wrong and what to do, in plain words. */
  readonly message: string;
}

/** A row's values, each read and checked on its own. Absent means the cell was empty or unreadable. */
export interface RowValues {
  readonly row: number;
  readonly code?: ParsedReferenceCode;
  readonly kindHint?: 'main' | 'sub' | 'assurance';
  readonly title?: string;
  readonly description?: string;
  readonly theme?: string;
  readonly workstream?: string;
  readonly lead?: Person;
  readonly start?: ReadDate;
  readonly due?: ReadDate;
  readonly currentDueDate?: IsoDate;
  readonly forecastDate?: IsoDate;
  readonly status?: ReadStatus;
  readonly rating?: ProgressRating;
  readonly riskRating?: RiskRating;
  readonly progressPercent?: number;
  readonly commentary?: string;
  readonly nextSteps?: string;
  readonly reprofileCount?: number;
  readonly closureRationale?: string;
  /** Whether the row had any error. */
  readonly hasError: boolean;
}

/** Reports problems against the file's own headings. */
export class ProblemLog {
  public readonly problems: ImportProblem[] = [];
  public constructor(private readonly sheet: Sheet, private readonly mapping: ColumnMapping) {}

  /** Records a problem in `field`'s column on `row`. */
  public add(row: number, field: ImportField, message: string, severity: 'error' | 'warning' = 'error'): void {
    const column = this.mapping[field];
    this.problems.push({
      row,
      column: column !== undefined ? this.sheet.headers[column] || `Column ${columnLetter(column)}` : importFieldInfo(field).label,
      ...(column !== undefined ? { columnLetter: columnLetter(column) } : {}),
      field,
      severity,
      message
    });
  }

  /** Whether `row` has an error so far. */
  public rowHasError(row: number): boolean {
    return this.problems.some((p) => p.row === row && p.severity === 'error');
  }
}

function readKind(text: string): 'main' | 'sub' | 'assurance' | undefined {
  const w = text.toLowerCase();
  if (w.includes('assurance')) return 'assurance';
  if (w.includes('sub')) return 'sub';
  if (w.includes('main') || w.includes('deliverable') || w === 'action') return 'main';
  return undefined;
}

/** Reads one row of the sheet (or one lettered item of it); problems go to `log`. */
export function readRow(row: PlannedRow, mapping: ColumnMapping, log: ProblemLog): RowValues {
  const cell = (field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : (row.cells[column] ?? '').trim();
  };
  const read = <T>(field: ImportField, parse: (text: string) => Result<T>): T | undefined => {
    const text = cell(field);
    if (text === '') return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    log.add(row.rowNumber, field, result.error);
    return undefined;
  };
  const text = (field: ImportField): string | undefined => cell(field) || undefined;

  const codeText = cell('code');
  let code: ParsedReferenceCode | undefined;
  if (codeText === '') log.add(row.rowNumber, 'code', 'The reference is missing. Every action needs a reference such as LC.A2.1 or 5.3(b).');
  else code = read('code', parseReferenceCode);

  const datePair = (dateField: ImportField, textField: ImportField, role: 'start' | 'due'): ReadDate | undefined => {
    const readCell = (field: ImportField): ReadDate | undefined => {
      const cellRead = read(field, (t) => readDateCell(t, role));
      const spansItems = cellRead?.several === true && row.datesSpanItems === true;
      if (cellRead?.warning !== undefined && !spansItems) log.add(row.rowNumber, field, cellRead.warning, 'warning');
      // An action's dates that only span its items keep no text of their own: each item keeps its line.
      if (spansItems && cellRead.value.date !== undefined) return { date: cellRead.value.date, ...(cellRead.value.marker !== undefined ? { marker: cellRead.value.marker } : {}) };
      return cellRead?.value;
    };
    const fromDate = readCell(dateField);
    const fromText = readCell(textField);
    if (fromDate === undefined && fromText === undefined) return undefined;
    const date = fromDate?.date ?? fromText?.date;
    const written = fromText?.text ?? fromDate?.text;
    const marker = fromText?.marker ?? fromDate?.marker;
    return { ...(date !== undefined ? { date } : {}), ...(written !== undefined ? { text: written } : {}), ...(marker !== undefined ? { marker } : {}) };
  };
  const dayOnly =
    (field: ImportField): ((t: string) => Result<IsoDate | undefined>) =>
    (t: string): Result<IsoDate | undefined> => {
      const parsed = readPlanDate(t, 'due');
      if (!parsed.ok) return parsed;
      if (parsed.value.date === undefined && field === 'currentDueDate') {
        return { ok: false, error: `"${t}" is not a date. The current due date must be a day or a period such as March 2026.` };
      }
      return { ok: true, value: parsed.value.date };
    };

  const values = {
    row: row.rowNumber,
    code,
    kindHint: cell('kind') ? readKind(cell('kind')) : undefined,
    title: text('title'),
    description: text('description'),
    theme: text('theme'),
    workstream: text('workstream'),
    lead: cell('lead') || cell('leadEmail') ? read('lead', (t) => readPerson(t, cell('leadEmail') || undefined)) ?? (cell('lead') === '' ? read('leadEmail', (t) => readPerson('', t)) : undefined) : undefined,
    start: datePair('startDate', 'startDateText', 'start'),
    due: datePair('dueDate', 'dueDateText', 'due'),
    currentDueDate: read('currentDueDate', dayOnly('currentDueDate')),
    forecastDate: read('forecastDate', dayOnly('forecastDate')),
    status: read('status', readStatus),
    rating: read('rating', readRating),
    riskRating: read('riskRating', readRiskRating),
    progressPercent: read('progress', readPercent),
    commentary: text('commentary'),
    nextSteps: text('nextSteps'),
    reprofileCount: read('reprofileCount', readCount),
    closureRationale: text('closureRationale')
  };
  return { ...values, hasError: log.rowHasError(row.rowNumber) };
}
