import type { PeriodDeps } from './closePeriod';
import { SnapshotCorruptError, type ClosedPeriod, type RecordSeal, type SealedPeriod, type StoredSeal } from './ports';
import { inChainOrder, recordHashOf } from './recordSeal';

/**
 * Why a closed period no longer matches the sealed record:
 * - `contentChanged`: its snapshot (or the seal on one of its parts) differs from what was sealed;
 * - `chainBroken`: its previous hash is not the record hash of the period closed before it;
 * - `periodMissing`: its previous hash belongs to no period still in the list (one was deleted);
 * - `notSealed`: it has no seal, yet was closed after sealing began.
 */
export type RecordProblem = 'contentChanged' | 'chainBroken' | 'periodMissing' | 'notSealed';

/** The outcome of checking every closed period against its seal. */
export type RecordCheck =
  | { readonly status: 'nothingClosed' }
  | {
      readonly status: 'verified';
      /** Sealed periods checked, all matching. */
      readonly periods: number;
      /** The period closed last, and its record hash (the end of the chain). */
      readonly latest: ClosedPeriod;
      readonly latestHash: string;
      /** Periods closed before sealing began, oldest first: they cannot be checked. */
      readonly closedBeforeSealing: readonly ClosedPeriod[];
    }
  | {
      /** Closed periods exist, but every one was closed before sealing began. */
      readonly status: 'notYetSealed';
      readonly closedBeforeSealing: readonly ClosedPeriod[];
    }
  | {
      readonly status: 'broken';
      /** The first period, in closing order, that no longer matches. */
      readonly period: ClosedPeriod;
      readonly problem: RecordProblem;
      /** The sealed period closed before it, when there is one. */
      readonly previous?: ClosedPeriod;
      /** What exactly differs, for the technical detail. */
      readonly detail?: string;
      readonly closedBeforeSealing: readonly ClosedPeriod[];
    };

/** The one seal every part carries; `none` when no part has one, `disagree` when parts differ. */
function agreedSeal(seals: readonly StoredSeal[]): RecordSeal | 'none' | 'disagree' {
  if (seals.every((s) => !s.recordHash && !s.previousHash)) return 'none';
  // SharePoint gives an empty text column back as null, so an absent previous hash reads as empty.
  const read = seals.map((s) => ({ recordHash: s.recordHash ?? '', previousHash: s.previousHash ?? '' }));
  const [first] = read;
  const same = first.recordHash !== '' && read.every((s) => s.recordHash === first.recordHash && s.previousHash === first.previousHash);
  return same ? first : 'disagree';
}

/** What differs between a sealed period's stored snapshot and its seal; undefined when they match. */
async function contentDifference(deps: Pick<PeriodDeps, 'snapshots'>, period: ClosedPeriod, seal: RecordSeal): Promise<string | undefined> {
  let stored;
  try {
    stored = await deps.snapshots.loadSnapshot(period.periodId);
  } catch (error) {
    if (error instanceof SnapshotCorruptError) return error.message;
    throw error;
  }
  if (!stored) return 'Its stored parts can no longer be read as a whole.';
  if (stored.period.periodId !== period.periodId || Date.parse(stored.period.closedAt) !== Date.parse(period.closedAt)) {
    return `The list says it was closed at ${period.closedAt}; its snapshot says ${stored.period.periodId} closed at ${stored.period.closedAt}.`;
  }
  const hash = await recordHashOf(stored, seal.previousHash);
  return hash === seal.recordHash ? undefined : `Its snapshot hashes to ${hash}, but it was sealed as ${seal.recordHash}.`;
}

/**
 * Checks the record of closed periods: recomputes every sealed period's hash from its stored
 * snapshot and follows the chain in closing order. Periods closed before sealing began (all
 * before the first sealed one) are listed, never sealed afterwards. Stops at the first period
 * that no longer matches.
 */
export async function verifyRecord(deps: Pick<PeriodDeps, 'snapshots'>): Promise<RecordCheck> {
  const ordered = inChainOrder(await deps.snapshots.listSeals(), (s: SealedPeriod) => s.period);
  if (ordered.length === 0) return { status: 'nothingClosed' };
  const knownHashes = new Set(ordered.flatMap((s) => s.seals.map((seal) => seal.recordHash ?? '')).filter((h) => h !== ''));
  const closedBeforeSealing: ClosedPeriod[] = [];
  let previous: { period: ClosedPeriod; hash: string } | undefined;
  let checked = 0;
  for (const { period, seals } of ordered) {
    const broken = (problem: RecordProblem, detail?: string): RecordCheck => ({
      status: 'broken',
      period,
      problem,
      ...(previous ? { previous: previous.period } : {}),
      ...(detail ? { detail } : {}),
      closedBeforeSealing
    });
    const seal = agreedSeal(seals);
    if (seal === 'none') {
      if (previous) return broken('notSealed');
      closedBeforeSealing.push(period);
      continue;
    }
    if (seal === 'disagree') return broken('contentChanged', 'Its stored parts carry different seals.');
    const difference = await contentDifference(deps, period, seal);
    if (difference) return broken('contentChanged', difference);
    if (seal.previousHash !== (previous?.hash ?? '')) {
      const pointsNowhere = seal.previousHash !== '' && !knownHashes.has(seal.previousHash);
      return broken(pointsNowhere ? 'periodMissing' : 'chainBroken', `Its previous hash is ${seal.previousHash || '(empty)'}; the period before it is sealed as ${previous?.hash || '(nothing)'}.`);
    }
    previous = { period, hash: seal.recordHash };
    checked++;
  }
  if (!previous) return { status: 'notYetSealed', closedBeforeSealing };
  return { status: 'verified', periods: checked, latest: previous.period, latestHash: previous.hash, closedBeforeSealing };
}
