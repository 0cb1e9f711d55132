import { mayWriteCase, validateBusinessCase, type BusinessCaseInput, type BusinessCaseRecord, type CaseProblem, type RevisionState } from '../../domain';
import type { OperationKey } from '../operationKey';
import type { BusinessCaseStore, CaseAction } from '../ports/businessCaseStore';
import type { CurrentUser } from '../ports/planRepository';

/** What saving did: refused with problems (nothing written), or saved. */
export type SaveCaseResult = { outcome: 'invalid'; problems: CaseProblem[] } | { outcome: 'refused'; reason: string } | { outcome: 'saved'; record: BusinessCaseRecord };

/**
 * Saves the case as a new revision, as a draft or submitted for a decision. Only the action's
 * lead or a delegate may; SharePoint still decides, and a revision by anyone else is ignored on read.
 */
export async function saveBusinessCase(
  store: BusinessCaseStore,
  me: CurrentUser,
  action: CaseAction,
  input: BusinessCaseInput,
  state: RevisionState,
  basedOn: string | undefined,
  operationKey: OperationKey
): Promise<SaveCaseResult> {
  if (!mayWriteCase(me.person, action)) return { outcome: 'refused', reason: 'Only the lead of this action or a delegate can write its business case.' };
  const { content, problems } = validateBusinessCase(input, state);
  if (problems.length) return { outcome: 'invalid', problems };
  return { outcome: 'saved', record: await store.addRevision(action, content, state, basedOn, operationKey) };
}
