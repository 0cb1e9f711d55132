import { parseReferenceCode } from '../../domain';
import { workstreamName } from './hierarchy';
import type { ColumnMapping } from './mapping';
import type { PlannedRow } from './plannedRows';

/** A programme of a plan numbered 1, 2, 3...: its name (from its own row or a programme column) and how many rows it has. */
export interface ProgrammeInfo {
  readonly name?: string;
  /** Row numbers in the file (a row split into lettered items counts once). */
  readonly rows: ReadonlySet<number>;
}

/**
 * The programmes of a file without a theme column whose references start with a number: each
 * programme's name from its own row (`5`, `Financial sustainability`), else from a programme or
 * workstream column (`5. Financial sustainability`), and its number of rows.
 */
export function programmesOf(rows: readonly PlannedRow[], mapping: ColumnMapping): Map<string, ProgrammeInfo> {
  const programmes = new Map<string, ProgrammeInfo>();
  if (mapping.theme !== undefined || mapping.code === undefined) return programmes;
  const cell = (row: PlannedRow, column: number | undefined): string => (column === undefined ? '' : (row.cells[column] ?? '').trim().replace(/\s+/g, ' '));
  for (const row of rows) {
    const parsed = parseReferenceCode(cell(row, mapping.code));
    if (!parsed.ok || !/^\d+$/.test(parsed.value.segments[0])) continue;
    const number = parsed.value.segments[0];
    const known = programmes.get(number);
    const own = parsed.value.segments.length === 1 ? cell(row, mapping.title) : '';
    const column = cell(row, mapping.workstream);
    const name = known?.name ?? (own || (column ? workstreamName(column, number) : '') || undefined);
    programmes.set(number, { rows: new Set([...(known?.rows ?? []), row.rowNumber]), ...(name !== undefined ? { name } : {}) });
  }
  return programmes;
}
