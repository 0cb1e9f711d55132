import type { BusinessCaseContent, BusinessCaseRecord, CaseDecisionKind, CaseWriters, RevisionState } from '../../domain';
import type { OperationKey } from '../operationKey';

/** The action a case belongs to, with the people who may write it. */
export interface CaseAction extends CaseWriters {
  readonly id: string;
  readonly code: string;
}

/** Stores business cases: revisions added by leads, decisions added by the programme office. */
export interface BusinessCaseStore {
  /** One action's case, read when someone opens its business-case tab. */
  readBusinessCase(action: CaseAction): Promise<BusinessCaseRecord>;
  /** Every action's case (for the roll-up and the document); actions without a case are left out. */
  readAllBusinessCases(actions: readonly CaseAction[]): Promise<BusinessCaseRecord[]>;
  /**
   * Adds a revision once per `operationKey`.
   * @throws ConflictError<BusinessCaseContent, BusinessCaseRecord> when a newer revision than `basedOn` was added since it was read
   * @throws PermissionDeniedError when SharePoint refuses the add
   */
  addRevision(action: CaseAction, content: BusinessCaseContent, state: RevisionState, basedOn: string | undefined, operationKey: OperationKey): Promise<BusinessCaseRecord>;
  /** Adds a decision on `revisionId` once per `operationKey`, with the case as approved when approving. */
  addDecision(
    action: CaseAction,
    decision: { revisionId: string; decision: CaseDecisionKind; reason?: string; approvedContent?: BusinessCaseContent },
    operationKey: OperationKey
  ): Promise<BusinessCaseRecord>;
}
