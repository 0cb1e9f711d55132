/**
 * Which spreadsheet column holds which part of an action, and a guess at it from the headings.
 */

/** The parts of an action an import can fill. */
export type ImportField =
  | 'code'
  | 'kind'
  | 'title'
  | 'description'
  | 'theme'
  | 'workstream'
  | 'lead'
  | 'leadEmail'
  | 'startDate'
  | 'startDateText'
  | 'dueDate'
  | 'currentDueDate'
  | 'dueDateText'
  | 'reprofileCount'
  | 'forecastDate'
  | 'status'
  | 'rating'
  | 'riskRating'
  | 'progress'
  | 'commentary'
  | 'nextSteps'
  | 'closureRationale';

/** What the mapping screen shows for a field. */
export interface ImportFieldInfo {
  /** The field. */
  readonly field: ImportField;
  /** Name shown to people, e.g. `'Lead officer'`. */
  readonly label: string;
  /** Whether an import cannot run without a column for it. */
  readonly required: boolean;
  /** What the column should hold. */
  readonly help: string;
  /** Headings that mean this field, normalised (lower case, letters, digits and single spaces). */
  readonly headings: readonly string[];
}

/** Every importable field, in the order the mapping screen lists them. */
export const IMPORT_FIELDS: readonly ImportFieldInfo[] = [
  { field: 'code', label: 'Reference', required: true, help: 'The action reference, such as OC.A2.1 or 5.3(b).', headings: ['reference', 'ref', 'ref no', 'reference number', 'code', 'action code', 'action reference', 'action ref', 'action no', 'action number', 'id', 'no'] },
  { field: 'kind', label: 'Level', required: false, help: 'Main action, sub-action or assurance action. Worked out from the reference when absent.', headings: ['level', 'kind', 'type', 'action type', 'action level'] },
  { field: 'title', label: 'Action', required: true, help: 'The short title of the action.', headings: ['action', 'title', 'action title', 'actions', 'deliverable', 'deliverables', 'task', 'milestone action', 'key action', 'action name'] },
  { field: 'description', label: 'Description', required: false, help: 'The full wording of the action.', headings: ['description', 'detail', 'details', 'action description', 'full description'] },
  { field: 'theme', label: 'Theme', required: false, help: 'The theme code or name. Worked out from the reference when absent.', headings: ['theme', 'theme name', 'theme code', 'aim', 'best value theme', 'priority'] },
  { field: 'workstream', label: 'Workstream', required: false, help: 'The workstream, area of focus or programme name.', headings: ['workstream', 'workstream name', 'work stream', 'area of focus', 'programme', 'work package', 'focus area'] },
  { field: 'lead', label: 'Lead officer', required: false, help: 'The lead officer: a name, a post title or an e-mail address.', headings: ['lead', 'lead officer', 'action lead', 'owner', 'action owner', 'responsible officer', 'lead member officer', 'responsible', 'accountable officer', 'officer'] },
  { field: 'leadEmail', label: 'Lead e-mail', required: false, help: 'The lead officer\u2019s e-mail address.', headings: ['lead email', 'lead e mail', 'email', 'e mail', 'owner email', 'lead officer email'] },
  { field: 'startDate', label: 'Start date', required: false, help: 'When work starts: a day, a month, "Commenced" and so on.', headings: ['start', 'start date', 'date started', 'commencement', 'commencement date', 'from'] },
  { field: 'startDateText', label: 'Start date (as written)', required: false, help: 'The start date exactly as the plan words it.', headings: ['start date as written', 'start as written'] },
  { field: 'dueDate', label: 'Due date', required: false, help: 'The date first agreed: a day, "March 2026", "May/June 2026", "Q3 2026/27", "Ongoing"...', headings: ['due', 'due date', 'end', 'end date', 'target', 'target date', 'deadline', 'completion date', 'target completion', 'target completion date', 'by when', 'timescale', 'baseline due date', 'baseline date', 'original due date', 'original date'] },
  { field: 'currentDueDate', label: 'Current due date', required: false, help: 'The due date in force after approved reprofiles.', headings: ['current due date', 'revised date', 'revised due date', 'reprofiled date', 'new due date', 'current date'] },
  { field: 'dueDateText', label: 'Due date (as written)', required: false, help: 'The due date exactly as the plan words it.', headings: ['due date as written', 'due as written'] },
  { field: 'reprofileCount', label: 'Times reprofiled', required: false, help: 'How many times change control has moved the due date.', headings: ['times reprofiled', 'reprofiles', 'number of reprofiles', 'reprofile count'] },
  { field: 'forecastDate', label: 'Forecast completion', required: false, help: 'When the lead expects to finish.', headings: ['forecast', 'forecast date', 'forecast completion', 'expected completion', 'expected date'] },
  { field: 'status', label: 'Status', required: false, help: 'Not started, In progress, On hold, Complete or Closed.', headings: ['status', 'progress status', 'delivery status', 'current status', 'action status'] },
  { field: 'rating', label: 'Progress rating', required: false, help: 'Red, Amber, Green, Complete (Blue), Not started, On hold or Closed.', headings: ['rag', 'rag status', 'rag rating', 'rating', 'progress rating', 'brag', 'brag status', 'status rating', 'progress status rating'] },
  { field: 'riskRating', label: 'Risk rating', required: false, help: 'Red, Amber or Green.', headings: ['risk', 'risk rating', 'risk rag'] },
  { field: 'progress', label: '% complete', required: false, help: 'A percentage from 0 to 100, such as 45%.', headings: ['progress', 'complete', 'percent complete', 'percentage complete', 'progress percent', 'progress percentage', 'pct complete'] },
  { field: 'commentary', label: 'Commentary', required: false, help: 'The latest progress commentary.', headings: ['commentary', 'progress commentary', 'comments', 'comment', 'update', 'progress update', 'latest update', 'narrative', 'notes'] },
  { field: 'nextSteps', label: 'Next steps', required: false, help: 'What happens next.', headings: ['next steps', 'next step', 'next actions', 'actions next period'] },
  { field: 'closureRationale', label: 'Closure rationale', required: false, help: 'Why a closed action was closed.', headings: ['closure rationale', 'reason for closure', 'closure reason', 'rationale for closure'] }
];

