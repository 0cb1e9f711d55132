import {
  DEFAULT_RAG_POLICY,
  explainRating,
  formatUkDate,
  normaliseReferenceCode,
  rateAction,
  type Action,
  type ActionKind,
  type ActionStatus,
  type IsoDate,
  type ParsedReferenceCode,
  type RagPolicy,
  type Theme,
  type Workstream
} from '../../domain';
import { actionAsDraft, compact, diffAction } from './actionDiff';
import { actionParentCode, byDepthThenCode, codeDepth, workstreamName } from './hierarchy';
import { importFieldInfo, type ColumnMapping } from './mapping';
import type { ActionDraft, ActionDraftChanges, ImportOperation, ThemeDraft } from './operations';
import { ProblemLog, readRow, type ImportProblem, type RowValues } from './readRows';
import { checkRowLimits, IMPORT_ROWS_MAX, tooManyRows } from './writeLimits';
import type { Sheet } from './sheet';
import { ThemeResolver, type KnownTheme } from './themeResolver';

/** What the import compares the file with: the plan as it stands (a `Plan` will do). */
export interface ExistingPlan {
  readonly themes: readonly Theme[];
  readonly workstreams: readonly Workstream[];
  readonly actions: readonly Action[];
}

/** An empty plan, for a first import. */
export const EMPTY_PLAN: ExistingPlan = { themes: [], workstreams: [], actions: [] };

/** Options for {@link planImport}. */
export interface PlanImportOptions {
  /** Themes to create with the import (with their codes), besides those in the plan. */
  readonly themes?: readonly ThemeDraft[];
  /** Create a theme for any theme name the plan does not know, instead of reporting it. */
  readonly createMissingThemes?: boolean;
  /** Policy used to rate actions the file gives no rating for. */
  readonly policy?: RagPolicy;
}

/** Counts for the dry-run summary. */
export interface ImportSummary {
  readonly rowsRead: number;
  readonly actionsToCreate: number;
  readonly actionsToUpdate: number;
  readonly actionsUnchanged: number;
  readonly themesToCreate: number;
  readonly workstreamsToCreate: number;
  readonly workstreamsToRename: number;
  /** Rows holding only a theme code (headings), which are not imported. */
  readonly headingRowsSkipped: number;
  readonly errors: number;
  readonly warnings: number;
}

/** The dry run: every problem by row and column, and the writes the import would make. */
export interface ImportPlan {
  readonly fileName: string;
  /** Problems in row order, then column order. */
  readonly problems: readonly ImportProblem[];
  /** Writes in order; only rows without errors contribute. */
  readonly operations: readonly ImportOperation[];
  readonly summary: ImportSummary;
  /** True when there are no errors (warnings allowed). */
  readonly canImport: boolean;
}

interface ActionRow {
  readonly values: RowValues;
  readonly code: string;
  readonly parsed: ParsedReferenceCode;
  readonly theme: KnownTheme;
  readonly depth: number;
}

interface ActionPlace {
  readonly themeCode: string;
  readonly workstreamCode: string;
  readonly row?: number;
}

interface WorkstreamInfo {
  readonly code: string;
  readonly themeCode: string;
  name?: string;
  readonly firstRow: number;
}

/** Planning state shared by the steps of one dry run. */
class Planner {
  public readonly log: ProblemLog;
  public readonly resolver: ThemeResolver;
  public readonly existingActions: Map<string, Action>;
  public readonly existingWorkstreams: Map<string, Workstream>;
  public readonly codeById: Map<string, string>;
  public readonly workstreams = new Map<string, WorkstreamInfo>();
  public readonly themesUsed = new Map<string, number>();
  public unchanged = 0;

  public constructor(public readonly sheet: Sheet, public readonly mapping: ColumnMapping, existing: ExistingPlan, options: PlanImportOptions) {
    this.log = new ProblemLog(sheet, mapping);
    this.resolver = new ThemeResolver(existing.themes, options.themes ?? [], options.createMissingThemes === true);
    this.existingActions = new Map(existing.actions.map((a) => [normaliseReferenceCode(a.code), a]));
    this.existingWorkstreams = new Map(existing.workstreams.map((w) => [normaliseReferenceCode(w.code), w]));
    this.codeById = new Map(existing.actions.map((a) => [a.id, normaliseReferenceCode(a.code)]));
  }

