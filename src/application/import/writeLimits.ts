/**
 * SharePoint's limits, checked in the dry run before anything is written, so that a file the
 * import cannot write is refused with the row, the column and the limit, instead of failing
 * part-way through the write.
 *
 * - A single line of text holds at most 255 characters (SharePoint's `MaxLength` for a Text
 *   column cannot be set higher).
 * - SharePoint reads at most 1,048,576 bytes of one request body (it answers "The maximum number
 *   of bytes allowed to be read from the stream has been exceeded" beyond it; larger batches have
 *   been accepted up to 2 MB, so the smaller figure is the safe one). The import sends 20 rows per
 *   `$batch` (PnPjs's default chunk, well under SharePoint's 100 operations), so one row may carry
 *   at most a twentieth of that, less the batch's own framing.
 * - The file itself: at most 10 MB and 5,000 rows of actions. Each action gets its own
 *   permissions in SharePoint (its progress item), and SharePoint advises no more than 5,000
 *   such scopes per list; an improvement plan runs to hundreds of actions, not tens of thousands.
 */
import { importFieldInfo, type ColumnMapping, type ImportField } from './mapping';
import type { ProblemLog } from './readRows';
import type { Sheet, SheetRow } from './sheet';

/** SharePoint's most characters in a single line of text. */
export const SINGLE_LINE_TEXT_MAX = 255;

/** The most bytes SharePoint has been seen to read from one request body. */
export const REQUEST_BODY_MAX_BYTES = 1_048_576;

/** Rows the import writes in one `$batch` request. */
export const ROWS_PER_BATCH = 20;

/** The most text one row may carry: its share of a request, with a fifth kept for JSON escaping and framing. */
export const ROW_TEXT_MAX_BYTES = Math.floor((REQUEST_BODY_MAX_BYTES / ROWS_PER_BATCH) * 0.8);

/** Largest file the import reads. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** Most rows of actions in one file. */
export const IMPORT_ROWS_MAX = 5000;

/** Fields written to single-line text columns (codes, titles, names, dates as written). */
const SINGLE_LINE_FIELDS: readonly ImportField[] = ['code', 'title', 'theme', 'workstream', 'lead', 'leadEmail', 'startDateText', 'dueDateText'];

const number = (n: number): string => n.toLocaleString('en-GB');
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** The file's size against the cap, before it is parsed; a message when it is too large. */
export function fileTooLarge(fileName: string, bytes: number): string | undefined {
  if (bytes <= IMPORT_FILE_MAX_BYTES) return undefined;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${fileName} is ${mb(bytes)}; the import reads files of at most ${mb(IMPORT_FILE_MAX_BYTES)} (${number(IMPORT_ROWS_MAX)} actions at most). Remove columns the plan does not need, or split the file by theme.`;
}

/** The sheet's row count against the cap; a message naming the first row past it. */
export function tooManyRows(sheet: Sheet): string | undefined {
  if (sheet.rows.length <= IMPORT_ROWS_MAX) return undefined;
  const first = sheet.rows[IMPORT_ROWS_MAX].rowNumber;
  return (
    `${sheet.fileName} has ${number(sheet.rows.length)} rows of actions; the import takes at most ${number(IMPORT_ROWS_MAX)} ` +
    `(each action gets its own permissions in SharePoint, which advises no more than ${number(IMPORT_ROWS_MAX)} per list). ` +
    `Row ${number(first)} is the first past the limit. Split the file by theme and import each part.`
  );
}

/** Records, against the row and column, every cell and row that SharePoint could not take. */
export function checkRowLimits(row: SheetRow, mapping: ColumnMapping, log: ProblemLog): void {
  const cellOf = (field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : (row.cells[column] ?? '').trim();
  };
  for (const field of SINGLE_LINE_FIELDS) {
    const length = cellOf(field).length;
    if (length > SINGLE_LINE_TEXT_MAX) {
      log.add(
        row.rowNumber,
        field,
        `${importFieldInfo(field).label} is ${number(length)} characters; SharePoint keeps at most ${SINGLE_LINE_TEXT_MAX} in a single line of text. Shorten it (longer wording belongs in the description or commentary).`
      );
    }
  }
  const fields = (Object.keys(mapping) as ImportField[]).filter((f) => mapping[f] !== undefined);
  const sizes = fields.map((field) => ({ field, bytes: utf8Bytes(cellOf(field)) }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  if (total > ROW_TEXT_MAX_BYTES) {
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    log.add(
      row.rowNumber,
      largest.field,
      `This row holds ${number(total)} bytes of text, more than the ${number(ROW_TEXT_MAX_BYTES)} one row may carry (SharePoint reads at most ${number(REQUEST_BODY_MAX_BYTES)} bytes per request, and the import sends ${ROWS_PER_BATCH} rows in each). ` +
        `Shorten ${importFieldInfo(largest.field).label} (${number(largest.bytes)} bytes).`
    );
  }
}
