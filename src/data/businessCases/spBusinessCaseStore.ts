import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError } from '../../application/errors';
import type { OperationKey } from '../../application/operationKey';
import type { BusinessCaseStore, CaseAction } from '../../application/ports/businessCaseStore';
import { caseRecord, type BusinessCaseContent, type BusinessCaseDecision, type BusinessCaseRecord, type BusinessCaseRevision, type CaseDecisionKind, type RevisionState } from '../../domain';
import type { ProblemSink, SpItem } from '../mapping';
import { BUSINESS_CASE_DECISIONS_LIST, BUSINESS_CASES_LIST } from '../schema/planLists';
import { itemId } from '../repositories/actionStore';
import { PAGE_SIZE } from '../repositories/planLoader';
import { httpStatus, translateError } from '../repositories/spErrors';
import { addOnce, findByOperationKey } from '../repositories/writeOnce';
import { writeInstant } from '../mapping/values';
import { CASE_EXPAND, DECISION_SELECT, decisionFromItem, REVISION_SELECT, revisionFromItem } from './caseItems';
import { writeCaseJson } from './caseJson';

/**
 * Business cases in two add-only lists. A lead's every save adds a revision (SharePoint records
 * who added it, and the reader keeps only the action's lead and delegates); the programme office
 * adds decisions that refer to a revision. Nothing is ever edited, so nothing is overwritten.
 * Councillors cannot read the revisions list at all: they see a case only once it is approved,
 * from the decision that holds the case as approved.
 */
export class SpBusinessCaseStore implements BusinessCaseStore {
  public constructor(
    private readonly sp: SPFI,
    private readonly report: ProblemSink
  ) {}

  private revisions(): IList {
    return this.sp.web.lists.getByTitle(BUSINESS_CASES_LIST);
  }

  private decisions(): IList {
    return this.sp.web.lists.getByTitle(BUSINESS_CASE_DECISIONS_LIST);
  }

  private read<T>(list: string, item: SpItem, map: (item: SpItem) => T | string): T | undefined {
    const value = map(item);
    if (typeof value !== 'string') return value;
    this.report({ list, itemId: Number(item.Id), column: list === BUSINESS_CASES_LIST ? 'CaseJson' : 'ApprovedCaseJson', message: value });
    return undefined;
  }

  /** Items of `list` matching `filter` (all when absent), every page. */
  private async items(list: IList, select: readonly string[], filter?: string): Promise<SpItem[]> {
    const out: SpItem[] = [];
    const base = list.items.select(...select).expand(...CASE_EXPAND).top(PAGE_SIZE);
    for await (const page of filter ? base.filter(filter) : base) out.push(...(page as SpItem[]));
    return out;
  }

  /** Revisions (undefined when SharePoint does not let this person read them) and decisions. */
  private async readStored(filter?: string): Promise<{ revisions?: BusinessCaseRevision[]; decisions: BusinessCaseDecision[] }> {
    const [revisions, decisions] = await Promise.allSettled([this.items(this.revisions(), REVISION_SELECT, filter), this.items(this.decisions(), DECISION_SELECT, filter)]);
    if (decisions.status === 'rejected') throw translateError(decisions.reason, { doing: 'read business case decisions', record: 'The business case decisions list' });
    let revs: BusinessCaseRevision[] | undefined;
    if (revisions.status === 'fulfilled') {
      revs = revisions.value.map((i) => this.read(BUSINESS_CASES_LIST, i, revisionFromItem)).filter((r): r is BusinessCaseRevision => r !== undefined);
    } else {
      // Councillors hold nothing on the revisions list: SharePoint hides it (404) or refuses (403).
      const status = httpStatus(revisions.reason);
      if (status !== 403 && status !== 404) throw translateError(revisions.reason, { doing: 'read business cases', record: 'The business cases list' });
    }
    const decs = decisions.value.map((i) => this.read(BUSINESS_CASE_DECISIONS_LIST, i, decisionFromItem)).filter((d): d is BusinessCaseDecision => d !== undefined);
    return { ...(revs ? { revisions: revs } : {}), decisions: decs };
  }

  private recordOf(action: CaseAction, stored: { revisions?: BusinessCaseRevision[]; decisions: BusinessCaseDecision[] }): BusinessCaseRecord {
    const record = caseRecord(action.id, action, stored.revisions, stored.decisions);
    for (const message of record.ignored) this.report({ list: BUSINESS_CASES_LIST, itemId: 0, column: 'Author', message: `${action.code}: ${message}` });
    return record;
  }

  public async readBusinessCase(action: CaseAction): Promise<BusinessCaseRecord> {
    return this.recordOf(action, await this.readStored(`ActionId eq ${itemId(action.id)}`));
  }

  public async readAllBusinessCases(actions: readonly CaseAction[]): Promise<BusinessCaseRecord[]> {
    const stored = await this.readStored();
    return actions.map((a) => this.recordOf(a, stored)).filter((r) => r.status !== 'None' || r.approved !== undefined);
  }

  public async addRevision(action: CaseAction, content: BusinessCaseContent, state: RevisionState, basedOn: string | undefined, operationKey: OperationKey): Promise<BusinessCaseRecord> {
    try {
      // Saving again after a lost answer finds this very revision instead of calling it a conflict.
      const already = await findByOperationKey(this.revisions(), operationKey).catch(() => undefined);
      if (!already) {
        const current = await this.readBusinessCase(action);
        if ((current.latest?.id ?? undefined) !== basedOn) {
          throw new ConflictError<BusinessCaseContent, BusinessCaseRecord>(
            `${current.latest?.author.displayName ?? 'Someone'} saved this business case after you opened it. Your version was not saved; both are shown below.`,
            content,
            current,
            current.latest?.id ?? ''
          );
        }
        await addOnce(
          () => this.revisions(),
          { Title: action.code, ActionId: itemId(action.id), RevisionState: state, CaseJson: writeCaseJson(content), SavedAt: writeInstant(new Date()) },
          operationKey
        );
      }
      return await this.readBusinessCase(action);
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      throw translateError(error, { doing: 'save this business case', record: 'The business case', whoMay: 'Only the lead of the action or a delegate can write its business case.' });
    }
  }

  public async addDecision(
    action: CaseAction,
    decision: { revisionId: string; decision: CaseDecisionKind; reason?: string; approvedContent?: BusinessCaseContent },
    operationKey: OperationKey
  ): Promise<BusinessCaseRecord> {
    try {
      await addOnce(
        () => this.decisions(),
        {
          Title: action.code,
          ActionId: itemId(action.id),
          RevisionId: itemId(decision.revisionId, 'business case revision'),
          Decision: decision.decision,
          Reason: decision.reason ?? null,
          ApprovedCaseJson: decision.approvedContent ? writeCaseJson(decision.approvedContent) : null,
          DecidedAt: writeInstant(new Date())
        },
        operationKey
      );
      return await this.readBusinessCase(action);
    } catch (error) {
      throw translateError(error, { doing: 'decide this business case', record: 'The business case', whoMay: 'Only the programme office can approve or return a business case.' });
    }
  }
}
