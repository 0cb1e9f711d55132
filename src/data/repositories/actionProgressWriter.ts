import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import type { SpValues } from '../mapping';
import { ACTION_PROGRESS_LIST } from '../schema/planLists';
import { setProgressItemAccess } from '../provisioning/progressItemPermissions';
import { SendOnce } from '../sp/sendOnce';
import { isAnswerLost } from './writeOnce';

/** Writes per batch: SharePoint Online takes at most 100 operations in one `$batch`. */
const WRITES_PER_BATCH = 50;
/** Sends of one batch before giving up; after a lost answer the progress items are read again first. */
const BATCH_ATTEMPTS = 3;

/**
 * Writes the progress part of actions that the programme office creates or changes in bulk
 * (import, seeding), and gives each progress item its editors. Each action has one progress item,
 * found by its indexed `Action` lookup; a missing one is added. That lookup is also what makes a
 * batch whose answer was lost safe to send again: the batch is never re-sent blindly, the progress
 * items are read again, and only those still missing are added.
 */
export class ActionProgressWriter {
  private index: Map<number, number> | undefined;
  private contributeId: number | undefined;

  public constructor(private readonly sp: SPFI) {}

  private async progressIds(): Promise<Map<number, number>> {
    if (this.index) return this.index;
    const index = new Map<number, number>();
    for await (const page of this.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.select('Id', 'ActionId').top(5000)) {
      for (const row of page as Array<{ Id: number; ActionId?: number | null }>) {
        if (typeof row.ActionId === 'number' && !index.has(row.ActionId)) index.set(row.ActionId, row.Id);
      }
    }
    this.index = index;
    return index;
  }

  /** Adds or updates the progress item of each action; returns action id to progress item id. */
  public async write(entries: ReadonlyArray<{ actionId: number; values: SpValues }>): Promise<Map<number, number>> {
    for (let i = 0; i < entries.length; i += WRITES_PER_BATCH) {
      const chunk = entries.slice(i, i + WRITES_PER_BATCH);
      for (let attempt = 1; ; attempt += 1) {
        const lost = await this.writeBatch(chunk);
        if (lost === undefined) break;
        if (!isAnswerLost(lost) || attempt >= BATCH_ATTEMPTS) throw lost;
        // What the lost batch made is read back before anything is sent again.
        this.index = undefined;
      }
    }
    return this.progressIds();
  }

  /** One batch, sent at most once; resolves with the error when its whole answer was lost. */
  private async writeBatch(chunk: ReadonlyArray<{ actionId: number; values: SpValues }>): Promise<unknown> {
    const index = await this.progressIds();
    const [batched, execute] = spfi(this.sp).using(SendOnce()).batched();
    // A fresh queryable per request: PnPjs ties a batched request to the object that sends it.
    const items = (): ReturnType<typeof batched.web.lists.getByTitle>['items'] => batched.web.lists.getByTitle(ACTION_PROGRESS_LIST).items;
    const writes = chunk.map(async ({ actionId, values }) => {
      const id = index.get(actionId);
      if (id !== undefined) {
        if (Object.keys(values).length) await items().getById(id).update(values);
        return;
      }
      const added = (await items().add({ Status: 'NotStarted', ...values, ActionId: actionId })) as { Id: number };
      index.set(actionId, added.Id);
    });
    for (const w of writes) w.catch(() => undefined);
    try {
      await execute();
    } catch (error) {
      return error;
    }
    const failed = (await Promise.allSettled(writes)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return undefined;
  }

  /** Deletes the progress items of actions being deleted. */
  public async remove(actionIds: readonly number[]): Promise<void> {
    const index = await this.progressIds();
    for (const actionId of actionIds) {
      const id = index.get(actionId);
      if (id === undefined) continue;
      await this.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.getById(id).delete();
      index.delete(actionId);
    }
  }

  /** Lets exactly these people (site user ids) edit each action's progress, besides the programme office. */
  public async grant(entries: ReadonlyArray<{ actionId: number; editorIds: readonly number[] }>): Promise<void> {
    if (entries.length === 0) return;
    const index = await this.progressIds();
    this.contributeId ??= (await this.sp.web.roleDefinitions.getByType(3).select('Id')<{ Id: number }>()).Id;
    const access = entries.flatMap((e) => {
      const progressItemId = index.get(e.actionId);
      return progressItemId === undefined ? [] : [{ progressItemId, editorIds: [...new Set(e.editorIds)] }];
    });
    for (let attempt = 1; ; attempt += 1) {
      try {
        await setProgressItemAccess(this.sp, this.contributeId, access);
        return;
      } catch (error) {
        // Resetting an item's permissions and granting its editors ends the same however often it
        // is sent, so a batch whose answers keep being lost is simply sent again.
        if (!isAnswerLost(error) || attempt >= BATCH_ATTEMPTS) throw error;
      }
    }
  }
}
