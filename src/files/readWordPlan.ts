import { normaliseHeading, suggestMapping, type ImportField } from '../application/import/mapping';
import type { Sheet, SheetRow } from '../application/import/sheet';
import { readWordBlocks, type WordBlock } from './wordDocument';

/** Rows searched at the top of a table for its heading row. */
const HEADER_SEARCH_ROWS = 3;
/** The longest cell read as a heading. */
const MAX_HEADING_LENGTH = 60;
/** Fields that make a table an action table, besides the action itself. */
const ACTION_DETAIL_FIELDS: readonly ImportField[] = ['lead', 'startDate', 'dueDate', 'status', 'rating'];
/** A programme heading as adopted plans number them: `5. Financial sustainability`, `Programme 5: ...`. */
const PROGRAMME_HEADING = /^(?:programme\s+)?\d+\s*[.:)–-]\s*\S/i;

/** The column added for the numbered heading each table sits under; the import reads it as the programme. */
export const WORD_PROGRAMME_HEADING = 'Programme';
/** The column added for the (unnumbered) Word heading each table sits under; the import reads it as the theme. */
export const WORD_THEME_HEADING = 'Theme';

interface ActionTable {
  readonly index: number;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly heading?: string;
  /** Whether the heading is numbered (`5. Financial sustainability`), so names a programme. */
  readonly numbered: boolean;
}

/** The heading row of a table of actions: a row near the top naming the action and at least one detail of it. */
function headerRowOf(rows: ReadonlyArray<readonly string[]>): number {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i += 1) {
    // Headings are short: a long cell is text, however many heading words it happens to hold.
    const { mapping } = suggestMapping(rows[i].map((c) => (c.length > MAX_HEADING_LENGTH ? '' : c.replace(/\s+/g, ' '))));
    if ((mapping.title !== undefined || mapping.code !== undefined) && ACTION_DETAIL_FIELDS.some((f) => mapping[f] !== undefined)) return i;
  }
  return -1;
}

/**
 * The action tables, each with the heading above it: the last numbered heading (`5. Financial
 * sustainability`, a programme) once the document has one, else the last paragraph in a Word
 * heading style (`Leadership and Culture`, a theme). A styled heading such as "Action plan"
 * between a programme's heading and its table does not hide the programme.
 */
function actionTables(blocks: readonly WordBlock[]): ActionTable[] {
  const tables: ActionTable[] = [];
  let numbered: string | undefined;
  let styled: string | undefined;
  let tableIndex = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.replace(/\s+/g, ' ');
      if (PROGRAMME_HEADING.test(text)) numbered = text;
      else if (/^heading/i.test(block.style ?? '')) styled = text;
      continue;
    }
    tableIndex += 1;
    const at = headerRowOf(block.rows);
    if (at === -1) continue;
    const headers = block.rows[at].map((c) => c.replace(/\s+/g, ' ').trim());
    const heading = numbered ?? styled;
    tables.push({ index: tableIndex, headers, rows: block.rows.slice(at + 1), numbered: numbered !== undefined, ...(heading !== undefined ? { heading } : {}) });
  }
  return tables;
}

/** Where each column of `table` goes in the combined sheet: by heading, else by position when the widths match. */
function columnPlaces(headers: readonly string[], table: ActionTable): Array<number | undefined> {
  const keys = headers.map(normaliseHeading);
  return table.headers.map((h, i) => {
    const byName = normaliseHeading(h) !== '' ? keys.indexOf(normaliseHeading(h)) : -1;
    if (byName !== -1) return byName;
    return table.headers.length === headers.length ? i : undefined;
  });
}

function describeTables(tables: readonly ActionTable[]): string {
  const numbers = tables.map((t) => String(t.index));
  const list = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}` : numbers[0];
  return `Word table${numbers.length > 1 ? 's' : ''} ${list}`;
}

/**
 * Reads the action tables of an adopted plan in Word (.docx) as one sheet, so the import checks
 * and writes it as it does a spreadsheet. A table is an action table when a row near its top
 * reads like headings (`Action`, `Lead member/officer`, `Start date`, `End date`...); other tables
 * (programme descriptions, outcomes) are passed over. Later tables' columns are matched to the
 * first's by heading, or by position when they have as many columns. Each row takes the
 * numbered heading above its table (`5. Financial sustainability`) in a `Programme` column
 * (unless the tables have a workstream column), or, in a plan without numbered headings, the
 * Word heading above it (`Leadership and Culture`) in a `Theme` column (unless they have one).
 *
 * Rows are numbered through the action tables, the first table's heading row being row 1,
 * repeated heading rows and empty rows left out.
 * @throws Error when the document has no action table
 */
export async function readWordPlan(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  const tables = actionTables(await readWordBlocks(bytes));
  if (tables.length === 0) {
    throw new Error(`${fileName} has no table of actions: no table starts with headings such as Action, Lead officer, Start date and End date. Give the action table a heading row, or save the plan as a spreadsheet.`);
  }
  const headers = [...tables[0].headers];
  const { mapping } = suggestMapping(headers);
  const programmes = tables.some((t) => t.numbered);
  const withHeading = tables.some((t) => t.heading !== undefined) && (programmes ? mapping.workstream === undefined : mapping.theme === undefined);
  if (withHeading) headers.push(programmes ? WORD_PROGRAMME_HEADING : WORD_THEME_HEADING);
  const rows: SheetRow[] = [];
  let rowNumber = 1;
  for (const table of tables) {
    const places = columnPlaces(tables[0].headers, table);
    const headerKey = table.headers.map(normaliseHeading).join('|');
    for (const cells of table.rows) {
      if (cells.every((c) => c.trim() === '') || cells.map(normaliseHeading).join('|') === headerKey) continue;
      const row = headers.map(() => '');
      cells.forEach((cell, i) => {
        const place = places[i];
        if (place !== undefined) row[place] = row[place] === '' ? cell : `${row[place]}\n${cell}`;
      });
      // Only a row that starts an action names its programme, so a row carrying on the action above stays a continuation.
      if (withHeading && row[0].trim() !== '') row[headers.length - 1] = table.heading ?? '';
      rowNumber += 1;
      rows.push({ rowNumber, cells: row });
    }
  }
  return { fileName, sheetName: describeTables(tables), headerRowNumber: 1, headers, rows };
}