  /** The theme of a row, or undefined after reporting why not. */
  public themeOf(values: RowValues, parsed: ParsedReferenceCode): KnownTheme | undefined {
    const first = parsed.segments[0];
    const fromCode = this.resolver.byThemeCode(first);
    if (values.theme === undefined) {
      const parent = parsed.parentCode !== undefined ? this.existingActions.get(parsed.parentCode) : undefined;
      const found = fromCode ?? (parent ? this.resolver.byThemeCode(parent.themeCode) : undefined);
      if (!found) this.log.add(values.row, 'theme', `The theme is missing, and the reference ${parsed.code} does not start with a theme code the plan knows. Give the theme's name or code.`);
      return found;
    }
    const named = this.resolver.find(values.theme) ?? this.resolver.create(values.theme, /^[A-Z]+$/.test(first) && parsed.segments.length > 1 ? first : undefined);
    if (!named) {
      this.log.add(values.row, 'theme', `"${values.theme}" is not one of the plan's themes (${this.resolver.describe()}). Correct the spelling, or add the theme to the plan first.`);
      return undefined;
    }
    if (fromCode && fromCode.code !== named.code) {
      this.log.add(values.row, 'theme', `The reference ${parsed.code} starts with theme code ${fromCode.code} (${fromCode.name}), but this row names ${named.code} (${named.name}). Correct one of them.`);
      return undefined;
    }
    return named;
  }

  /** Notes a workstream the file uses; reports a workstream filed under two themes. */
  public useWorkstream(code: string, themeCode: string, row: number, name: string | undefined): boolean {
    const existing = this.existingWorkstreams.get(code);
    if (existing && normaliseReferenceCode(existing.themeCode) !== themeCode) {
      this.log.add(row, 'theme', `Workstream ${code} belongs to theme ${existing.themeCode} in the plan, but this row puts it under ${themeCode}.`);
      return false;
    }
    const info = this.workstreams.get(code) ?? { code, themeCode, firstRow: row };
    if (info.themeCode !== themeCode) {
      this.log.add(row, 'theme', `Workstream ${code} is under theme ${info.themeCode} on row ${info.firstRow}, but under ${themeCode} here.`);
      return false;
    }
    if (name !== undefined && info.name !== undefined && info.name !== name) {
      this.log.add(row, 'workstream', `Workstream ${code} is called "${info.name}" on an earlier row but "${name}" here; the first name is used.`, 'warning');
    } else if (name !== undefined) info.name = name;
    this.workstreams.set(code, info);
    return true;
  }
}

function defaultStatus(values: RowValues, today: IsoDate): ActionStatus {
  if (values.status) return values.status.status;
  const rating = values.rating;
  if (rating === 'Complete' || rating === 'NotStarted' || rating === 'OnHold' || rating === 'Closed') return rating;
  if (values.due?.marker === 'Complete') return 'Complete';
  if (values.start?.marker === 'Commenced' || values.start?.marker === 'InProgress') return 'InProgress';
  if (rating === 'Red' || rating === 'Amber' || rating === 'Green') return 'InProgress';
  return values.start?.date !== undefined && values.start.date <= today ? 'InProgress' : 'NotStarted';
}

/** The values a row gives, only from cells that hold something. */
function givenFields(values: RowValues, fileName: string): ActionDraftChanges {
  const rating = values.rating ?? values.status?.rating;
  return compact({
    title: values.title,
    description: values.description,
    lead: values.lead,
    startDate: values.start?.date,
    startDateText: values.start?.text,
    baselineDueDate: values.due?.date,
    currentDueDate: values.currentDueDate,
    dueDateText: values.due?.text,
    forecastDate: values.forecastDate,
    status: values.status?.status,
    progressPercent: values.progressPercent,
    rating,
    ratingReason: rating !== undefined ? `Rating as given in ${fileName}` : undefined,
    riskRating: values.riskRating,
    commentary: values.commentary,
    nextSteps: values.nextSteps,
    reprofileCount: values.reprofileCount,
    closureRationale: values.closureRationale
  });
}

function newActionDraft(base: Pick<ActionDraft, 'code' | 'kind' | 'themeCode' | 'workstreamCode' | 'parentCode'>, given: ActionDraftChanges, values: RowValues, today: IsoDate, policy: RagPolicy): ActionDraft {
  const status = given.status ?? defaultStatus(values, today);
  const draft = compact({
    ...given,
    ...base,
    title: given.title ?? '',
    status,
    currentDueDate: given.currentDueDate ?? given.baselineDueDate,
    reprofileCount: given.reprofileCount ?? 0
  }) as ActionDraft;
  if (draft.rating !== undefined) return draft;
  const assessment = rateAction({ id: draft.code, issues: [], ...draft }, today, policy);
  return { ...draft, rating: assessment.rating, ratingReason: explainRating(assessment) };
}

