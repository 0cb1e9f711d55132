import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AppPostNote, ClaimDetails, ClaimResult, IgnoredLogEntry, LogEntry, NotificationKind, NotificationLog } from '../../application/alerts/logPorts';
import { httpStatus } from '../repositories/spErrors';
import { claimValues, describeWriters, entryFromItem, LOG_EXPAND, LOG_SELECT, NOTIFICATIONS_LOG_LIST, payloadOf, writersOf } from './logItems';
import { odataString } from '../odata';
import { SpRecordKeepers, type RecordKeepers } from './recordKeepers';
import type { SpItem } from '../mapping/values';
import { newOperationKey } from '../../application/operationKey';
import { addOnce, updateOnce } from '../repositories/writeOnce';

/** Keys per `or` filter: keeps URLs short and each query an index seek on SlipKey. */
const KEYS_PER_QUERY = 15;
const PAGE = 2000;

/**
 * The notifications log on SharePoint.
 *
 * Only items created and last changed by a record keeper (the programme office or the identity
 * running this process) are entries of record; every other item is ignored and listed in
 * {@link ignoredEntries}, so a forged entry can neither own a key, stop a card, nor be retried.
 *
 * Claims are "insert, then look": the claimer adds a Claimed item and reads every item of the key;
 * the lowest item id of record owns the key and any other claimer deletes its own item.
 * SharePoint item ids only grow and reads after writes are consistent, so of any number of
 * concurrent claimers exactly one sees itself first. Reclaims and failures are MERGEs with
 * IF-Match on the entry's ETag, so two sweeps cannot both take over the same entry (the second
 * gets 412).
 *
 * Each claim and reclaim writes the claimant's own token (a fresh operation key), so a claim whose
 * answer was lost is recognised as this claimant's at once: the add is never re-sent blindly (a
 * lost answer is looked up by its token), and a reclaim re-sent by PnPjs that meets 412 against
 * its own write reads the entry back and finds its token there. Neither waits for the lease.
 */
export class SpNotificationLog implements NotificationLog {
  private readonly ignored = new Map<number, IgnoredLogEntry>();

