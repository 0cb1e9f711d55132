import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ProgressHistoryStore } from '../../application/ports/planRepository';
import type { ProgressUpdate } from '../../domain';
import { PROGRESS_EXPAND, PROGRESS_SELECT, progressUpdateFromItem, progressUpdateToValues, type ProblemSink, type SpItem } from '../mapping';
import { siteDaysFor } from './siteTimeZone';
import { PROGRESS_UPDATES_LIST } from '../schema/planLists';
import { itemId } from './actionStore';
import { PAGE_SIZE } from './planLoader';
import { translateError } from './spErrors';
import type { UserIdCache } from './userIds';
import { newOperationKey, type OperationKey } from '../../application/operationKey';
import { addOnce } from './writeOnce';

/**
 * Progress history: updates are only ever added, never edited, so no ETag is involved. Each entry
 * carries its operation key, so adding it again after a lost answer finds it instead of doubling it.
 */
export class SpProgressHistoryStore implements ProgressHistoryStore {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: UserIdCache,
    private readonly report: ProblemSink
  ) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(PROGRESS_UPDATES_LIST);
  }

  public async addProgressUpdate(update: Omit<ProgressUpdate, 'id'>, operationKey: OperationKey = newOperationKey()): Promise<ProgressUpdate> {
    itemId(update.actionId);
    await this.users.prepare([update.submittedBy]);
    try {
      const created = await addOnce(() => this.list, progressUpdateToValues(update, this.users.idOf, await siteDaysFor(this.sp)), operationKey);
      return { ...update, id: String(created.Id) };
    } catch (error) {
      throw translateError(error, { doing: 'add a progress update', record: 'The action' });
    }
  }

  /** Every update of one action, oldest first (the Action lookup is indexed). */
  public async listProgressUpdates(actionId: string): Promise<ProgressUpdate[]> {
    const out: ProgressUpdate[] = [];
    const query = this.list.items.filter(`ActionId eq ${itemId(actionId)}`).select(...PROGRESS_SELECT).expand(...PROGRESS_EXPAND).top(PAGE_SIZE);
    try {
      const days = await siteDaysFor(this.sp);
      for await (const page of query) for (const item of page as SpItem[]) out.push(progressUpdateFromItem(item, this.report, days));
    } catch (error) {
      throw translateError(error, { doing: 'read progress updates', record: 'The progress list' });
    }
    return out.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  }
}
