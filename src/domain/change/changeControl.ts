import { dueDateInForce, type Action, type ActionKind } from '../model/action';
import { CHANGE_TYPE_LABELS, CHANGE_TYPES, type ChangeLogEntry, type ChangeRequest, type ChangeType, type FieldChange } from '../model/change';
import { isSamePerson, type Person } from '../model/people';
import type { Workstream } from '../model/theme';
import { compareReferenceCodes, parseReferenceCode } from '../codes/referenceCode';
import { formatUkDate, isIsoDate, type IsoDate } from '../dates/isoDate';
import { fail, ok, type Result } from '../result';

/** What every change request records about its asking: identity, reference, who, when, why. */
export interface ChangeRequestBasis {
  /** Stable identifier for the new request. */
  readonly id: string;
  /** Change reference number; see {@link nextChangeReference}. */
  readonly reference: number;
  /** Who asks. */
  readonly requestedBy: Person;
  /** Day asked. */
  readonly requestedOn: IsoDate;
  /** Why the change is needed. */
  readonly rationale: string;
}

/** The next change reference number: one more than the highest used (references are never reused). */
export function nextChangeReference(requests: readonly Pick<ChangeRequest, 'reference'>[]): number {
  return requests.reduce((highest, r) => Math.max(highest, r.reference), 0) + 1;
}

function checkBasis(basis: ChangeRequestBasis): string | undefined {
  if (!Number.isInteger(basis.reference) || basis.reference < 1) return 'The change reference must be a whole number from 1.';
  if (!isIsoDate(basis.requestedOn)) return 'The request date must be a real day.';
  if (basis.rationale.trim() === '') return 'A change needs a rationale saying why it is needed.';
  return undefined;
}

function build(
  basis: ChangeRequestBasis,
  type: ChangeType,
  target: { code: string; title: string; actionId?: string },
  changes: FieldChange[]
): Result<ChangeRequest> {
  const problem = checkBasis(basis);
  if (problem) return fail(problem);
  return ok({
    id: basis.id,
    reference: basis.reference,
    type,
    ...(target.actionId !== undefined ? { actionId: target.actionId } : {}),
    targetCode: target.code,
    targetTitle: target.title,
    rationale: basis.rationale.trim(),
    requestedBy: basis.requestedBy,
    requestedOn: basis.requestedOn,
    changes,
    status: 'Submitted'
  });
}

function isFinished(action: Action): boolean {
  return action.status === 'Complete' || action.status === 'Closed';
}

/**
 * Asks to reprofile an action's due date. The request records the date in force as the old
 * value; the baseline is untouched by the request and by its approval.
 */
export function requestReprofile(action: Action, newDueDate: IsoDate, basis: ChangeRequestBasis): Result<ChangeRequest> {
  if (!isIsoDate(newDueDate)) return fail('The new due date must be a real day.');
  if (isFinished(action)) return fail(`${action.code} is ${action.status === 'Closed' ? 'closed' : 'complete'}; its dates can no longer change.`);
  const current = dueDateInForce(action);
  if (current === newDueDate) return fail(`${action.code} is already due on ${formatUkDate(newDueDate)}.`);
  return build(basis, 'Timescale', { code: action.code, title: action.title, actionId: action.id }, [
    { field: 'currentDueDate', ...(current !== undefined ? { oldValue: current } : {}), newValue: newDueDate }
  ]);
}

/** Asks to change an action's title and/or description. */
export function requestDescriptionChange(
  action: Action,
  proposed: { readonly title?: string; readonly description?: string },
  basis: ChangeRequestBasis
): Result<ChangeRequest> {
  const changes: FieldChange[] = [];
  if (proposed.title !== undefined && proposed.title.trim() !== action.title) {
    if (proposed.title.trim() === '') return fail('The title cannot be empty.');
    changes.push({ field: 'title', oldValue: action.title, newValue: proposed.title.trim() });
  }
  if (proposed.description !== undefined && proposed.description.trim() !== (action.description ?? '')) {
    changes.push({ field: 'description', ...(action.description !== undefined ? { oldValue: action.description } : {}), newValue: proposed.description.trim() });
  }
  if (changes.length === 0) return fail('The proposed wording is the same as the current wording.');
  return build(basis, 'Description', { code: action.code, title: action.title, actionId: action.id }, changes);
}

