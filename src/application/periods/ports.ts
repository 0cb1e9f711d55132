import type { Person, PlanSnapshot } from '../../domain';

/** A reporting period the programme office has closed. */
export interface ClosedPeriod {
  /** Period id, e.g. `'2026-03'` or `'2025/26-Q4'`. */
  readonly periodId: string;
  /** Label for readers, e.g. `'March 2026'`. */
  readonly label: string;
  /** ISO instant it was closed. */
  readonly closedAt: string;
  /** Who closed it. */
  readonly closedBy: Person;
}

/** A theme as it stood when the period closed (names change; the record must not). */
export interface SnapshotTheme {
  readonly code: string;
  readonly name: string;
  readonly order: number;
}

/** Everything kept when a period closes: who, when, the themes and every action's snapshot. */
export interface StoredSnapshot {
  readonly period: ClosedPeriod;
  readonly themes: readonly SnapshotTheme[];
  readonly snapshot: PlanSnapshot;
}

/**
 * The seal of a closed period: SHA-256 (hex) of its canonical record chained to the previous
 * closed period's hash, and that previous hash (empty for the first period sealed).
 */
export interface RecordSeal {
  readonly recordHash: string;
  readonly previousHash: string;
}

/** The seal as read from one stored part of a period; both are absent on periods closed before sealing began. */
export interface StoredSeal {
  readonly recordHash?: string;
  readonly previousHash?: string;
}

/** A closed period with the seal found on each of its stored parts (one entry per part). */
export interface SealedPeriod {
  readonly period: ClosedPeriod;
  readonly seals: readonly StoredSeal[];
}

/** Stores closed periods. Snapshots are immutable: written once, never updated. */
export interface SnapshotStore {
  /** Every closed period, oldest first. */
  listClosedPeriods(): Promise<ClosedPeriod[]>;
  /** The snapshot of a closed period, or undefined when it was never closed. */
  loadSnapshot(periodId: string): Promise<StoredSnapshot | undefined>;
  /**
   * Stores a snapshot, with its seal on every part when one is given.
   * @throws PeriodAlreadyClosedError when the period is already closed (nothing is written)
   */
  saveSnapshot(snapshot: StoredSnapshot, seal?: RecordSeal): Promise<void>;
  /** Every closed period with the seals stored on its parts, in no particular order. */
  listSeals(): Promise<SealedPeriod[]>;
}

/** The period was closed before; its snapshot stands and cannot be replaced. */
export class PeriodAlreadyClosedError extends Error {
  public constructor(public readonly period: ClosedPeriod | { periodId: string; label: string }) {
    super(
      'closedAt' in period
        ? `${period.label} was closed on ${period.closedAt.slice(0, 10)} by ${period.closedBy.displayName}. A closed period cannot be closed again: its snapshot is the record of what was reported.`
        : `${period.label} is already closed. A closed period cannot be closed again: its snapshot is the record of what was reported.`
    );
    this.name = 'PeriodAlreadyClosedError';
  }
}

/** No snapshot exists for the period asked for. */
export class SnapshotNotFoundError extends Error {
  public constructor(label: string) {
    super(`${label} has not been closed, so there is no record of the plan as at then.`);
    this.name = 'SnapshotNotFoundError';
  }
}

/** A stored snapshot could not be read back (damaged or edited by hand). */
export class SnapshotCorruptError extends Error {
  public constructor(periodId: string, detail: string) {
    super(`The snapshot of ${periodId} cannot be read: ${detail}`);
    this.name = 'SnapshotCorruptError';
  }
}