/** Checks each action row's place in the tree and turns it into a create or an update. */
function planActions(planner: Planner, rows: readonly ActionRow[], allCodes: ReadonlyMap<string, number>, fileName: string, today: IsoDate, policy: RagPolicy): ImportOperation[] {
  const places = new Map<string, ActionPlace>();
  const operations: ImportOperation[] = [];
  const placeOf = (code: string): ActionPlace | undefined => {
    const planned = places.get(code);
    if (planned) return planned;
    const existing = planner.existingActions.get(code);
    return existing ? { themeCode: normaliseReferenceCode(existing.themeCode), workstreamCode: normaliseReferenceCode(existing.workstreamCode) } : undefined;
  };
  for (const r of [...rows].sort(byDepthThenCode)) {
    const { values, code, parsed } = r;
    let workstreamCode: string | undefined;
    let parentCode: string | undefined;
    let kind: ActionKind = 'main';
    if (r.depth === 2) {
      workstreamCode = parsed.parentCode ?? code;
    } else {
      parentCode = actionParentCode(parsed, r.depth) as string;
      kind = values.kindHint === 'assurance' ? 'assurance' : 'sub';
      const parent = placeOf(parentCode);
      if (!parent) {
        // A main action in the file that failed its own checks is reported on its own row.
        if (!allCodes.has(parentCode)) {
          planner.log.add(values.row, 'code', `Sub-action ${code} has no main action: there is no row or existing action with reference ${parentCode}. Add the main action, or correct the reference.`);
        }
        continue;
      }
      if (parent.themeCode !== r.theme.code) {
        planner.log.add(values.row, 'theme', `Sub-action ${code} is under theme ${r.theme.code}, but its main action ${parentCode} is under ${parent.themeCode}.`);
        continue;
      }
      workstreamCode = parent.workstreamCode;
    }
    const wsName = values.workstream !== undefined ? workstreamName(values.workstream, workstreamCode) : undefined;
    if (!planner.useWorkstream(workstreamCode, r.theme.code, values.row, r.depth === 2 ? wsName : undefined)) continue;
    places.set(code, { themeCode: r.theme.code, workstreamCode, row: values.row });
    if (values.title === undefined) planner.log.add(values.row, 'title', `The action title is missing. Every action needs a title.`);
    if (planner.log.rowHasError(values.row)) continue;
    planner.themesUsed.set(r.theme.code, Math.min(planner.themesUsed.get(r.theme.code) ?? values.row, values.row));

    const given = givenFields(values, fileName);
    const step = Math.min(r.depth, 9);
    const existing = planner.existingActions.get(code);
    const base = { code, kind, themeCode: r.theme.code, workstreamCode, ...(parentCode !== undefined ? { parentCode } : {}) };
    if (!existing) {
      const action = newActionDraft(base, given, values, today, policy);
      if (action.status === 'Closed' && action.closureRationale === undefined) {
        planner.log.add(values.row, 'status', 'The action is Closed but no closure rationale is given. It is imported; add the reason for closing it in the app.', 'warning');
      }
      operations.push({ kind: 'createAction', seq: 0, step, row: values.row, action });
      continue;
    }
    const before = actionAsDraft(existing, existing.parentId !== undefined ? planner.codeById.get(existing.parentId) : undefined);
    const wanted: ActionDraftChanges = { ...given, kind, themeCode: r.theme.code, workstreamCode, ...(parentCode !== undefined ? { parentCode } : {}) };
    if (before.baselineDueDate !== undefined && wanted.baselineDueDate !== undefined && wanted.baselineDueDate !== before.baselineDueDate) {
      planner.log.add(
        values.row,
        planner.mapping.dueDate !== undefined ? 'dueDate' : 'dueDateText',
        `The due date (${formatUkDate(wanted.baselineDueDate)}) differs from the plan's baseline (${formatUkDate(before.baselineDueDate)}). An import never changes a baseline: give the new date as the current due date, or reprofile it through change control.`,
        'warning'
      );
      delete (wanted as Record<string, unknown>).baselineDueDate;
    }
    const { changes, previous } = diffAction(before, wanted);
    if ('rating' in changes === false) delete (changes as Record<string, unknown>).ratingReason;
    if (Object.keys(changes).length > 0) operations.push({ kind: 'updateAction', seq: 0, step, row: values.row, code, changes, previous });
    else planner.unchanged += 1;
  }
  return operations;
}

/**
 * The dry run of an import: reads every row through the domain's parsers (dates such as
 * `May/June 2026` or `Q3 2026/27`, reference codes), places each action in the tree from its
 * code (sub-actions under their main action, main actions under their workstream), compares it
 * with the plan by code, and lists every problem by row and column in plain words. Nothing is
 * written: the result's operations are what {@link executeImport} would write, in order.
 *
 * `today` decides the default status and the rating of actions the file gives no rating for.
 */
