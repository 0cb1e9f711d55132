import { parseReferenceCode } from '../../domain';
import { normaliseHeading, type ColumnMapping } from './mapping';
import type { ProblemLog } from './readRows';
import type { Sheet, SheetRow } from './sheet';

/** A programme's own heading in the reference column: `2. Engaged workforce`, `Programme 2: Engaged workforce`. */
const PROGRAMME_HEADING = /^(?:programme\s+)?(\d+)\s*[.:)–-]?\s+(\S.*)$/i;

/**
 * Tidies the rows a plan saved from Word carries between its tables: a repeat of the heading row
 * is left out; a programme heading in the reference column (`2. Engaged workforce`, nothing else
 * on the row) becomes the programme's own row (`2`, `Engaged workforce`); any other row holding
 * only text in the reference column (`Key aim 2: ...`) is left out with a warning that says so.
 */
export function withoutHeadingRows(sheet: Sheet, rows: readonly SheetRow[], mapping: ColumnMapping, log: ProblemLog): SheetRow[] {
  const codeColumn = mapping.code;
  const titleColumn = mapping.title;
  if (codeColumn === undefined || titleColumn === undefined) return [...rows];
  const headings = sheet.headers.map(normaliseHeading);
  const tidy: SheetRow[] = [];
  for (const row of rows) {
    if (headings.some((h) => h !== '') && row.cells.every((cell, i) => normaliseHeading(cell) === (headings[i] ?? ''))) continue;
    const code = (row.cells[codeColumn] ?? '').trim();
    const alone = code !== '' && row.cells.every((cell, i) => i === codeColumn || cell.trim() === '');
    // A reference has no spaces (bar `5.3 (b)`), and the reference parser drops them, so words must be caught first.
    const words = /\s/.test(code) && !/^[\w.]+\s*\([a-z]+\)$/i.test(code);
    if (!alone || (!words && parseReferenceCode(code).ok)) {
      tidy.push(row);
      continue;
    }
    const programme = PROGRAMME_HEADING.exec(code.replace(/\s+/g, ' '));
    if (programme) {
      tidy.push({ rowNumber: row.rowNumber, cells: row.cells.map((cell, i) => (i === codeColumn ? programme[1] : i === titleColumn ? programme[2].trim() : cell)) });
      continue;
    }
    log.add(row.rowNumber, 'code', `This row is read as a heading and skipped: it holds only "${code.replace(/\s+/g, ' ')}". If it is an action, give it a reference such as 5.3 and put its words in the action column.`, 'warning');
  }
  return tidy;
}