/** The information about one field. */
export function importFieldInfo(field: ImportField): ImportFieldInfo {
  return IMPORT_FIELDS.find((f) => f.field === field) as ImportFieldInfo;
}

/** Field to 0-based column position. A field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A suggested mapping and what it could not place. */
export interface MappingSuggestion {
  /** Field to column position. */
  readonly mapping: ColumnMapping;
  /** Positions of columns no field was matched to (they will be ignored). */
  readonly unmatchedColumns: readonly number[];
  /** Required fields no column was found for. */
  readonly missingRequired: readonly ImportField[];
}

/** Lower case, `%` spelt out, every other run of non-letters a single space. */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/\be-?mail\b/g, 'email')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * How well a heading matches a field: 100 for a known heading, 80 for a known heading with a
 * typo or two, 60 when the heading contains a known heading as whole words (`Lead officer
 * (name)`), otherwise 0.
 */
function score(heading: string, info: ImportFieldInfo): number {
  const h = normaliseHeading(heading);
  if (h === '') return 0;
  if (info.headings.includes(h)) return 100;
  if (h.length >= 6 && info.headings.some((k) => k.length >= 6 && distance(h, k) <= (k.length >= 12 ? 2 : 1))) return 80;
  const padded = ` ${h} `;
  const contained = info.headings.filter((k) => k.length >= 4 && padded.includes(` ${k} `));
  return contained.length ? 50 + Math.min(10, Math.max(...contained.map((k) => k.length)) / 2) : 0;
}

/**
 * Suggests which column holds which field from the headings (`Ref`, `Reference`, `Action`,
 * `Lead Officer`, `Target date`, `End date`, `RAG`, `Status`, `% complete`...). Each field takes
 * at most one column and each column at most one field; the strongest matches are placed first.
 * People confirm or change the suggestion before the import runs.
 */
export function suggestMapping(headers: readonly string[]): MappingSuggestion {
  const candidates: Array<{ field: ImportField; column: number; score: number }> = [];
  headers.forEach((heading, column) => {
    for (const info of IMPORT_FIELDS) {
      const s = score(heading, info);
      if (s > 0) candidates.push({ field: info.field, column, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  const unmatchedColumns = headers.map((_, i) => i).filter((i) => !used.has(i) && headers[i].trim() !== '');
  const missingRequired = IMPORT_FIELDS.filter((f) => f.required && mapping[f.field] === undefined).map((f) => f.field);
  return { mapping, unmatchedColumns, missingRequired };
}
