/** Business case revisions and decisions as SharePoint items, and back. */
import type { BusinessCaseDecision, BusinessCaseRevision } from '../../domain';
import { authorOf } from '../notifications/authorItems';
import { readChoice, readInstant, readLookupId, readText, type SpItem } from '../mapping/values';
import { CASE_DECISION_CHOICES, CASE_REVISION_STATE_CHOICES } from '../schema/planLists';
import { readCaseJson } from './caseJson';

/** Columns read for a revision; the author is SharePoint's own Author, never a column we write. */
export const REVISION_SELECT = ['Id', 'ActionId', 'RevisionState', 'CaseJson', 'SavedAt', 'Created', 'AuthorId', 'Author/Id', 'Author/Title', 'Author/EMail', 'Author/Name'];
/** Columns read for a decision. */
export const DECISION_SELECT = ['Id', 'ActionId', 'RevisionId', 'Decision', 'Reason', 'ApprovedCaseJson', 'DecidedAt', 'Created', 'AuthorId', 'Author/Id', 'Author/Title', 'Author/EMail', 'Author/Name'];
/** Both expand the author. */
export const CASE_EXPAND = ['Author'];

/** A revision, or the reason it cannot be read. */
export function revisionFromItem(item: SpItem): BusinessCaseRevision | string {
  const id = String(item.Id);
  const actionId = readLookupId(item.ActionId);
  const author = authorOf(item);
  const state = readChoice(item.RevisionState, CASE_REVISION_STATE_CHOICES);
  const content = readCaseJson(item.CaseJson);
  if (!actionId || !author || !state || !content) return `Revision ${id} is incomplete or its case is not readable, so it was left out.`;
  const savedAt = readInstant(item.Created) ?? readInstant(item.SavedAt) ?? new Date(0);
  return { id, actionId, state, content, author: { displayName: author.displayName, ...(author.login ? { login: author.login } : {}), ...(author.email ? { email: author.email } : {}) }, savedAt };
}

/** A decision, or the reason it cannot be read. */
export function decisionFromItem(item: SpItem): BusinessCaseDecision | string {
  const id = String(item.Id);
  const actionId = readLookupId(item.ActionId);
  const author = authorOf(item);
  const decision = readChoice(item.Decision, CASE_DECISION_CHOICES);
  const revisionId = typeof item.RevisionId === 'number' ? String(item.RevisionId) : undefined;
  const approvedContent = readCaseJson(item.ApprovedCaseJson);
  if (!actionId || !author || !decision || !revisionId) return `Decision ${id} is incomplete, so it was left out.`;
  if (decision === 'Approved' && !approvedContent) return `Decision ${id} approves a case it does not hold in readable form, so it was left out.`;
  const reason = readText(item.Reason);
  return {
    id,
    actionId,
    revisionId,
    decision,
    ...(reason ? { reason } : {}),
    by: { displayName: author.displayName, ...(author.login ? { login: author.login } : {}), ...(author.email ? { email: author.email } : {}) },
    // SharePoint's own Created time: the app's DecidedAt column is a convenience for list views.
    decidedAt: readInstant(item.Created) ?? readInstant(item.DecidedAt) ?? new Date(0),
    ...(approvedContent ? { approvedContent } : {})
  };
}
