import { parseReferenceCode } from '../../domain';
import { isWords } from './headingRows';
import { IMPORT_FIELDS, normaliseHeading, suggestMapping, type ColumnMapping, type ImportField, type MappingSuggestion } from './mapping';
import type { Sheet } from './sheet';

/** Share of a column's filled cells that must be references for the column to be read as the reference. */
const CODE_SHARE = 0.8;

/** Whether a cell reads as a reference such as `5.3`, `LD.A1.1` or `2.4(b)`: no spaces (`March 2027` is not one), a digit, and the reference's form. */
function looksLikeCode(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 16 && /\d/.test(trimmed) && !/\s/.test(trimmed.replace(/\s*\([a-z]+\)$/i, '')) && parseReferenceCode(trimmed).ok;
}

function filled(sheet: Sheet, column: number): string[] {
  return sheet.rows.map((r) => r.cells[column] ?? '').filter((c) => c.trim() !== '');
}

/**
 * The column's cells on rows that hold more than that cell and are not a repeat of the headings,
 * leaving out words (`Programme description`): headings between a plan's tables stand alone on
 * their row or hold words where the reference goes.
 */
function onDataRows(sheet: Sheet, column: number): string[] {
  const headings = sheet.headers.map(normaliseHeading).join('|');
  return sheet.rows
    .filter((r) => r.cells.some((c, i) => i !== column && c.trim() !== '') && r.cells.map(normaliseHeading).join('|') !== headings)
    .map((r) => (r.cells[column] ?? '').trim().replace(/\s+/g, ' '))
    .filter((c) => c !== '' && !isWords(c));
}

/**
 * Suggests the mapping from the headings, then from the cells when the headings leave the
 * reference out: adopted plans head the reference and the action together (`ACTIONS:` over
 * `1.1 | Develop a statement of intent...`). A column whose cells are nearly all references
 * (headings between tables aside) becomes the reference; if its heading had made it the action, the action moves to the next
 * column to its right that holds text and no other field.
 */
export function suggestMappingForSheet(sheet: Sheet): MappingSuggestion {
  const suggestion = suggestMapping(sheet.headers);
  if (suggestion.mapping.code !== undefined) return suggestion;
  const codeColumn = sheet.headers.findIndex((_, column) => {
    const cells = onDataRows(sheet, column);
    return cells.length > 0 && cells.filter(looksLikeCode).length / cells.length >= CODE_SHARE;
  });
  if (codeColumn === -1) return suggestion;
  const mapping: ColumnMapping = {};
  for (const [field, column] of Object.entries(suggestion.mapping) as Array<[ImportField, number]>) if (column !== codeColumn) mapping[field] = column;
  mapping.code = codeColumn;
  if (suggestion.mapping.title === codeColumn) {
    const used = new Set(Object.values(mapping));
    const next = sheet.headers.findIndex((_, column) => column > codeColumn && !used.has(column) && filled(sheet, column).length > 0);
    if (next !== -1) mapping.title = next;
  }
  const used = new Set(Object.values(mapping));
  return {
    mapping,
    unmatchedColumns: sheet.headers.map((_, i) => i).filter((i) => !used.has(i) && sheet.headers[i].trim() !== ''),
    missingRequired: IMPORT_FIELDS.filter((f) => f.required && mapping[f.field] === undefined).map((f) => f.field)
  };
}
