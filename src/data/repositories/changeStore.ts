import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError } from '../../application/errors';
import type { ChangeRequestStore, VersionTag, Versioned } from '../../application/ports/planRepository';
import type { ChangeRequest, ChangeStatus, IsoDate, Person } from '../../domain';
import { CHANGE_EXPAND, CHANGE_SELECT, changeRequestFromItem, changeRequestToValues, decisionToValues, type ProblemSink, type SpItem } from '../mapping';
import { siteDaysFor } from './siteTimeZone';
import { etagOf } from '../mapping/actions';
import { CHANGE_LOG_LIST } from '../schema/planLists';
import { itemId } from './actionStore';
import { PAGE_SIZE } from './planLoader';
import { httpStatus, translateError } from './spErrors';
import type { UserIdCache } from './userIds';
import { newOperationKey, type OperationKey } from '../../application/operationKey';
import { addOnce } from './writeOnce';

/** A decision on a change request. */
export type ChangeDecision = { status: Extract<ChangeStatus, 'Approved' | 'Rejected'>; by: Person; on: IsoDate; note?: string };

/**
 * The change log. A request's reference is its item id: unique under any concurrency, and fixed
 * at the moment SharePoint adds it (staff may add requests but never edit them).
 */
export class SpChangeRequestStore implements ChangeRequestStore {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: UserIdCache,
    private readonly report: ProblemSink
  ) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(CHANGE_LOG_LIST);
  }

  public async listChangeRequests(): Promise<Array<Versioned<ChangeRequest>>> {
    const out: Array<Versioned<ChangeRequest>> = [];
    try {
      const days = await siteDaysFor(this.sp);
      for await (const page of this.list.items.select(...CHANGE_SELECT).expand(...CHANGE_EXPAND).top(PAGE_SIZE)) {
        for (const item of page as SpItem[]) out.push({ value: changeRequestFromItem(item, this.report, days), version: etagOf(item) });
      }
    } catch (error) {
      throw translateError(error, { doing: 'read the change log', record: 'The change log' });
    }
    return out.sort((a, b) => a.value.reference - b.value.reference);
  }

  /** The highest reference used so far (0 for an empty log). */
  public async highestReference(): Promise<number> {
    const top = await this.list.items.select('Reference').orderBy('Reference', false).top(1)<Array<{ Reference: number | null }>>();
    return top[0]?.Reference ?? 0;
  }

  public async submitChangeRequest(request: Omit<ChangeRequest, 'id' | 'reference' | 'status'>, operationKey: OperationKey = newOperationKey()): Promise<ChangeRequest> {
    await this.users.prepare([request.requestedBy]);
    try {
      const days = await siteDaysFor(this.sp);
      // Staff may add to the change log but never edit it, so the number cannot be fixed up
      // afterwards: the item id is the reference (see the mapper); the column carries the likely
      // number so SharePoint's own views read sensibly.
      const likely = (await this.highestReference()) + 1;
      // Added once per operation key: a request whose answer was lost is found, not made twice.
      const created = await addOnce(() => this.list, changeRequestToValues({ ...request, reference: likely, status: 'Submitted' }, this.users.idOf, days), operationKey);
      const reference = created.Id;
      return { ...request, id: String(created.Id), reference, status: 'Submitted' };
    } catch (error) {
      throw translateError(error, { doing: 'submit a change request', record: 'The change log' });
    }
  }

  private async getChangeRequest(id: string): Promise<Versioned<ChangeRequest>> {
    try {
      const [item, days] = await Promise.all([
        this.list.items.getById(itemId(id, 'change request')).select(...CHANGE_SELECT).expand(...CHANGE_EXPAND)<SpItem>(),
        siteDaysFor(this.sp)
      ]);
      return { value: changeRequestFromItem(item, this.report, days), version: etagOf(item) };
    } catch (error) {
      throw translateError(error, { doing: 'read this change request', record: 'The change request' });
    }
  }

  public async decideChangeRequest(id: string, decision: ChangeDecision, version: VersionTag): Promise<VersionTag> {
    await this.users.prepare([decision.by]);
    try {
      const days = await siteDaysFor(this.sp);
      const result = await this.list.items.getById(itemId(id, 'change request')).update(decisionToValues(decision, this.users.idOf, days), version);
      return result.etag ?? version;
    } catch (error) {
      if (httpStatus(error) === 412) {
        const theirs = await this.getChangeRequest(id);
        throw new ConflictError<ChangeDecision, ChangeRequest>(
          `Change request ${theirs.value.reference} was changed or decided by someone else after you opened it. Your decision was not recorded.`,
          decision,
          theirs.value,
          theirs.version
        );
      }
      throw translateError(error, { doing: 'decide this change request', record: 'The change request' });
    }
  }
}
