/**
 * Where a business case stands, worked out from what is stored: every revision anyone added and
 * every decision. Only revisions written by the action's lead or a delegate count; anything else
 * (a hand-made request by another officer) is left out and reported, so it changes nothing shown.
 */
import type { Person } from '../model/people';
import type { BusinessCaseContent, BusinessCaseDecision, BusinessCaseRevision, BusinessCaseStatus } from './businessCase';

/** Who may write an action's case: its lead and its delegates. */
export interface CaseWriters {
  readonly lead?: Person;
  readonly delegates?: readonly Person[];
}

/** The case as it is shown: the latest revision, its status and the approved version. */
export interface BusinessCaseRecord {
  readonly actionId: string;
  readonly status: BusinessCaseStatus;
  /** The latest revision the lead or a delegate wrote (absent for readers who see only decisions). */
  readonly latest?: BusinessCaseRevision;
  /** The decision on the latest revision, if any. */
  readonly decision?: BusinessCaseDecision;
  /** The most recent approval of any revision: the case in force, even while a newer draft is written. */
  readonly approved?: BusinessCaseDecision & { readonly approvedContent: BusinessCaseContent };
  /** Stored items that were left out, each in words. */
  readonly ignored: readonly string[];
}

/** The account part of a login, with or without its claims prefix (`i:0#.f|membership|jo@x`). */
const account = (login: string | undefined): string | undefined => login?.slice(login.lastIndexOf('|') + 1).toLowerCase() || undefined;

/**
 * Is `a` the same account as `b`? By login or e-mail only: a display name alone ("Head of HR",
 * as an imported plan may name a lead) never vouches for whoever happens to share it.
 */
export function isSameAccount(a: Person, b: Person): boolean {
  const [la, lb] = [account(a.login), account(b.login)];
  if (la && lb && la === lb) return true;
  const [ea, eb] = [a.email?.toLowerCase(), b.email?.toLowerCase()];
  return ea !== undefined && ea !== '' && ea === eb;
}

/** May `author` write the case of an action with these writers? */
export function mayWriteCase(author: Person, writers: CaseWriters): boolean {
  return [writers.lead, ...(writers.delegates ?? [])].some((p) => p !== undefined && isSameAccount(p, author));
}

const newestFirst = <T extends { readonly id: string }>(a: T, b: T): number => Number(b.id) - Number(a.id);

/**
 * Builds the record of one action's case. `revisions` may be absent: councillors read only the
 * decisions (approved cases); then the status comes from the latest decision.
 */
export function caseRecord(actionId: string, writers: CaseWriters, revisions: readonly BusinessCaseRevision[] | undefined, decisions: readonly BusinessCaseDecision[]): BusinessCaseRecord {
  const ignored: string[] = [];
  const trusted = (revisions ?? []).filter((r) => {
    if (r.actionId !== actionId) return false;
    if (mayWriteCase(r.author, writers)) return true;
    ignored.push(`Revision ${r.id} was added by ${r.author.displayName}, who neither leads this action nor is a delegate, so it was left out.`);
    return false;
  });
  const mine = decisions.filter((d) => d.actionId === actionId).sort(newestFirst);
  const approval = mine.find((d) => d.decision === 'Approved' && d.approvedContent !== undefined);
  const approved = approval ? (approval as BusinessCaseDecision & { approvedContent: BusinessCaseContent }) : undefined;
  const latest = [...trusted].sort(newestFirst)[0];
  if (revisions === undefined) {
    return { actionId, status: approved ? 'Approved' : 'None', ...(approved ? { approved, decision: approved } : {}), ignored };
  }
  if (!latest) return { actionId, status: 'None', ignored };
  const decision = mine.find((d) => d.revisionId === latest.id);
  const status: BusinessCaseStatus = decision ? decision.decision : latest.state;
  return { actionId, status, latest, ...(decision ? { decision } : {}), ...(approved ? { approved } : {}), ignored };
}
