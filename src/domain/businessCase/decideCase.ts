/** The rules of deciding a business case, whoever asks. */
import { fail, ok, type Result } from '../result';
import type { Person } from '../model/people';
import { isSameAccount, type BusinessCaseRecord } from './caseRecord';
import type { CaseDecisionKind } from './businessCase';

/** Most characters in a reason for returning a case. */
export const RETURN_REASON_LIMIT = 2000;

/**
 * Checks that `decider` may make `decision` on the record's latest revision now: it must be
 * submitted and undecided, nobody decides a case they wrote, and a return says why.
 */
export function checkCaseDecision(record: BusinessCaseRecord, decision: CaseDecisionKind, decider: Person, reason: string): Result<{ revisionId: string; reason?: string }> {
  const latest = record.latest;
  if (!latest || record.status !== 'Submitted') return fail('Only a submitted business case can be approved or returned, and this one is not awaiting a decision.');
  if (isSameAccount(latest.author, decider)) return fail('You wrote this version of the business case, so someone else in the programme office must decide it.');
  const why = reason.trim();
  if (decision === 'Returned' && why === '') return fail('Say why the case is being returned, so its lead knows what to change.');
  if (why.length > RETURN_REASON_LIMIT) return fail(`The reason has ${why.length.toLocaleString('en-GB')} characters; it holds up to ${RETURN_REASON_LIMIT.toLocaleString('en-GB')}.`);
  return ok({ revisionId: latest.id, ...(why ? { reason: why } : {}) });
}