/** Asks to close an action without completing it; the rationale becomes the closure rationale. */
export function requestClosure(action: Action, basis: ChangeRequestBasis): Result<ChangeRequest> {
  if (isFinished(action)) return fail(`${action.code} is already ${action.status === 'Closed' ? 'closed' : 'complete'}.`);
  return build(basis, 'Closure', { code: action.code, title: action.title, actionId: action.id }, [
    { field: 'status', oldValue: action.status, newValue: 'Closed' }
  ]);
}

/** The details proposed for a new action. */
export interface NewActionProposal {
  /** Kind: main, sub or assurance. */
  readonly kind: ActionKind;
  /** Proposed code (see `nextFreeCode`). */
  readonly code: string;
  /** Title. */
  readonly title: string;
  /** Full wording. */
  readonly description?: string;
  /** Theme code. */
  readonly themeCode: string;
  /** Workstream code. */
  readonly workstreamCode: string;
  /** Parent action, required for sub-actions and assurance actions. */
  readonly parent?: Action;
  /** Planned start. */
  readonly startDate?: IsoDate;
  /** Due date, which becomes the baseline. */
  readonly dueDate?: IsoDate;
  /** Lead. */
  readonly lead?: Person;
}

const NEW_ACTION_TYPES: Readonly<Record<ActionKind, ChangeType>> = {
  main: 'NewMainAction',
  sub: 'NewSubAction',
  assurance: 'NewAssuranceAction'
};

/** Asks to add a main action, sub-action or assurance action; its details travel as new values. */
export function requestNewAction(proposal: NewActionProposal, basis: ChangeRequestBasis): Result<ChangeRequest> {
  const code = parseReferenceCode(proposal.code);
  if (!code.ok) return code;
  if (proposal.title.trim() === '') return fail('A new action needs a title.');
  if (proposal.kind !== 'main' && proposal.parent === undefined) return fail(`A new ${proposal.kind === 'sub' ? 'sub-action' : 'assurance action'} needs a parent action.`);
  for (const [label, date] of [['start date', proposal.startDate], ['due date', proposal.dueDate]] as const) {
    if (date !== undefined && !isIsoDate(date)) return fail(`The ${label} must be a real day.`);
  }
  if (proposal.startDate && proposal.dueDate && proposal.dueDate < proposal.startDate) return fail('The due date cannot be before the start date.');
  const values: ReadonlyArray<readonly [string, string | undefined]> = [
    ['kind', proposal.kind],
    ['code', code.value.code],
    ['title', proposal.title.trim()],
    ['description', proposal.description?.trim()],
    ['themeCode', proposal.themeCode],
    ['workstreamCode', proposal.workstreamCode],
    ['parentId', proposal.parent?.id],
    ['startDate', proposal.startDate],
    ['dueDate', proposal.dueDate],
    ['lead', proposal.lead?.displayName],
    ['leadEmail', proposal.lead?.email]
  ];
  const changes = values.filter(([, v]) => v !== undefined && v !== '').map(([field, newValue]) => ({ field, newValue }));
  return build(basis, NEW_ACTION_TYPES[proposal.kind], { code: code.value.code, title: proposal.title.trim() }, changes);
}

/** Asks to add a workstream (area of focus, programme) to a theme. */
export function requestNewWorkstream(
  proposal: { readonly code: string; readonly name: string; readonly themeCode: string; readonly description?: string },
  basis: ChangeRequestBasis
): Result<ChangeRequest> {
  const code = parseReferenceCode(proposal.code);
  if (!code.ok) return code;
  if (proposal.name.trim() === '') return fail('A new workstream needs a name.');
  const changes: FieldChange[] = [
    { field: 'code', newValue: code.value.code },
    { field: 'name', newValue: proposal.name.trim() },
    { field: 'themeCode', newValue: proposal.themeCode },
    ...(proposal.description ? [{ field: 'description', newValue: proposal.description.trim() }] : [])
  ];
  return build(basis, 'NewWorkstream', { code: code.value.code, title: proposal.name.trim() }, changes);
}

/**
 * Records the decision on a submitted request. The approver must be someone other than the
 * requester: change control exists so that nobody moves their own deadline unchecked.
 */
export function decideChange(
  request: ChangeRequest,
  decision: 'Approved' | 'Rejected',
  by: Person,
  on: IsoDate,
  note?: string
): Result<ChangeRequest> {
  if (request.status !== 'Submitted') return fail(`Change ${request.reference} is already ${request.status.toLowerCase()}.`);
  if (isSamePerson(by, request.requestedBy)) return fail(`Change ${request.reference} must be decided by someone other than its requester.`);
  if (!isIsoDate(on) || on < request.requestedOn) return fail('The decision date must be a real day on or after the request date.');
  return ok({ ...request, status: decision, decidedBy: by, decidedOn: on, ...(note?.trim() ? { decisionNote: note.trim() } : {}) });
}

