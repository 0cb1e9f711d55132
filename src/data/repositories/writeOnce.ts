/**
 * Writes that take effect once even when SharePoint's answer is lost. Every write carries its
 * operation key (the `OperationKey` column); when a write fails in a way that may hide a success,
 * the item is read back and the key tells whether this very write is already there.
 */
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { etagOf } from '../mapping/actions';
import type { SpItem, SpValues } from '../mapping/values';
import { OPERATION_KEY_FIELD } from '../schema/planLists';
import { SendOnce } from '../sp/sendOnce';
import { AnswerLostError } from '../../application/errors';
import { describeSpFailure, httpStatus } from './spErrors';
import { odataString } from '../odata';

/** Sends of one create before giving up, each after looking the key up and not finding it. */
const CREATE_ATTEMPTS = 3;

/** SharePoint looked at the request and refused it: nothing was written, so nothing to look for. */
export function isRefusal(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 400 || status === 401 || status === 403 || status === 404;
}

/**
 * The request may have reached SharePoint but its answer never came back: a network error (fetch
 * rejects with a TypeError in browsers and in Node) or a gateway timeout. Recognised by name, as
 * the error may come from another realm (an iframe, Node's own fetch under a test sandbox).
 */
export function isAnswerLost(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TypeError' || httpStatus(error) === 504;
}

/**
 * SharePoint refused the operation key column itself ("The property 'OperationKey' does not
 * exist"): the site has not been provisioned since the column was added. The write is then made
 * without it, as before, so saves keep working until `provision` adds the column.
 */
export function isMissingKeyColumn(error: unknown): boolean {
  return httpStatus(error) === 400 && error instanceof Error && error.message.includes(`'${OPERATION_KEY_FIELD}'`);
}

/** `$filter` for the items carrying `key`: an index seek on the operation key column. */
export function operationKeyFilter(key: string): string {
  return `${OPERATION_KEY_FIELD} eq ${odataString(key)}`;
}

/** The oldest item of `list` carrying `key`, if any. */
export async function findByOperationKey(list: IList, key: string): Promise<SpItem | undefined> {
  const found = await list.items.filter(operationKeyFilter(key)).select('Id', OPERATION_KEY_FIELD).orderBy('Id').top(1)<SpItem[]>();
  return found[0];
}

/**
 * Adds an item carrying `key`, at most once: the POST is never re-sent blindly (see SendOnce);
 * when its answer is lost the key is looked up, and the item is added again only if it is not
 * there. `list` makes a fresh queryable per request.
 */
export async function addOnce(list: () => IList, values: SpValues, key: string): Promise<SpItem & { Id: number }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await list().items.using(SendOnce()).add({ ...values, [OPERATION_KEY_FIELD]: key })) as SpItem & { Id: number };
    } catch (error) {
      if (isMissingKeyColumn(error)) return (await list().items.using(SendOnce()).add(values)) as SpItem & { Id: number };
      if (isRefusal(error)) throw error;
      let found: SpItem | undefined;
      try {
        found = await findByOperationKey(list(), key);
      } catch {
        if (isAnswerLost(error)) throw new AnswerLostError(`SharePoint did not answer (${describeSpFailure(error)}), so it is not known whether the item was added.`);
        throw error;
      }
      if (found && typeof found.Id === 'number') return found as SpItem & { Id: number };
      if (!isAnswerLost(error) || attempt >= CREATE_ATTEMPTS) throw error;
    }
  }
}

/**
 * MERGEs `values` with `key` into an item if it is still at `etag`, and returns its new ETag.
 * PnPjs re-sends a MERGE whose answer was lost and then meets 412 against its own write; so on
 * any failure but a refusal the item is read back, and if it carries `key` the write is ours and
 * succeeded. Otherwise the original failure stands (a 412 is then somebody else's save).
 */
export async function updateOnce(item: () => IItem, values: SpValues, etag: string, key: string): Promise<string> {
  try {
    const result = await item().update({ ...values, [OPERATION_KEY_FIELD]: key }, etag);
    return result.etag ?? etag;
  } catch (error) {
    if (isMissingKeyColumn(error)) return (await item().update(values, etag)).etag ?? etag;
    if (isRefusal(error)) throw error;
    const current = await item().select('Id', OPERATION_KEY_FIELD)<SpItem>().catch(() => undefined);
    if (current && current[OPERATION_KEY_FIELD] === key) return etagOf(current);
    if (!current && isAnswerLost(error)) throw new AnswerLostError(`SharePoint did not answer (${describeSpFailure(error)}), so it is not known whether the write was made.`);
    throw error;
  }
}
