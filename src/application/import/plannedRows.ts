import { parseReferenceCode } from '../../domain';
import { cellLines } from './dateCells';
import { splitLetteredItems, startsWithLetteredItem, type LetteredText } from './letteredItems';
import type { ColumnMapping, ImportField } from './mapping';
import type { ProblemLog } from './readRows';
import type { SheetRow } from './sheet';

/** A row as the dry run reads it: a row of the file, or one lettered item of a row. */
export interface PlannedRow extends SheetRow {
  /** True for an action whose date cells hold one line per lettered item: its dates span them. */
  readonly datesSpanItems?: boolean;
}

/** Fields that may hold one line per lettered item (status and ratings are given for the whole action). */
const PER_ITEM_FIELDS: readonly ImportField[] = ['lead', 'leadEmail', 'startDate', 'startDateText', 'dueDate', 'dueDateText', 'currentDueDate', 'forecastDate'];
const DATE_FIELDS: ReadonlySet<ImportField> = new Set(['startDate', 'startDateText', 'dueDate', 'dueDateText', 'currentDueDate', 'forecastDate']);

function cellOf(row: SheetRow, mapping: ColumnMapping, field: ImportField): string {
  const column = mapping[field];
  return column === undefined ? '' : (row.cells[column] ?? '').trim();
}

/**
 * Gives a row coded only by its letter (`(b)`, as plans number sub-actions under their action) the
 * full code of the numbered action above it: `5.3(b)`.
 */
function withFullItemCodes(rows: readonly SheetRow[], mapping: ColumnMapping): SheetRow[] {
  const codeColumn = mapping.code as number;
  let action: string | undefined;
  return rows.map((row) => {
    const code = cellOf(row, mapping, 'code');
    const letter = /^\(([a-z]+)\)$/i.exec(code);
    if (letter && action !== undefined) return { rowNumber: row.rowNumber, cells: row.cells.map((cell, i) => (i === codeColumn ? `${action}(${letter[1].toLowerCase()})` : cell)) };
    const parsed = parseReferenceCode(code);
    if (parsed.ok) action = parsed.value.subLetter !== undefined ? parsed.value.parentCode : parsed.value.code;
    return row;
  });
}

/**
 * Joins rows that carry on the action above: no reference, and either no action text or text
 * starting with a lettered item. Word tables of adopted plans put a sub-action's dates, or the
 * next items, on rows of their own below the action; each cell is added as new lines (a theme or
 * workstream the row repeats is not).
 */
function joinContinuationRows(rows: readonly SheetRow[], mapping: ColumnMapping): SheetRow[] {
  const lineColumns = new Set([...PER_ITEM_FIELDS, 'title' as const].map((f) => mapping[f]).filter((c): c is number => c !== undefined));
  const joined: SheetRow[] = [];
  for (const row of rows) {
    const previous = joined[joined.length - 1];
    const title = cellOf(row, mapping, 'title');
    const continues = previous !== undefined && cellOf(row, mapping, 'code') === '' && (title === '' || startsWithLetteredItem(title));
    if (!continues) {
      joined.push(row);
      continue;
    }
    const cells = previous.cells.map((cell, i) => {
      const more = (row.cells[i] ?? '').trim();
      // A theme or workstream repeated on the continuation row says nothing new; item lines always count.
      const repeated = !lineColumns.has(i) && cellLines(cell).includes(more);
      return more === '' || repeated ? cell : cell === '' ? more : `${cell}\n${more}`;
    });
    joined[joined.length - 1] = { rowNumber: previous.rowNumber, cells };
  }
  return joined;
}

/** Cells by column for each item, and for the action itself where its cell has a line of its own. */
interface SplitCells {
  readonly byItem: ReadonlyArray<ReadonlyMap<number, string>>;
  readonly action: ReadonlyMap<number, string>;
}

/**
 * What to give each item from a cell: its own line when there is one per item; when there is one
 * more line than items, the first is the action's own (as a plan dates the action, then each
 * item); otherwise the whole cell.
 */
