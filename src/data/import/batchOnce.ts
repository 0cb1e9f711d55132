/**
 * Item writes in `$batch`es that take effect once even when a batch's answer is lost. PnPjs would
 * send such a batch again and make every creation in it a second time; here each batch is sent
 * at most once (SendOnce), each creation carries its operation key, and after a lost answer the
 * keys are looked up: what is found counts as made and only the rest is sent again (updates and
 * deletes are safe to repeat).
 */
import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { OPERATION_KEY_FIELD } from '../schema/planLists';
import { httpStatus } from '../repositories/spErrors';
import { isAnswerLost, operationKeyFilter } from '../repositories/writeOnce';
import { SendOnce } from '../sp/sendOnce';

/** One write of a batch: a creation (no id), an update (id and values) or a delete. */
export interface BatchWrite {
  readonly list: string;
  readonly id?: number;
  readonly values: Record<string, unknown>;
  /** Deletes the item `id` instead of writing it. */
  readonly remove?: boolean;
  /** The operation key a creation is stored with and looked up by. */
  readonly key?: string;
}

/** How each write ended, in the order of the writes; a creation resolves with `{ Id }`. */
export type Settled = Array<PromiseSettledResult<unknown>>;

/** Sends of one batch before giving up; after a lost answer only what is not there is sent again. */
const BATCH_ATTEMPTS = 3;

/**
 * Sends the writes as one batch, at most once per attempt; rejects with the error that lost the
 * last answer when three sends in a row lose theirs, or with any other failure of the batch.
 */
export async function writeBatchOnce(sp: SPFI, writes: readonly BatchWrite[]): Promise<Settled> {
  const settled: Settled = new Array(writes.length);
  let pending = writes.map((_, i) => i);
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const sent = await sendBatch(sp, pending.map((i) => writes[i]));
    if ('settled' in sent) {
      pending.forEach((i, j) => (settled[i] = sent.settled[j]));
      break;
    }
    if (!isAnswerLost(sent.error) || attempt >= BATCH_ATTEMPTS) throw sent.error;
    const made = await findCreated(sp, pending.map((i) => writes[i]));
    pending.forEach((i, j) => {
      const id = made.get(j);
      if (id !== undefined) settled[i] = { status: 'fulfilled', value: { Id: id } };
    });
    pending = pending.filter((i) => settled[i] === undefined);
  }
  return settled;
}

/**
 * One `$batch`, sent at most once: how each part ended, or the error that lost the whole answer
 * (the batch may then have been carried out in full, in part or not at all).
 */
async function sendBatch(sp: SPFI, writes: readonly BatchWrite[]): Promise<{ settled: Settled } | { error: unknown }> {
  const [batched, execute] = spfi(sp).using(SendOnce()).batched();
  const results = writes.map((w) => {
    // A fresh queryable per request: PnPjs ties a batched request to the object that sends it.
    const items = batched.web.lists.getByTitle(w.list).items;
    if (w.remove) {
      // A delete re-sent after a lost answer finds the item gone: that is the outcome wanted.
      return w.id === undefined ? Promise.resolve(undefined) : items.getById(w.id).delete().catch((e: unknown) => (httpStatus(e) === 404 ? undefined : Promise.reject(e)));
    }
    if (w.id !== undefined) return items.getById(w.id).update(w.values);
    return items.add(w.key === undefined ? w.values : { ...w.values, [OPERATION_KEY_FIELD]: w.key });
  });
  // Observe every part at once, so a failed batch leaves no unhandled rejection behind.
  for (const result of results) result.catch(() => undefined);
  try {
    await execute();
  } catch (error) {
    return { error };
  }
  return { settled: await Promise.allSettled(results) };
}

/**
 * Of these writes, the creations already made (found by operation key): position to item id.
 * One indexed GET per creation, outside any batch, so a lost batch answer never hides them.
 */
async function findCreated(sp: SPFI, writes: readonly BatchWrite[]): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  await Promise.all(
    writes.map(async (w, i) => {
      if (w.id !== undefined || w.key === undefined || w.remove) return;
      const rows = await sp.web.lists.getByTitle(w.list).items.filter(operationKeyFilter(w.key)).select('Id').orderBy('Id').top(1)<Array<{ Id: number }>>();
      if (rows[0]) found.set(i, rows[0].Id);
    })
  );
  return found;
}
