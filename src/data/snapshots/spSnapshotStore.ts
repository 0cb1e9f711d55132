import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import {
  decodeSnapshot,
  encodeSnapshot,
  PeriodAlreadyClosedError,
  type ClosedPeriod,
  type RecordSeal,
  type SealedPeriod,
  type SnapshotStore,
  type StoredSnapshot
} from '../../application/periods';
import { PeopleResolver } from '../import/people';
import { listDefinition } from '../schema/planLists';
import { DEFAULT_CHUNK_CHARS, joinChunks, splitIntoChunks } from './chunks';
import { isAnswerLost } from '../repositories/writeOnce';
import { SendOnce } from '../sp/sendOnce';
import { odataEq } from '../odata';

/** Whether a ClosedAt read back (SharePoint drops the milliseconds) is the moment a close wrote. */
function isSameMoment(stored: string, written: string): boolean {
  return stored === written || stored === new Date(written).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface SnapshotItem {
  Id: number;
  Title: string;
  PeriodKey: string;
  ClosedAt: string;
  ClosedById: number | null;
  ChunkIndex: number;
  ChunkCount: number;
  SnapshotJson?: string | null;
  RecordHash?: string | null;
  PreviousHash?: string | null;
}

/** The parts written by one close: the items sharing a period key and a closing instant. */
interface CloseAttempt {
  readonly closedAt: string;
  readonly items: SnapshotItem[];
  readonly complete: boolean;
  readonly firstId: number;
}

const META = ['Id', 'Title', 'PeriodKey', 'ClosedAt', 'ClosedById', 'ChunkIndex', 'ChunkCount'] as const;
/** Added with sealing: read only where needed, so a site not yet re-provisioned still lists its periods. */
const SEAL_FIELDS = ['RecordHash', 'PreviousHash'] as const;

function attempts(items: readonly SnapshotItem[]): CloseAttempt[] {
  const groups = new Map<string, SnapshotItem[]>();
  for (const item of items) groups.set(item.ClosedAt, [...(groups.get(item.ClosedAt) ?? []), item]);
  return [...groups.entries()]
    .map(([closedAt, parts]) => ({
      closedAt,
      items: parts,
      complete: parts.length === parts[0].ChunkCount && new Set(parts.map((p) => p.ChunkIndex)).size === parts.length,
      firstId: Math.min(...parts.map((p) => p.Id))
    }))
    .sort((a, b) => a.firstId - b.firstId);
}

/**
 * Most bytes of snapshot text sent in one `$batch`. SharePoint reads at most 1,048,576 bytes of
 * one request body, and a chunk grows when it is escaped into the JSON of its item (every quote
 * of the snapshot's own JSON is escaped), so a batch carries well under that.
 */
const SNAPSHOT_BATCH_BYTES = 600_000;

/** The chunks, with their positions, in groups whose escaped size stays within `maxBytes` (one chunk per group at least). */
function batchesWithin(parts: readonly string[], maxBytes: number): Array<Array<{ text: string; index: number }>> {
  const groups: Array<Array<{ text: string; index: number }>> = [];
  let current: Array<{ text: string; index: number }> = [];
  let size = 0;
  parts.forEach((text, index) => {
    const bytes = new TextEncoder().encode(JSON.stringify(text)).length;
    if (current.length > 0 && size + bytes > maxBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push({ text, index });
    size += bytes;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Closed periods in the Plan Period Snapshots list. Each close writes the snapshot JSON in parts
 * of about 200 KB (one item per part: PeriodKey, ClosedAt, ChunkIndex, ChunkCount) in one batch,
 * and never updates them. Each part carries the period's seal (RecordHash, PreviousHash). A close that was cut off (parts missing) does not count as closed and
 * is cleared by the next close; if two people close the same period at once, the first written
 * stands and the other is removed and refused. Lock the list down to the programme office in
 * SharePoint (no edit or delete for others) so the record cannot be altered by hand.
 */
export class SpSnapshotStore implements SnapshotStore {
  private readonly list;
  private readonly people: PeopleResolver;

  public constructor(private readonly sp: SPFI, private readonly chunkChars: number = DEFAULT_CHUNK_CHARS) {
    this.list = sp.web.lists.getByTitle(listDefinition('snapshots').title);
    this.people = new PeopleResolver(sp);
  }

  private async items(filter?: string, withJson = false, withSeal = false): Promise<SnapshotItem[]> {
    const all: SnapshotItem[] = [];
    const query = this.list.items.select(...META, ...(withJson ? ['SnapshotJson'] : []), ...(withSeal ? SEAL_FIELDS : [])).top(withJson ? 50 : 2000);
    for await (const page of filter ? query.filter(filter) : query) all.push(...(page as SnapshotItem[]));
    return all;
  }

  private byPeriod(periodId: string, withJson = false): Promise<SnapshotItem[]> {
    return this.items(odataEq('PeriodKey', periodId), withJson);
  }

  /** Each closed period with the parts of its first complete close. */
  private async closed(withSeal: boolean): Promise<Array<{ period: ClosedPeriod; parts: SnapshotItem[] }>> {
    const users = new Map((await this.sp.web.siteUsers.select('Id', 'Title', 'Email')<Array<{ Id: number; Title: string; Email: string }>>()).map((u) => [u.Id, u]));
    const byKey = new Map<string, SnapshotItem[]>();
    for (const item of await this.items(undefined, false, withSeal)) byKey.set(item.PeriodKey, [...(byKey.get(item.PeriodKey) ?? []), item]);
    const closed: Array<{ period: ClosedPeriod; parts: SnapshotItem[] }> = [];
    for (const [periodId, items] of byKey) {
      const first = attempts(items).find((a) => a.complete);
      if (!first) continue;
      const user = first.items[0].ClosedById !== null ? users.get(first.items[0].ClosedById) : undefined;
      const period: ClosedPeriod = {
        periodId,
        label: first.items[0].Title,
        closedAt: new Date(first.closedAt).toISOString(),
        closedBy: user ? { displayName: user.Title, ...(user.Email ? { email: user.Email } : {}) } : { displayName: 'Unknown' }
      };
      closed.push({ period, parts: [...first.items].sort((a, b) => a.ChunkIndex - b.ChunkIndex) });
    }
    return closed;
  }

  /** {@inheritDoc SnapshotStore.listClosedPeriods} */
  public async listClosedPeriods(): Promise<ClosedPeriod[]> {
    return (await this.closed(false)).map((c) => c.period);
  }

  /** {@inheritDoc SnapshotStore.listSeals} */
  public async listSeals(): Promise<SealedPeriod[]> {
    let closed;
    try {
      closed = await this.closed(true);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (SEAL_FIELDS.some((field) => message.includes(field))) {
        throw new Error(`The ${listDefinition('snapshots').title} list has no RecordHash and PreviousHash columns yet. Run "npm run provision -- --site <site url>" to add them, then try again.`);
      }
      throw error;
    }
    return closed.map(({ period, parts }) => ({
      period,
      seals: parts.map((p) => ({ ...(p.RecordHash ? { recordHash: p.RecordHash } : {}), ...(p.PreviousHash ? { previousHash: p.PreviousHash } : {}) }))
    }));
  }

  /** {@inheritDoc SnapshotStore.loadSnapshot} */
  public async loadSnapshot(periodId: string): Promise<StoredSnapshot | undefined> {
    const first = attempts(await this.byPeriod(periodId, true)).find((a) => a.complete);
    if (!first) return undefined;
    const text = joinChunks(first.items.map((i) => ({ index: i.ChunkIndex, count: i.ChunkCount, text: i.SnapshotJson ?? '' })));
    return text === undefined ? undefined : decodeSnapshot(periodId, text);
  }

  private async remove(items: readonly SnapshotItem[]): Promise<void> {
    if (items.length === 0) return;
    const [batched, execute] = this.sp.batched();
    const list = batched.web.lists.getByTitle(listDefinition('snapshots').title);
    const deletes = items.map((i) => list.items.getById(i.Id).delete());
    for (const d of deletes) d.catch(() => undefined);
    await execute();
    await Promise.all(deletes);
  }

  /**
   * Adds the parts of one close in one batch, sent at most once (a batch re-sent blindly after a
   * lost answer would store every part twice); resolves with the error when the answer was lost.
   */
  private async addParts(values: ReadonlyArray<Record<string, unknown>>): Promise<unknown> {
    const [batched, execute] = spfi(this.sp).using(SendOnce()).batched();
    // A fresh queryable per request: PnPjs ties a batched request to the object that sends it.
    const adds = values.map((v) => batched.web.lists.getByTitle(listDefinition('snapshots').title).items.add(v));
    for (const a of adds) a.catch(() => undefined);
    try {
      await execute();
    } catch (error) {
      if (isAnswerLost(error)) return error;
      throw error;
    }
    await Promise.all(adds);
    return undefined;
  }

  /** {@inheritDoc SnapshotStore.saveSnapshot} */
  public async saveSnapshot(stored: StoredSnapshot, seal?: RecordSeal): Promise<void> {
    const { periodId, label, closedAt, closedBy } = stored.period;
    const before = attempts(await this.byPeriod(periodId));
    if (before.some((a) => a.complete)) throw new PeriodAlreadyClosedError({ periodId, label });
    await this.remove(before.flatMap((a) => a.items));

    const parts = splitIntoChunks(encodeSnapshot(stored), this.chunkChars);
    const closedById = await this.people.resolve(closedBy);
    const values = parts.map((text, index) => ({
      Title: label,
      PeriodKey: periodId,
      ClosedAt: closedAt,
      ClosedById: closedById,
      SnapshotJson: text,
      ChunkIndex: index,
      ChunkCount: parts.length,
      ...(seal ? { RecordHash: seal.recordHash, PreviousHash: seal.previousHash } : {})
    }));
    // Each $batch stays well inside SharePoint's request size limit.
    for (const group of batchesWithin(parts, SNAPSHOT_BATCH_BYTES)) {
      const groupValues = group.map(({ index }) => values[index]);
      const lost = await this.addParts(groupValues);
      if (lost === undefined) continue;
      // The batch may have been carried out: this close's parts are found by its moment of closing
      // and their positions, and only the missing ones are sent again. Parts written twice would
      // make the close look incomplete for good, since nobody but a site owner may delete them.
      const made = attempts(await this.byPeriod(periodId)).find((x) => isSameMoment(x.closedAt, closedAt));
      const stored = new Set((made?.items ?? []).map((item) => item.ChunkIndex));
      const missing = groupValues.filter((v) => !stored.has(v.ChunkIndex));
      if (missing.length) {
        const again = await this.addParts(missing);
        if (again !== undefined) throw again;
      }
    }

    const after = attempts(await this.byPeriod(periodId));
    const winner = after.find((a) => a.complete);
    const mine = after.find((a) => isSameMoment(a.closedAt, closedAt));
    if (winner && mine && winner !== mine) {
      await this.remove(mine.items);
      throw new PeriodAlreadyClosedError({ periodId, label });
    }
  }
}