function perItemCells(row: SheetRow, mapping: ColumnMapping, items: number, log: ProblemLog, code: string): SplitCells {
  const byItem = Array.from({ length: items }, () => new Map<number, string>());
  const action = new Map<number, string>();
  for (const field of PER_ITEM_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const lines = cellLines(row.cells[column] ?? '');
    if (lines.length === 0) continue;
    if (lines.length === items + 1 && items > 1) {
      action.set(column, lines[0]);
      byItem.forEach((cells, i) => cells.set(column, lines[i + 1]));
      continue;
    }
    const eachOwn = lines.length === items;
    if (!eachOwn && lines.length > 1) {
      log.add(
        row.rowNumber,
        field,
        `This cell has ${lines.length} lines but action ${code} has ${items} lettered items, so every item is given the whole cell. Put one line per item, in the order of the items (or the action's own first), to give each its own.`,
        'warning'
      );
    }
    byItem.forEach((cells, i) => cells.set(column, eachOwn ? lines[i] : DATE_FIELDS.has(field) ? lines.join('\n') : lines.join(', ')));
  }
  return { byItem, action };
}

/** The action's own row and one row per lettered item, coded `N.M(a)`, `N.M(b)`... */
function itemRows(row: SheetRow, mapping: ColumnMapping, split: LetteredText, code: string, log: ProblemLog): PlannedRow[] {
  const codeColumn = mapping.code as number;
  const titleColumn = mapping.title as number;
  const { byItem, action } = perItemCells(row, mapping, split.items.length, log, code);
  const leadColumn = mapping.lead;
  const leadLines = leadColumn !== undefined ? cellLines(row.cells[leadColumn] ?? '') : [];
  const parentCells = row.cells.map((cell, i) => (i === titleColumn ? split.intro || split.items[0].text : action.get(i) ?? (i === leadColumn && leadLines.length > 1 ? leadLines[0] : cell)));
  if (leadColumn !== undefined && leadLines.length === split.items.length && new Set(leadLines).size > 1) {
    log.add(row.rowNumber, 'lead', `Action ${code} is led by the first lead named (${leadLines[0]}); each lettered item keeps the lead on its own line. Name the action's lead on the first line if another is meant.`, 'warning');
  }
  const parent: PlannedRow = { rowNumber: row.rowNumber, cells: parentCells, datesSpanItems: true };
  const items = split.items.map((item, i): PlannedRow => ({
    rowNumber: row.rowNumber,
    cells: row.cells.map((cell, column) => (column === codeColumn ? `${code}(${item.letter})` : column === titleColumn ? item.text : byItem[i].get(column) ?? cell))
  }));
  return [parent, ...items];
}

/**
 * The rows the dry run reads: rows coded `(b)` given their action's code (`5.3(b)`), continuation
 * rows joined to the action above them, then each
 * action whose text holds lettered items `(a)`, `(b)`... split into the action and one
 * sub-action per item, coded `5.3(a)`, `5.3(b)`, each with its own line of the date and lead
 * cells when those hold one line per item. An action is left whole when the file has a
 * row of its own for any of its lettered codes.
 */
export function plannedRows(rows: readonly SheetRow[], mapping: ColumnMapping, log: ProblemLog): PlannedRow[] {
  if (mapping.code === undefined || mapping.title === undefined) return [...rows];
  const joined = joinContinuationRows(withFullItemCodes(rows, mapping), mapping);
  const codes = new Set(joined.map((r) => cellOf(r, mapping, 'code')).map((c) => parseReferenceCode(c)).flatMap((p) => (p.ok ? [p.value.code] : [])));
  return joined.flatMap((row) => {
    const parsed = parseReferenceCode(cellOf(row, mapping, 'code'));
    if (!parsed.ok || parsed.value.subLetter !== undefined) return [row];
    const split = splitLetteredItems(row.cells[mapping.title as number] ?? '');
    if (split === undefined || split.items.some((item) => codes.has(`${parsed.value.code}(${item.letter})`))) return [row];
    return itemRows(row, mapping, split, parsed.value.code, log);
  });
}
