import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError } from '../../application/errors';
import type { ActionChanges, ActionStore, VersionTag, Versioned } from '../../application/ports/planRepository';
import type { Action } from '../../domain';
import { ACTION_EXPAND, ACTION_SELECT, actionChangesToValues, actionFromItem, type ProblemSink, type SiteDays, type SpItem, type SpValues } from '../mapping';
import { etagOf } from '../mapping/actions';
import { siteDaysFor } from './siteTimeZone';
import {
  ACTION_PROGRESS_EXPAND, ACTION_PROGRESS_SELECT, decodeActionVersion, encodeActionVersion, mergeActionItems, splitActionValues, type ActionVersion
} from '../mapping/actionProgress';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST } from '../schema/planLists';
import { httpStatus, translateError } from './spErrors';
import type { UserIdCache } from './userIds';
import { newOperationKey, type OperationKey } from '../../application/operationKey';
import { OPERATION_KEY_FIELD } from '../schema/planLists';
import { addOnce, updateOnce } from './writeOnce';

/** Item ids are positive integers; anything else cannot name an action. */
export function itemId(id: string, what = 'action'): number {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`"${id}" is not the id of a ${what}.`);
  return n;
}

/**
 * Single actions with optimistic concurrency: every update is a MERGE carrying the ETag it was
 * read at, so SharePoint refuses (412) instead of overwriting someone else's save. Each save
 * also writes its operation key, so a save whose answer was lost (PnPjs re-sends it and meets 412
 * against it) is recognised by reading the item back and reported as saved.
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

  private get progressList(): IList {
    return this.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST);
  }

  /**
   * The action's progress item, if it has one (the Action lookup is indexed); with the key of the
   * save that last wrote it when `withKey` (only writers ask, so reads work on a site that has not
   * been provisioned since the key column was added).
   */
  private async progressItem(actionId: number, withKey = false): Promise<SpItem | undefined> {
    const found = await this.progressList.items
      .filter(`ActionId eq ${actionId}`)
      .select(...ACTION_PROGRESS_SELECT, ...(withKey ? [OPERATION_KEY_FIELD] : []))
      .expand(...ACTION_PROGRESS_EXPAND)
      .orderBy('Id')
      .top(1)<SpItem[]>();
    return found[0];
  }

  public async getAction(id: string): Promise<Versioned<Action>> {
    let item: SpItem;
    let days: SiteDays;
    try {
      const n = itemId(id);
      const [definition, progress, siteDays] = await Promise.all([
        this.list.items.getById(n).select(...ACTION_SELECT).expand(...ACTION_EXPAND)<SpItem>(),
        this.progressItem(n),
        siteDaysFor(this.sp)
      ]);
      item = mergeActionItems(definition, progress);
      days = siteDays;
    } catch (error) {
      throw translateError(error, { doing: 'read this action', record: 'The action' });
    }
    const record = actionFromItem(item, this.report, {}, days);
    return { value: record.action, version: record.version };
  }

  /**
   * Writes the progress part (its lead's, delegates' or the programme office's to write) and the
   * definition part (the programme office's alone), each with the ETag it was read at. Progress
   * goes first: an update form only ever changes progress, so a person without rights on the
   * definition is never half-saved by it.
   */
  public async updateAction(id: string, changes: ActionChanges, version: VersionTag, operationKey: OperationKey = newOperationKey()): Promise<VersionTag> {
    const [, days] = await Promise.all([this.users.prepare([changes.override?.by]), siteDaysFor(this.sp)]);
    const { definition, progress } = splitActionValues(actionChangesToValues(changes, this.users.idOf, days));
    const read = decodeActionVersion(version);
    const next: ActionVersion = { ...read };
    try {
      if (Object.keys(progress).length) Object.assign(next, await this.writeProgress(itemId(id), progress, read, operationKey));
      if (Object.keys(definition).length) {
        next.definition = await updateOnce(() => this.list.items.getById(itemId(id)), definition, read.definition, operationKey);
      }
      return encodeActionVersion(next);
    } catch (error) {
      if (httpStatus(error) === 412) {
        // Nothing of that part was written; show the person both what they tried and what is there now.
        const theirs = await this.getAction(id);
        throw new ConflictError<ActionChanges, Action>(
          `Someone else saved action ${theirs.value.code} after you opened it. Your changes were not saved; compare them with the current version.`,
          changes,
          theirs.value,
          theirs.version
        );
      }
      throw translateError(error, {
        doing: 'change this action',
        record: 'The action',
        whoMay: "Only the action's lead, its delegates and the programme office can update its progress; only the programme office can change its title, lead or dates, through change control."
      });
    }
  }

  private async writeProgress(actionId: number, values: SpValues, read: ActionVersion, key: OperationKey): Promise<Pick<ActionVersion, 'progressId' | 'progress'>> {
    if (read.progressId !== undefined) {
      const progressId = read.progressId;
      return { progressId, progress: await updateOnce(() => this.progressList.items.getById(progressId), values, read.progress ?? '*', key) };
    }
    const existing = await this.progressItem(actionId, true).catch(() => this.progressItem(actionId));
    if (existing && existing[OPERATION_KEY_FIELD] === key) {
      // This very save added it before its answer was lost: the values are there.
      return { progressId: existing.Id as number, progress: etagOf(existing) };
    }
    if (existing) {
      // Read before its progress item existed: someone has saved since, so this is a conflict.
      const error = Object.assign(new Error('The action gained a progress item since it was read.'), { status: 412 });
      throw error;
    }
    // Throws 404 (NotFoundError) for an action that does not exist.
    await this.list.items.getById(actionId).select('Id')();
    // An action without a progress item (made outside the app): the first save adds it, which
    // only the programme office may do; anyone else gets SharePoint's refusal.
    const added = await addOnce(() => this.progressList, { ...values, ActionId: actionId }, key);
    return { progressId: added.Id, progress: etagOf(added) };
  }
}
