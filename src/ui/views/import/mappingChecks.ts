import { IMPORT_FIELDS, columnLetter, type ColumnMapping, type ImportField } from '../../../application/import';
import { strings } from '../../loc/strings';

/**
 * What is wrong with a column mapping, field by field, in words shown under the field: a
 * required field with no column, or a column chosen for two fields (the dry run would read the
 * same cell twice, which is never what someone meant).
 */
export function mappingProblems(mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const problems: Partial<Record<ImportField, string>> = {};
  for (const info of IMPORT_FIELDS) {
    const column = mapping[info.field];
    if (column === undefined) {
      if (info.required) problems[info.field] = strings.imports.missingRequired(info.label);
      continue;
    }
    const other = IMPORT_FIELDS.find((f) => f.field !== info.field && mapping[f.field] === column);
    if (other) problems[info.field] = strings.imports.sharedColumn(columnLetter(column), other.label);
  }
  return problems;
}

/** The columns with a heading that no field takes, as `C: Notes`, for the "not imported" line. */
export function ignoredColumns(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.flatMap((heading, i) => (heading.trim() !== '' && !used.has(i) ? [strings.imports.column(columnLetter(i), heading)] : []));
}
