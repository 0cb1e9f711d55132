import {
  DEFAULT_RAG_POLICY,
  explainRating,
  formatUkDate,
  normaliseReferenceCode,
  compareReferenceCodes,
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
import { actionParentCode, byDepthThenCode, codeDepth, workstreamName, workstreamOfCode } from './hierarchy';
import { programmesOf, type ProgrammeInfo } from './programmes';
import { importFieldInfo, type ColumnMapping } from './mapping';
import type { ActionDraft, ActionDraftChanges, ImportOperation, ThemeDraft } from './operations';
import { withoutHeadingRows } from './headingRows';
import { plannedRows } from './plannedRows';
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

/** How a person lets the import create themes, in the app and from the command line. */
export const CREATE_THEMES_FIX = 'tick "Add any theme the plan does not have yet" under Import in the app, or run the import command with --create-themes';

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
  public readonly resolver: ThemeResolver;
  public readonly existingActions: Map<string, Action>;
  public readonly existingWorkstreams: Map<string, Workstream>;
  public readonly codeById: Map<string, string>;
  public readonly workstreams = new Map<string, WorkstreamInfo>();
  public readonly themesUsed = new Map<string, number>();
  /** Names for workstreams no row names: a programme's workstream takes the programme's name. */
  public readonly workstreamFallbackNames = new Map<string, string>();
  /** Programmes already reported as missing their theme, so each is reported once. */
  private readonly programmesReported = new Set<string>();
  public unchanged = 0;
  private readonly createMissingThemes: boolean;

  public constructor(
    public readonly sheet: Sheet,
    public readonly mapping: ColumnMapping,
    existing: ExistingPlan,
    options: PlanImportOptions,
    public readonly log: ProblemLog,
    private readonly programmes: ReadonlyMap<string, ProgrammeInfo> = new Map()
  ) {
    this.createMissingThemes = options.createMissingThemes === true;
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
      // Without a theme column, the plan already knows where this action, its main action or its workstream sits.
      const known = this.existingActions.get(parsed.code) ?? (parsed.parentCode !== undefined ? this.existingActions.get(parsed.parentCode) : undefined) ?? this.existingWorkstreams.get(first);
      const found = fromCode ?? (known ? this.resolver.byThemeCode(known.themeCode) : undefined);
      if (found) return found;
      if (/^\d+$/.test(first) && this.mapping.theme === undefined) return this.programmeTheme(values.row, first);
      // A code such as LD.A1.1 names its theme (LD) even when no column does.
      const fromLetters = /^[A-Z]+$/.test(first) && parsed.segments.length > 1 ? this.resolver.create(first, first) : undefined;
      if (!fromLetters) {
        this.log.add(
          values.row,
          'theme',
          `The theme is missing, and the reference ${parsed.code} does not start with a theme code the plan knows (${this.resolver.describe() || 'the plan has no themes yet'}). Give the theme's name or code in a Theme column, or create the themes with the import: ${CREATE_THEMES_FIX}.`
        );
      }
      return fromLetters;
    }
    const named = this.resolver.find(values.theme) ?? this.resolver.create(values.theme, /^[A-Z]+$/.test(first) && parsed.segments.length > 1 ? first : undefined);
    if (!named && fromCode && this.createMissingThemes) {
      this.log.add(values.row, 'theme', `"${values.theme}" is not theme ${fromCode.code} (${fromCode.name}), which the reference ${parsed.code} starts with. Correct the theme's name, or the reference.`);
      return undefined;
    }
    if (!named) {
      this.log.add(values.row, 'theme', `"${values.theme}" is not one of the plan's themes (${this.resolver.describe() || 'the plan has no themes yet'}). Correct the spelling, or add the theme to the plan first: ${CREATE_THEMES_FIX}.`);
      return undefined;
    }
    if (fromCode && fromCode.code !== named.code) {
      this.log.add(values.row, 'theme', `The reference ${parsed.code} starts with theme code ${fromCode.code} (${fromCode.name}), but this row names ${named.code} (${named.name}). Correct one of them.`);
      return undefined;
    }
    return named;
  }

  /**
   * The theme of programme `number` in a file without a theme column (an adopted plan numbers its
   * programmes 1, 2, 3... and its actions 1.1, 1.2...): theme `P<number>`, named after the
   * programme, whose workstream `<number>` takes the same name. Reported once per programme when
   * the theme is not in the plan and the import may not create it.
   */
  public programmeTheme(row: number, number: string): KnownTheme | undefined {
    const code = `P${number}`;
    const info = this.programmes.get(number);
    const name = info?.name ?? `Programme ${number}`;
    this.workstreamFallbackNames.set(number, name);
    const theme = this.resolver.byThemeCode(code) ?? this.resolver.create(name, code);
    if (!theme && !this.programmesReported.has(number)) {
      this.programmesReported.add(number);
      const rows = info !== undefined && info.rows.size > 1 ? ` Its ${info.rows.size} rows wait for it.` : '';
      this.log.add(row, 'code', `Programme ${number} ("${name}") is not a theme of the plan yet, and the file has no Theme column, so its actions have nowhere to go.${rows} Create it as theme ${code}: ${CREATE_THEMES_FIX}.`);
    }
    return theme;
  }

  /** Notes a workstream the file uses; reports a workstream filed under two themes. */
  public useWorkstream(code: string, themeCode: string, row: number, name: string | undefined): boolean {
    const existing = this.existingWorkstreams.get(code);
    if (existing && normaliseReferenceCode(existing.themeCode) !== themeCode) {
      this.log.add(row, 'theme', `Workstream ${code} belongs to theme ${existing.themeCode} in the plan, but this row puts it under ${themeCode}. Give the row theme ${existing.themeCode}, or correct the reference.`);
      return false;
    }
    const info = this.workstreams.get(code) ?? { code, themeCode, firstRow: row };
    if (info.themeCode !== themeCode) {
      this.log.add(row, 'theme', `Workstream ${code} is under theme ${info.themeCode} on row ${info.firstRow}, but under ${themeCode} here. Give both rows the same theme, or correct one of the references.`);
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
  const parentless = (r: ActionRow): boolean => {
    const parent = actionParentCode(r.parsed, r.depth);
    return parent !== undefined && !allCodes.has(parent) && !planner.existingActions.has(parent);
  };
  // A workstream the file lists only by its leaves (LD.A1.1, no LD.A1 or other main action row) files each leaf as an action.
  const byWorkstream = new Map<string, ActionRow[]>();
  for (const r of rows) {
    const workstream = workstreamOfCode(r.parsed, r.theme.code);
    byWorkstream.set(workstream, [...(byWorkstream.get(workstream) ?? []), r]);
  }
  const leafWorkstreams = [...byWorkstream]
    .filter(([, list]) => list.every((r) => r.depth > 2 && parentless(r)))
    .map(([workstream]) => workstream)
    .sort(compareReferenceCodes);
  let leafNoted = false;
  for (const r of [...rows].sort(byDepthThenCode)) {
    const { values, code, parsed } = r;
    let workstreamCode: string | undefined;
    let parentCode: string | undefined;
    let kind: ActionKind = 'main';
    const asLeaf = r.depth > 2 && leafWorkstreams.includes(workstreamOfCode(parsed, r.theme.code));
    if (r.depth === 2) {
      workstreamCode = parsed.parentCode ?? code;
    } else if (asLeaf) {
      workstreamCode = workstreamOfCode(parsed, r.theme.code);
      if (!leafNoted) {
        leafNoted = true;
        planner.log.add(
          values.row,
          'code',
          `The file lists workstream${leafWorkstreams.length > 1 ? 's' : ''} ${leafWorkstreams.join(', ')} by ${leafWorkstreams.length > 1 ? 'their' : 'its'} leaf actions only, with no main action rows (there is no ${actionParentCode(parsed, r.depth) ?? ''} for ${code}), so each reference is imported as an action of its own under the workstream its code names. To import them as sub-actions instead, add rows for their main actions.`,
          'warning'
        );
      }
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
        planner.log.add(values.row, 'theme', `Sub-action ${code} is under theme ${r.theme.code}, but its main action ${parentCode} is under ${parent.themeCode}. Give it its main action's theme, or correct the reference.`);
        continue;
      }
      workstreamCode = parent.workstreamCode;
    }
    const wsName = values.workstream !== undefined ? workstreamName(values.workstream, workstreamCode) : undefined;
    if (!planner.useWorkstream(workstreamCode, r.theme.code, values.row, r.depth === 2 || asLeaf ? wsName : undefined)) continue;
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
  const log = new ProblemLog(sheet, mapping);
  for (const field of ['code', 'title'] as const) {
    if (mapping[field] === undefined) log.add(sheet.headerRowNumber, field, `No column is chosen for ${importFieldInfo(field).label}. Choose the column that holds it.`);
  }
  const tooMany = tooManyRows(sheet);
  if (tooMany) log.add(sheet.rows[IMPORT_ROWS_MAX].rowNumber, 'code', tooMany);
  if (log.problems.length > 0) return finish(sheet, log.problems, [], new Planner(sheet, mapping, existing, options, log), 0);
  const rows = plannedRows(withoutHeadingRows(sheet, sheet.rows, mapping, log), mapping, log);
  const planner = new Planner(sheet, mapping, existing, options, log, programmesOf(rows, mapping));

  const actionRows: ActionRow[] = [];
  const firstRowOf = new Map<string, number>();
  let headingRows = 0;
  for (const row of rows) {
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
      operations.push({ kind: 'createWorkstream', seq: 0, step: 1, row: w.firstRow, workstream: { code: w.code, themeCode: w.themeCode, name: w.name ?? planner.workstreamFallbackNames.get(w.code) ?? w.code, order } });
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