export function planImport(sheet: Sheet, mapping: ColumnMapping, existing: ExistingPlan, today: IsoDate, options: PlanImportOptions = {}): ImportPlan {
  const planner = new Planner(sheet, mapping, existing, options);
  const { log } = planner;
  for (const field of ['code', 'title'] as const) {
    if (mapping[field] === undefined) log.add(sheet.headerRowNumber, field, `No column is chosen for ${importFieldInfo(field).label}. Choose the column that holds it.`);
  }
  const tooMany = tooManyRows(sheet);
  if (tooMany) log.add(sheet.rows[IMPORT_ROWS_MAX].rowNumber, 'code', tooMany);
  if (log.problems.length > 0) return finish(sheet, log.problems, [], planner, 0);

  const actionRows: ActionRow[] = [];
  const firstRowOf = new Map<string, number>();
  let headingRows = 0;
  for (const row of sheet.rows) {
    checkRowLimits(row, mapping, log);
    const values = readRow(row, mapping, log);
    const parsed = values.code;
    if (parsed === undefined) continue;
    const earlier = firstRowOf.get(parsed.code);
    if (earlier !== undefined) {
      log.add(values.row, 'code', `Reference ${parsed.code} is used again: row ${earlier} already has it. Each action needs its own reference.`);
      continue;
    }
    firstRowOf.set(parsed.code, values.row);
    const theme = planner.themeOf(values, parsed);
    if (!theme) continue;
    const depth = codeDepth(parsed, theme.code);
    if (depth === 0) headingRows += 1;
    else if (depth === 1) planner.useWorkstream(parsed.code, theme.code, values.row, values.title ?? (values.workstream !== undefined ? workstreamName(values.workstream, parsed.code) : undefined));
    else actionRows.push({ values, code: parsed.code, parsed, theme, depth });
  }
  const actionOps = planActions(planner, actionRows, firstRowOf, sheet.fileName, today, options.policy ?? DEFAULT_RAG_POLICY);
  return finish(sheet, log.problems, actionOps, planner, headingRows);
}

function structureOperations(planner: Planner): ImportOperation[] {
  const operations: ImportOperation[] = [];
  const newThemes = [...planner.themesUsed]
    .map(([code, row]) => ({ row, draft: planner.resolver.byThemeCode(code)?.draft }))
    .filter((t): t is { row: number; draft: ThemeDraft } => t.draft !== undefined)
    .sort((a, b) => a.draft.order - b.draft.order);
  for (const t of newThemes) operations.push({ kind: 'createTheme', seq: 0, step: 0, row: t.row, theme: t.draft });
  const orderInTheme = new Map<string, number>();
  const workstreams = [...planner.workstreams.values()]
    .filter((w) => planner.themesUsed.has(w.themeCode))
    .sort((a, b) => byDepthThenCode({ depth: 0, code: a.code }, { depth: 0, code: b.code }));
  for (const w of workstreams) {
    const existing = planner.existingWorkstreams.get(w.code);
    if (!existing) {
      const order = (orderInTheme.get(w.themeCode) ?? 0) + 1;
      orderInTheme.set(w.themeCode, order);
      operations.push({ kind: 'createWorkstream', seq: 0, step: 1, row: w.firstRow, workstream: { code: w.code, themeCode: w.themeCode, name: w.name ?? w.code, order } });
    } else if (w.name !== undefined && w.name !== existing.name) {
      operations.push({ kind: 'updateWorkstream', seq: 0, step: 1, row: w.firstRow, code: w.code, changes: { name: w.name }, previous: { name: existing.name } });
    }
  }
  return operations;
}

function finish(sheet: Sheet, problems: readonly ImportProblem[], actionOps: ImportOperation[], planner: Planner, headingRows: number): ImportPlan {
  const ordered = [...problems].sort((a, b) => a.row - b.row || (a.columnLetter ?? '').length - (b.columnLetter ?? '').length || (a.columnLetter ?? '').localeCompare(b.columnLetter ?? ''));
  const operations = [...structureOperations(planner), ...actionOps].map((op, seq) => ({ ...op, seq }));
  const errors = ordered.filter((p) => p.severity === 'error').length;
  const count = (kind: ImportOperation['kind']): number => operations.filter((o) => o.kind === kind).length;
  const creates = count('createAction');
  const updates = count('updateAction');
  return {
    fileName: sheet.fileName,
    problems: ordered,
    operations,
    canImport: errors === 0,
    summary: {
      rowsRead: sheet.rows.length,
      actionsToCreate: creates,
      actionsToUpdate: updates,
      actionsUnchanged: planner.unchanged,
      themesToCreate: count('createTheme'),
      workstreamsToCreate: count('createWorkstream'),
      workstreamsToRename: count('updateWorkstream'),
      headingRowsSkipped: headingRows,
      errors,
      warnings: ordered.length - errors
    }
  };
}