  public constructor(
    private readonly sp: SPFI,
    private readonly keepers: RecordKeepers = new SpRecordKeepers(sp)
  ) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(NOTIFICATIONS_LOG_LIST);
  }

  /** The entries of record among `items`; the others are remembered as ignored. */
  private async ofRecord(items: readonly SpItem[]): Promise<LogEntry[]> {
    const keepers = await this.keepers.ids();
    const out: LogEntry[] = [];
    for (const item of items) {
      const { authorId, editorId } = writersOf(item);
      const entry = entryFromItem(item);
      if (authorId !== undefined && editorId !== undefined && keepers.has(authorId) && keepers.has(editorId)) out.push(entry);
      else this.ignored.set(entry.id, { id: entry.id, key: entry.key, state: entry.state, writtenBy: describeWriters(item) });
    }
    return out;
  }

  private async rowsOfKeys(keys: readonly string[]): Promise<LogEntry[]> {
    const out: LogEntry[] = [];
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
      const filter = unique.slice(i, i + KEYS_PER_QUERY).map((k) => `SlipKey eq ${odataString(k)}`).join(' or ');
      const items = await this.list.items.filter(filter).select(...LOG_SELECT).expand(...LOG_EXPAND).top(PAGE)<SpItem[]>();
      out.push(...(await this.ofRecord(items)));
    }
    return out;
  }

  private async readAll(filter: string): Promise<LogEntry[]> {
    const out: LogEntry[] = [];
    for await (const page of this.list.items.filter(filter).select(...LOG_SELECT).expand(...LOG_EXPAND).top(PAGE)) {
      out.push(...(await this.ofRecord(page as SpItem[])));
    }
    return out;
  }

  /** Owning (lowest-id) entry per key among `rows`. */
  private static owners(rows: readonly LogEntry[]): Map<string, LogEntry> {
    const owners = new Map<string, LogEntry>();
    for (const row of rows) {
      const current = owners.get(row.key);
      if (!current || row.id < current.id) owners.set(row.key, row);
    }
    return owners;
  }

  public ignoredEntries(): readonly IgnoredLogEntry[] {
    return [...this.ignored.values()];
  }

  public async find(keys: readonly string[]): Promise<Map<string, LogEntry>> {
    return keys.length ? SpNotificationLog.owners(await this.rowsOfKeys(keys)) : new Map();
  }

  public async claim(key: string, details: ClaimDetails): Promise<ClaimResult> {
    const before = (await this.find([key])).get(key);
    if (before) return { outcome: 'alreadyClaimed', entry: before };
    const added = await addOnce(() => this.list, claimValues(key, details), newOperationKey());
    const mine = added.Id;
    const owner = (await this.find([key])).get(key);
    if (owner && owner.id === mine) return { outcome: 'claimed', entry: owner };
    // Someone claimed it first: withdraw this item (best effort; a leftover is never an owner).
    try {
      await this.list.items.getById(mine).delete();
    } catch {
      // Left behind, it is ignored: only the lowest id of a key counts.
    }
    if (!owner) throw new Error(`The claim of ${key} was written but cannot be read back as an entry of record.`);
    return { outcome: 'alreadyClaimed', entry: owner };
  }

  public async reclaim(entry: LogEntry, at: Date, uncertainPosts?: number): Promise<ClaimResult> {
    const item = (): ReturnType<IList['items']['getById']> => this.list.items.getById(entry.id);
    const counted = uncertainPosts ?? entry.uncertainPosts ?? 0;
    const changed = counted !== (entry.uncertainPosts ?? 0);
    try {
      const values = { State: 'Claimed', ClaimedAt: at.toISOString(), Attempts: entry.attempts + 1, ...(changed ? { Payload: payloadOf(entry, counted) } : {}) };
      const version = await updateOnce(item, values, entry.version, newOperationKey());
      const claimed: LogEntry = { ...entry, state: 'Claimed', claimedAt: at, attempts: entry.attempts + 1, version };
      if (counted > 0) claimed.uncertainPosts = counted;
      return { outcome: 'claimed', entry: claimed };
    } catch (error) {
      if (httpStatus(error) !== 412) throw error;
      return { outcome: 'alreadyClaimed', entry: entryFromItem(await item().select(...LOG_SELECT).expand(...LOG_EXPAND)<SpItem>()) };
    }
  }

  public async confirmSent(entry: LogEntry, at: Date, route: string, postedFromApp?: AppPostNote): Promise<void> {
    const record = postedFromApp && entry.record ? { Payload: payloadOf(entry, entry.uncertainPosts ?? 0, { postedFromApp }) } : {};
    // Unconditional: the post happened, so Sent is the truth whoever else touched the entry.
    await this.list.items.getById(entry.id).update({ State: 'Sent', SentAt: at.toISOString(), Route: route.slice(0, 255), LastError: null, ...record }, '*');
  }

  public async recordFailure(entry: LogEntry, error: string, route: string | undefined): Promise<void> {
    try {
      await this.list.items.getById(entry.id).update({ State: 'Failed', LastError: error.slice(0, 4000), ...(route ? { Route: route } : {}) }, entry.version);
    } catch (e) {
      // 412: another writer has the entry now (a reclaim or a confirm); its word stands.
      if (httpStatus(e) !== 412) throw e;
    }
  }

  public async recordUncertain(entry: LogEntry, error: string, route: string | undefined): Promise<void> {
    await this.conditional(entry, { State: 'Failed', LastError: error.slice(0, 4000), Payload: payloadOf(entry, (entry.uncertainPosts ?? 0) + 1), ...(route ? { Route: route } : {}) });
  }

  public async closeUncertain(entry: LogEntry, at: Date, note: string, route: string | undefined): Promise<void> {
    const values = { State: 'Sent', SentAt: at.toISOString(), LastError: note.slice(0, 4000), Payload: payloadOf(entry, (entry.uncertainPosts ?? 0) + 1), ...(route ? { Route: route } : {}) };
    await this.conditional(entry, values);
  }

  /** A MERGE conditional on the entry's version; a 412 means another writer has the entry now, and its word stands. */
  private async conditional(entry: LogEntry, values: Record<string, unknown>): Promise<void> {
    try {
      await this.list.items.getById(entry.id).update(values, entry.version);
    } catch (e) {
      if (httpStatus(e) !== 412) throw e;
    }
  }

  public async release(entry: LogEntry): Promise<void> {
    try {
      await this.list.items.getById(entry.id).delete(entry.version);
    } catch (e) {
      if (httpStatus(e) !== 412 && httpStatus(e) !== 404) throw e;
    }
  }

  public async listUnsent(): Promise<LogEntry[]> {
    // Two equality reads on the indexed State column: on a log past the list view threshold
    // SharePoint refuses `ne`, which no index can serve.
    const unsent = [...(await this.readAll("State eq 'Claimed'")), ...(await this.readAll("State eq 'Failed'"))];
    // A leftover of a lost claim is never an owner; only owners are retried.
    const owners = await this.find(unsent.map((e) => e.key));
    return unsent.filter((e) => owners.get(e.key)?.id === e.id).sort((a, b) => a.id - b.id);
  }

  public async listClaimedSince(kind: NotificationKind, since: Date): Promise<LogEntry[]> {
    // The selective indexed clause first: on a log past the list view threshold every slip entry
    // would be more than SharePoint lets one index seek return.
    return this.readAll(`ClaimedAt ge datetime'${since.toISOString()}' and NotificationKind eq ${odataString(kind)}`);
  }
}