/** Approves a submitted request; see {@link decideChange}. */
export function approveChange(request: ChangeRequest, by: Person, on: IsoDate, note?: string): Result<ChangeRequest> {
  return decideChange(request, 'Approved', by, on, note);
}

/** Rejects a submitted request; see {@link decideChange}. */
export function rejectChange(request: ChangeRequest, by: Person, on: IsoDate, note?: string): Result<ChangeRequest> {
  return decideChange(request, 'Rejected', by, on, note);
}

/** Withdraws a request that has not been decided. */
export function withdrawChange(request: ChangeRequest): Result<ChangeRequest> {
  if (request.status !== 'Submitted') return fail(`Change ${request.reference} is already ${request.status.toLowerCase()}.`);
  return ok({ ...request, status: 'Withdrawn' });
}

function valueOf(request: ChangeRequest, field: string): FieldChange | undefined {
  return request.changes.find((c) => c.field === field);
}

/**
 * Applies an approved description, timescale or closure change to its action.
 *
 * A timescale change keeps the baseline, sets the due date in force to the approved date and
 * counts the reprofile, so from then on the action is rated against the new date. The request
 * is refused if the action has moved on since it was made (its due date or wording no longer
 * matches the old value), because approving against stale facts would hide a second slip.
 */
export function applyChangeToAction(action: Action, request: ChangeRequest): Result<Action> {
  if (request.status !== 'Approved') return fail(`Change ${request.reference} has not been approved.`);
  if (request.actionId !== action.id) return fail(`Change ${request.reference} is for a different action.`);
  switch (request.type) {
    case 'Timescale': {
      const change = valueOf(request, 'currentDueDate');
      const current = dueDateInForce(action);
      if (!change?.newValue) return fail(`Change ${request.reference} has no new due date.`);
      if (change.oldValue !== current) return fail(`${action.code} is now due ${current ? formatUkDate(current) : 'with no date'}, not the date change ${request.reference} was made against.`);
      return ok({
        ...action,
        baselineDueDate: action.baselineDueDate ?? current,
        currentDueDate: change.newValue,
        reprofileCount: action.reprofileCount + 1
      });
    }
    case 'Description': {
      let updated: Action = action;
      for (const change of request.changes) {
        const existing = change.field === 'title' ? action.title : action.description;
        if (change.oldValue !== existing) return fail(`The ${change.field} of ${action.code} has changed since change ${request.reference} was made.`);
        updated = change.field === 'title' ? { ...updated, title: change.newValue ?? action.title } : { ...updated, description: change.newValue };
      }
      return ok(updated);
    }
    case 'Closure':
      return ok({ ...action, status: 'Closed', closureRationale: request.rationale });
    default:
      return fail(`Change ${request.reference} adds a new item; use actionFromChange or workstreamFromChange.`);
  }
}

/** Builds the new action an approved new-action change adds, with baseline and current due date equal. */
export function actionFromChange(request: ChangeRequest, id: string): Result<Action> {
  if (request.status !== 'Approved') return fail(`Change ${request.reference} has not been approved.`);
  const kind = (Object.keys(NEW_ACTION_TYPES) as ActionKind[]).find((k) => NEW_ACTION_TYPES[k] === request.type);
  if (kind === undefined) return fail(`Change ${request.reference} does not add an action.`);
  const get = (field: string): string | undefined => valueOf(request, field)?.newValue;
  const due = get('dueDate');
  const leadName = get('lead');
  const leadEmail = get('leadEmail');
  return ok({
    id,
    code: request.targetCode,
    title: request.targetTitle,
    ...(get('description') !== undefined ? { description: get('description') } : {}),
    themeCode: get('themeCode') ?? '',
    workstreamCode: get('workstreamCode') ?? '',
    ...(get('parentId') !== undefined ? { parentId: get('parentId') } : {}),
    kind,
    ...(leadName !== undefined ? { lead: { displayName: leadName, ...(leadEmail !== undefined ? { email: leadEmail } : {}) } } : {}),
    ...(get('startDate') !== undefined ? { startDate: get('startDate') } : {}),
    ...(due !== undefined ? { baselineDueDate: due, currentDueDate: due } : {}),
    status: 'NotStarted',
    issues: [],
    evidence: [],
    reprofileCount: 0,
    recommendationIds: [],
    riskIds: []
  });
}

