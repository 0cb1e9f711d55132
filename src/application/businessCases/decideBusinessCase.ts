import { checkCaseDecision, type BusinessCaseRecord, type CaseDecisionKind } from '../../domain';
import type { OperationKey } from '../operationKey';
import type { BusinessCaseStore, CaseAction } from '../ports/businessCaseStore';
import type { CurrentUser } from '../ports/planRepository';

/** What deciding did: refused (nothing written) or recorded. */
export type DecideCaseResult = { outcome: 'refused'; reason: string } | { outcome: 'decided'; record: BusinessCaseRecord };

/**
 * Approves or returns the latest submitted revision as the signed-in person (who SharePoint says
 * is signed in, never a name the screen passes). The decision refers to the revision and, when
 * approving, keeps the case as approved. Reads the case again first, so a decision is never made
 * on a revision the decider has not seen the latest of.
 */
export async function decideBusinessCase(
  store: BusinessCaseStore,
  me: CurrentUser,
  action: CaseAction,
  seenRevisionId: string,
  decision: CaseDecisionKind,
  reason: string,
  operationKey: OperationKey
): Promise<DecideCaseResult> {
  if (!me.canManage) return { outcome: 'refused', reason: 'Only the programme office can approve or return a business case.' };
  const current = await store.readBusinessCase(action);
  if (current.latest?.id !== seenRevisionId) return { outcome: 'refused', reason: 'The case was changed after you opened it. Read the latest version, then decide.' };
  const checked = checkCaseDecision(current, decision, me.person, reason);
  if (!checked.ok) return { outcome: 'refused', reason: checked.error };
  const record = await store.addDecision(
    action,
    { ...checked.value, decision, ...(decision === 'Approved' && current.latest ? { approvedContent: current.latest.content } : {}) },
    operationKey
  );
  return { outcome: 'decided', record };
}
