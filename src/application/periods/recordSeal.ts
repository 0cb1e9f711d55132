import { sealedRecordText } from '../../domain/reporting/recordCanonical';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec';
import type { ClosedPeriod, RecordSeal, SnapshotStore, StoredSnapshot } from './ports';

/**
 * SHA-256 of text (UTF-8), hex-encoded, through Web Crypto (browsers and Node 22 alike).
 * @throws Error when Web Crypto is not available (browsers offer it on HTTPS and localhost only)
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('This browser cannot compute SHA-256 (Web Crypto is not available here), so the record of closed periods cannot be sealed or checked.');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The record hash of a closed period chained to `previousHash`. Computed over the snapshot as the
 * codec reads it back, so a snapshot hashed when closing and the copy read from storage later
 * give the same hash.
 * @throws SnapshotCorruptError when the snapshot is not one the codec can read
 */
export async function recordHashOf(stored: StoredSnapshot, previousHash: string): Promise<string> {
  const { period, themes, snapshot } = decodeSnapshot(stored.period.periodId, encodeSnapshot(stored));
  const text = sealedRecordText({ periodKey: period.periodId, closedAt: period.closedAt, closedBy: period.closedBy, content: { label: period.label, themes, snapshot } }, previousHash);
  return sha256Hex(text);
}

/** Orders periods as the chain runs: by the instant each was closed, then by period key. */
export function inChainOrder<T>(items: readonly T[], periodOf: (item: T) => ClosedPeriod): T[] {
  const instant = (p: ClosedPeriod): number => {
    const ms = Date.parse(p.closedAt);
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return [...items].sort((a, b) => {
    const pa = periodOf(a);
    const pb = periodOf(b);
    return instant(pa) - instant(pb) || (pa.periodId < pb.periodId ? -1 : pa.periodId > pb.periodId ? 1 : 0);
  });
}

/** The record hash of the period closed last, or empty when none is sealed (the chain starts afresh). */
export async function latestRecordHash(store: Pick<SnapshotStore, 'listSeals'>): Promise<string> {
  const ordered = inChainOrder(await store.listSeals(), (s) => s.period);
  return ordered[ordered.length - 1]?.seals[0]?.recordHash ?? '';
}

/**
 * Seals a snapshot onto the end of the chain and stores it. Closing a period does this; so can
 * tools that store periods directly (the local demo's seed).
 * @throws PeriodAlreadyClosedError when the period is already closed
 */
export async function saveSealedSnapshot(store: Pick<SnapshotStore, 'listSeals' | 'saveSnapshot'>, stored: StoredSnapshot): Promise<RecordSeal> {
  const previousHash = await latestRecordHash(store);
  const seal: RecordSeal = { recordHash: await recordHashOf(stored, previousHash), previousHash };
  await store.saveSnapshot(stored, seal);
  return seal;
}
