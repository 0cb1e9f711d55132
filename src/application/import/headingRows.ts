import { normaliseHeading, type ColumnMapping } from './mapping';
import type { ProblemLog } from './readRows';
import type { Sheet, SheetRow } from './sheet';

/** A programme's own heading in the reference column: `2. Engaged workforce`, `Programme 2: Engaged workforce`. */
const PROGRAMME_HEADING = /^(?:programme\s+)?(\d+)\s*[.:)–-]?\s+(\S.*)$/i;

/**
 * Whether a reference cell holds words rather than a reference: two words of three letters or
 * more (`Key aim 1:`, `Programme description`), or one long word (`Outcomes`, `Interdependencies`)
 * longer than any theme code. `LC. A2` and `OC` stay references.
 */
export function isWords(cell: string): boolean {
  return /[A-Za-z]{3,} [A-Za-z]/.test(cell) || /^[A-Za-z]{7,}:?$/.test(cell);
}

/**
 * Tidies the rows a plan saved from Word carries between its tables: a repeat of the heading row
 * is left out; a programme heading in the reference column (`2. Engaged workforce`, nothing else
 * on the row) becomes the programme's own row (`2`, `Engaged workforce`); any other row whose
 * reference column holds words (`Key aim 2: ...`, `Programme description`, `Outcomes`) is left
 * out with a warning that says so.
 */
export function withoutHeadingRows(sheet: Sheet, rows: readonly SheetRow[], mapping: ColumnMapping, log: ProblemLog): SheetRow[] {
  const codeColumn = mapping.code;
  const titleColumn = mapping.title;
  if (codeColumn === undefined || titleColumn === undefined) return [...rows];
  const headings = sheet.headers.map(normaliseHeading);
  const tidy: SheetRow[] = [];
  for (const row of rows) {
    if (headings.some((h) => h !== '') && row.cells.every((cell, i) => normaliseHeading(cell) === (headings[i] ?? ''))) continue;
    const code = (row.cells[codeColumn] ?? '').trim().replace(/\s+/g, ' ');
    if (!isWords(code)) {
      tidy.push(row);
      continue;
    }
    const alone = row.cells.every((cell, i) => i === codeColumn || cell.trim() === '');
    const programme = alone ? PROGRAMME_HEADING.exec(code) : null;
    if (programme) {
      tidy.push({ rowNumber: row.rowNumber, cells: row.cells.map((cell, i) => (i === codeColumn ? programme[1] : i === titleColumn ? programme[2].trim() : cell)) });
      continue;
    }
    log.add(row.rowNumber, 'code', `This row is read as a heading and skipped: its reference column holds "${code.length > 60 ? `${code.slice(0, 57)}...` : code}", words rather than a reference. If it is an action, give it a reference such as 5.3 and put its words in the action column.`, 'warning');
  }
  return tidy;
}
