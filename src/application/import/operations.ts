import type { Action, Person } from '../../domain';

/** A theme the import will create. */
export interface ThemeDraft {
  /** Code, e.g. `'LC'`. */
  readonly code: string;
  /** Name, e.g. `'Leadership and Culture'`. */
  readonly name: string;
  /** Position in the plan. */
  readonly order: number;
  /** Lead director, when known. */
  readonly leadDirector?: Person;
}

/** A workstream (area of focus, programme) the import will create or rename. */
export interface WorkstreamDraft {
  /** Code, e.g. `'LC.A'` or `'5'`. */
  readonly code: string;
  /** Code of its theme. */
  readonly themeCode: string;
  /** Name. */
  readonly name: string;
  /** Position within the theme. */
  readonly order: number;
}

/**
 * An action as the import writes it. Parents are named by code, not id, so the writer can
 * resolve them on any site, and so every operation can be repeated safely after an interruption.
 */
export interface ActionDraft
  extends Pick<
    Action,
    | 'code' | 'title' | 'kind' | 'themeCode' | 'workstreamCode' | 'description' | 'lead' | 'startDate' | 'startDateText' | 'baselineDueDate'
    | 'currentDueDate' | 'dueDateText' | 'forecastDate' | 'status' | 'progressPercent' | 'rating' | 'riskRating' | 'commentary' | 'nextSteps'
    | 'reprofileCount' | 'closureRationale'
  > {
  /** Code of the parent action, for sub-actions and assurance actions. */
  readonly parentCode?: string;
  /** Why the rating is what it is (calculated, or "as given in the file"). */
  readonly ratingReason?: string;
}

/** The fields of an action an update may set (everything but its code). */
export type ActionDraftChanges = Partial<Omit<ActionDraft, 'code'>>;

interface OperationBase {
  /** Position in the ordered list (0-based). */
  readonly seq: number;
  /**
   * Writing step: themes 0, workstreams 1, main actions 2, sub-actions 3 and deeper. An operation
   * only depends on operations of earlier steps, so the writer may batch within a step.
   */
  readonly step: number;
  /** Spreadsheet row the operation comes from (the first row naming it, for themes and workstreams). */
  readonly row: number;
}

/** Creates a theme. */
export interface CreateThemeOperation extends OperationBase {
  readonly kind: 'createTheme';
  readonly theme: ThemeDraft;
}

/** Creates a workstream. */
export interface CreateWorkstreamOperation extends OperationBase {
  readonly kind: 'createWorkstream';
  readonly workstream: WorkstreamDraft;
}

/** Renames a workstream. */
export interface UpdateWorkstreamOperation extends OperationBase {
  readonly kind: 'updateWorkstream';
  readonly code: string;
  readonly changes: { readonly name: string };
  /** The values before, so a rollback can restore them. */
  readonly previous: { readonly name: string };
}

/** Creates an action. */
export interface CreateActionOperation extends OperationBase {
  readonly kind: 'createAction';
  readonly action: ActionDraft;
}

/** Changes an existing action found by its code. */
export interface UpdateActionOperation extends OperationBase {
  readonly kind: 'updateAction';
  readonly code: string;
  /** Only the fields that differ. */
  readonly changes: ActionDraftChanges;
  /** The same fields before the change, so a rollback can restore them. */
  readonly previous: ActionDraftChanges;
}

/** One write of an import, in the order they must happen. */
export type ImportOperation =
  | CreateThemeOperation
  | CreateWorkstreamOperation
  | UpdateWorkstreamOperation
  | CreateActionOperation
  | UpdateActionOperation;

/** The code an operation writes, e.g. `'LC.A2.1'`. */
export function operationCode(operation: ImportOperation): string {
  switch (operation.kind) {
    case 'createTheme':
      return operation.theme.code;
    case 'createWorkstream':
      return operation.workstream.code;
    case 'createAction':
      return operation.action.code;
    default:
      return operation.code;
  }
}

/** A sentence describing an operation, e.g. `'Create action LC.A2.1 (row 14)'`. */
export function describeOperation(operation: ImportOperation): string {
  const where = operation.row > 0 ? ` (row ${operation.row})` : '';
  switch (operation.kind) {
    case 'createTheme':
      return `Create theme ${operation.theme.code} ${operation.theme.name}${where}`;
    case 'createWorkstream':
      return `Create workstream ${operation.workstream.code} ${operation.workstream.name}${where}`;
    case 'updateWorkstream':
      return `Rename workstream ${operation.code} to ${operation.changes.name}${where}`;
    case 'createAction':
      return `Create action ${operation.action.code}${where}`;
    case 'updateAction':
      return `Update action ${operation.code}: ${Object.keys(operation.changes).join(', ')}${where}`;
  }
}