/** Builds the workstream an approved new-workstream change adds. */
export function workstreamFromChange(request: ChangeRequest, id: string, order: number): Result<Workstream> {
  if (request.status !== 'Approved') return fail(`Change ${request.reference} has not been approved.`);
  if (request.type !== 'NewWorkstream') return fail(`Change ${request.reference} does not add a workstream.`);
  const description = valueOf(request, 'description')?.newValue;
  return ok({
    id,
    code: request.targetCode,
    themeCode: valueOf(request, 'themeCode')?.newValue ?? '',
    name: request.targetTitle,
    ...(description !== undefined ? { description } : {}),
    order
  });
}

/**
 * The reprofile awaiting decision for an action, if any. While one is pending the action stays
 * rated against its current date ("date to be amended at change control").
 */
export function pendingReprofile(actionId: string, requests: readonly ChangeRequest[]): ChangeRequest | undefined {
  return requests.find((r) => r.actionId === actionId && r.type === 'Timescale' && r.status === 'Submitted');
}

function formatValue(field: string, value: string | undefined): string {
  if (value === undefined || value === '') return 'none';
  return /date$/i.test(field) && isIsoDate(value) ? formatUkDate(value) : value;
}

/** A one-line summary of what a change does, e.g. `'Due date 31 Mar 2026 to 30 Jun 2026'`. */
export function summariseChange(request: ChangeRequest): string {
  switch (request.type) {
    case 'Timescale': {
      const change = valueOf(request, 'currentDueDate');
      return `Due date ${formatValue('date', change?.oldValue)} to ${formatValue('date', change?.newValue)}`;
    }
    case 'Description':
      return request.changes.map((c) => `${c.field === 'title' ? 'Title' : 'Description'} reworded`).join('; ');
    case 'Closure':
      return `Closed: ${request.rationale}`;
    default:
      return `${CHANGE_TYPE_LABELS[request.type]} ${request.targetCode} added: ${request.targetTitle}`;
  }
}

/** The change-log line for a request, whatever its status. */
export function changeLogEntry(request: ChangeRequest): ChangeLogEntry {
  return {
    reference: request.reference,
    type: request.type,
    typeLabel: CHANGE_TYPE_LABELS[request.type],
    targetCode: request.targetCode,
    targetTitle: request.targetTitle,
    summary: summariseChange(request),
    rationale: request.rationale,
    status: request.status,
    requestedBy: request.requestedBy,
    requestedOn: request.requestedOn,
    ...(request.decidedBy !== undefined ? { decidedBy: request.decidedBy } : {}),
    ...(request.decidedOn !== undefined ? { decidedOn: request.decidedOn } : {}),
    changes: request.changes
  };
}

/** The change log: every request as a log entry, by reference number, then code. */
export function changeLog(requests: readonly ChangeRequest[]): ChangeLogEntry[] {
  return [...requests]
    .sort((a, b) => a.reference - b.reference || compareReferenceCodes(a.targetCode, b.targetCode))
    .map(changeLogEntry);
}

/** Counts of approved changes by type, decided within `[from, to]` when given. */
export function countApprovedChanges(requests: readonly ChangeRequest[], from?: IsoDate, to?: IsoDate): Record<ChangeType, number> {
  const counts = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as Record<ChangeType, number>;
  for (const r of requests) {
    if (r.status !== 'Approved' || r.decidedOn === undefined) continue;
    if ((from !== undefined && r.decidedOn < from) || (to !== undefined && r.decidedOn > to)) continue;
    counts[r.type] += 1;
  }
  return counts;
}

/**
 * Counts written as a committee report does: `['3 changes of description', '42 changes of
 * timescale', '1 new workstream', ...]`, leaving out types with none.
 */
export function describeChangeCounts(counts: Record<ChangeType, number>): string[] {
  const words: Readonly<Record<ChangeType, readonly [string, string]>> = {
    Description: ['change of description', 'changes of description'],
    Timescale: ['change of timescale', 'changes of timescale'],
    NewWorkstream: ['new workstream', 'new workstreams'],
    NewMainAction: ['new main action', 'new main actions'],
    NewSubAction: ['new sub-action', 'new sub-actions'],
    NewAssuranceAction: ['new assurance action', 'new assurance actions'],
    Closure: ['closure', 'closures']
  };
  return CHANGE_TYPES.filter((t) => counts[t] > 0).map((t) => `${counts[t]} ${counts[t] === 1 ? words[t][0] : words[t][1]}`);
}
