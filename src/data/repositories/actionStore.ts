import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError } from '../../application/errors';
import type { ActionChanges, ActionStore, VersionTag, Versioned } from '../../application/ports/planRepository';
import type { Action } from '../../domain';
import { ACTION_EXPAND, ACTION_SELECT, actionChangesToValues, actionFromItem, type ProblemSink, type SpItem } from '../mapping';
import { ACTIONS_LIST } from '../schema/planLists';
import { httpStatus, translateError } from './spErrors';
import type { UserIdCache } from './userIds';

/** Item ids are positive integers; anything else cannot name an action. */
export function itemId(id: string, what = 'action'): number {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`"${id}" is not the id of a ${what}.`);
  return n;
}

/**
 * Single actions with optimistic concurrency: every update is a MERGE carrying the ETag it was
 * read at, so SharePoint refuses (412) instead of overwriting someone else's save.
 */
export class SpActionStore implements ActionStore {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: UserIdCache,
    private readonly report: ProblemSink
  ) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(ACTIONS_LIST);
  }

  public async getAction(id: string): Promise<Versioned<Action>> {
    let item: SpItem;
    try {
      item = await this.list.items.getById(itemId(id)).select(...ACTION_SELECT).expand(...ACTION_EXPAND)<SpItem>();
    } catch (error) {
      throw translateError(error, { doing: 'read this action', record: 'The action' });
    }
    const record = actionFromItem(item, this.report);
    return { value: record.action, version: record.version };
  }

  public async updateAction(id: string, changes: ActionChanges, version: VersionTag): Promise<VersionTag> {
    await this.users.prepare([changes.override?.by]);
    const values = actionChangesToValues(changes, this.users.idOf);
    try {
      const result = await this.list.items.getById(itemId(id)).update(values, version);
      return result.etag ?? version;
    } catch (error) {
      if (httpStatus(error) === 412) {
        // Nothing was written; show the person both what they tried and what is there now.
        const theirs = await this.getAction(id);
        throw new ConflictError<ActionChanges, Action>(
          `Someone else saved action ${theirs.value.code} after you opened it. Your changes were not saved; compare them with the current version.`,
          changes,
          theirs.value,
          theirs.version
        );
      }
      throw translateError(error, { doing: 'change this action', record: 'The action' });
    }
  }
}
