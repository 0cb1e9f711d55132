import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AlertReceipt, AlertReceipts, NewAlertReceipt } from '../../application/alerts/savePorts';
import { readInstant, readLookupId, readNumber, readText, type SpItem } from '../mapping/values';
import { ALERT_RECEIPTS_LIST } from '../schema/planLists';
import { AUTHOR_EXPAND, AUTHOR_SELECT, authorOf } from './authorItems';
import { newOperationKey } from '../../application/operationKey';
import { addOnce } from '../repositories/writeOnce';

/** Actions per `or` filter on the indexed Action lookup. */
const ACTIONS_PER_QUERY = 15;
const PAGE = 2000;

const RECEIPT_SELECT: readonly string[] = ['Id', 'SlipKey', 'ActionId', 'ProgressUpdateId', 'MessageId', 'Route', 'PostedAt', ...AUTHOR_SELECT];

function receiptFromItem(item: SpItem): AlertReceipt | undefined {
  const author = authorOf(item);
  const key = readText(item.SlipKey);
  if (!author || !key || typeof item.Id !== 'number') return undefined;
  const actionId = readLookupId(item.ActionId);
  const updateId = readNumber(item.ProgressUpdateId);
  const messageId = readText(item.MessageId);
  const route = readText(item.Route);
  const postedAt = readInstant(item.PostedAt);
  return {
    id: item.Id,
    key,
    ...(actionId ? { actionId } : {}),
    ...(updateId !== undefined && Number.isInteger(updateId) && updateId > 0 ? { progressUpdateId: String(updateId) } : {}),
    ...(messageId ? { messageId } : {}),
    ...(route ? { route } : {}),
    ...(postedAt ? { postedAt } : {}),
    author
  };
}

/**
 * 'Plan Alert Receipts': the app adds one, as the person saving, after posting a slip card. Staff
 * may add items but never edit or delete them; SharePoint records who added each, and the sweep
 * trusts a receipt only when that is the person whose save caused the slip.
 */
export class SpAlertReceipts implements AlertReceipts {
  public constructor(private readonly sp: SPFI) {}

  public async add(receipt: NewAlertReceipt): Promise<void> {
    const actionId = Number(receipt.actionId);
    const updateId = receipt.progressUpdateId !== undefined ? Number(receipt.progressUpdateId) : NaN;
    // Added once: a receipt whose answer was lost is found by its key, not added twice.
    const values = {
      Title: receipt.key.slice(0, 255),
      SlipKey: receipt.key.slice(0, 255),
      ActionId: Number.isInteger(actionId) && actionId > 0 ? actionId : null,
      ProgressUpdateId: Number.isInteger(updateId) && updateId > 0 ? updateId : null,
      MessageId: receipt.messageId ? receipt.messageId.slice(0, 255) : null,
      Route: receipt.route.slice(0, 255),
      PostedAt: receipt.postedAt.toISOString()
    };
    await addOnce(() => this.sp.web.lists.getByTitle(ALERT_RECEIPTS_LIST), values, newOperationKey());
  }

  public async listForActions(actionIds: readonly string[]): Promise<AlertReceipt[]> {
    const ids = [...new Set(actionIds)].map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const out: AlertReceipt[] = [];
    for (let i = 0; i < ids.length; i += ACTIONS_PER_QUERY) {
      const filter = ids.slice(i, i + ACTIONS_PER_QUERY).map((id) => `ActionId eq ${id}`).join(' or ');
      const items = await this.sp.web.lists.getByTitle(ALERT_RECEIPTS_LIST).items.filter(filter).select(...RECEIPT_SELECT).expand(...AUTHOR_EXPAND).top(PAGE)<SpItem[]>();
      for (const item of items) {
        const receipt = receiptFromItem(item);
        if (receipt) out.push(receipt);
      }
    }
    return out;
  }
}
