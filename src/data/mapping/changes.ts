/** Plan Change Log items <-> domain `ChangeRequest`. */
import { CHANGE_TYPES, type ChangeRequest, type ChangeStatus, type IsoDate, type Person } from '../../domain';
import { CHANGE_LOG_LIST, CHANGE_STATUS_CHOICES } from '../schema/planLists';
import { readFieldChange, readJsonArray, writeJsonArray } from './json';
import { personFromUser, userSelect, writePerson, type UserIdLookup } from './people';
import type { ProblemSink } from './problems';
import { compact, readChoice, readDay, readLookupId, readNumber, readText, writeDay, writeText, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` / `$expand` for a change log item. */
export const CHANGE_SELECT: readonly string[] = [
  'Id', 'Title', 'Reference', 'ChangeType', 'Status', 'ActionId', 'TargetCode', 'TargetTitle', 'Rationale', 'ChangesJson',
  ...userSelect('RequestedBy'), 'RequestedByName', 'RequestedOn', ...userSelect('DecidedBy'), 'DecidedByName', 'DecidedOn', 'DecisionNote', 'Created'
];
export const CHANGE_EXPAND: readonly string[] = ['RequestedBy', 'DecidedBy'];

/** Maps a change log item; an unknown type is reported and read as Description. */
export function changeRequestFromItem(item: SpItem, report: ProblemSink, days: SiteDays = LONDON_DAYS): ChangeRequest {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const type = readChoice(item.ChangeType, CHANGE_TYPES);
  if (!type) report({ list: CHANGE_LOG_LIST, itemId, column: 'ChangeType', message: `Change type "${String(item.ChangeType)}" is not one the app knows; read as Description.` });
  return compact({
    id: String(itemId),
    // The item id is the reference of record: SharePoint gives every item a unique one, so two
    // simultaneous requests can never share a number (the Reference column repeats it for views).
    reference: typeof item.Id === 'number' && item.Id > 0 ? item.Id : (readNumber(item.Reference) ?? 0),
    type: type ?? 'Description',
    actionId: readLookupId(item.ActionId),
    targetCode: readText(item.TargetCode) ?? '',
    targetTitle: readText(item.TargetTitle) ?? '',
    rationale: readText(item.Rationale) ?? '',
    requestedBy: personFromUser(item.RequestedBy, item.RequestedByName) ?? { displayName: 'Not recorded' },
    requestedOn: readDay(item.RequestedOn, days) ?? readDay(item.Created, days) ?? '1970-01-01',
    changes: readJsonArray(item.ChangesJson, 'ChangesJson', { list: CHANGE_LOG_LIST, itemId, report }, readFieldChange),
    status: readChoice(item.Status, CHANGE_STATUS_CHOICES) ?? 'Submitted',
    decidedBy: personFromUser(item.DecidedBy, item.DecidedByName),
    decidedOn: readDay(item.DecidedOn, days),
    decisionNote: readText(item.DecisionNote)
  });
}

/** Column values for a change request (new or imported). Title summarises it for SharePoint views. */
export function changeRequestToValues(request: Omit<ChangeRequest, 'id'>, ids: UserIdLookup, days: SiteDays = LONDON_DAYS): SpValues {
  return {
    Title: `${request.reference} ${request.type} ${request.targetCode}`.slice(0, 255),
    Reference: request.reference,
    ChangeType: request.type,
    Status: request.status,
    ActionId: request.actionId ? Number(request.actionId) : null,
    TargetCode: request.targetCode,
    TargetTitle: writeText(request.targetTitle),
    Rationale: writeText(request.rationale),
    ChangesJson: writeJsonArray(request.changes),
    ...writePerson('RequestedBy', request.requestedBy, ids, 'RequestedByName'),
    RequestedOn: writeDay(request.requestedOn, days),
    ...(request.decidedBy ? writePerson('DecidedBy', request.decidedBy, ids, 'DecidedByName') : {}),
    ...(request.decidedOn ? { DecidedOn: writeDay(request.decidedOn, days) } : {}),
    ...(request.decisionNote ? { DecisionNote: request.decisionNote } : {})
  };
}

/** Column values recording a decision. */
export function decisionToValues(
  decision: { status: Extract<ChangeStatus, 'Approved' | 'Rejected'>; by: Person; on: IsoDate; note?: string },
  ids: UserIdLookup,
  days: SiteDays = LONDON_DAYS
): SpValues {
  return { Status: decision.status, ...writePerson('DecidedBy', decision.by, ids, 'DecidedByName'), DecidedOn: writeDay(decision.on, days), DecisionNote: writeText(decision.note) };
}
