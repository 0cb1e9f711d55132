import {
  PeriodAlreadyClosedError,
  createReportingServices,
  type ClosedPeriod,
  type PlanForPeriods,
  type RecordSeal,
  type ReportingServices,
  type SealedPeriod,
  type SnapshotStore,
  type StoredSnapshot
} from '../../../src/application/periods';

/** The reporting methods a fake can be told to fail. */
export type ReportingMethod = keyof ReportingServices;

/** Reporting held in memory, with handles for tests and the local demo. */
export interface InMemoryReporting extends ReportingServices {
  /** Makes the next call of `method` fail with `error`. */
  failNext(method: ReportingMethod, error: Error): void;
  /** Every snapshot stored, oldest first. */
  peekSnapshots(): readonly StoredSnapshot[];
  /** Changes a stored snapshot and keeps its seal, as someone editing the list by hand would. */
  alterSnapshot(periodId: string, change: (stored: StoredSnapshot) => StoredSnapshot): void;
}

/** A SnapshotStore in memory: write once, as the SharePoint store is. */
export class InMemorySnapshotStore implements SnapshotStore {
  private readonly stored = new Map<string, { snapshot: StoredSnapshot; seal?: RecordSeal }>();

  /** `initial` periods count as closed before sealing began: they carry no seal. */
  public constructor(initial: readonly StoredSnapshot[] = []) {
    for (const s of initial) this.stored.set(s.period.periodId, { snapshot: s });
  }

  /** {@inheritDoc SnapshotStore.listClosedPeriods} */
  public async listClosedPeriods(): Promise<ClosedPeriod[]> {
    return [...this.stored.values()].map((s) => s.snapshot.period);
  }

  /** {@inheritDoc SnapshotStore.loadSnapshot} */
  public async loadSnapshot(periodId: string): Promise<StoredSnapshot | undefined> {
    return this.stored.get(periodId)?.snapshot;
  }

  /** {@inheritDoc SnapshotStore.saveSnapshot} */
  public async saveSnapshot(snapshot: StoredSnapshot, seal?: RecordSeal): Promise<void> {
    const held = this.stored.get(snapshot.period.periodId);
    if (held) throw new PeriodAlreadyClosedError(held.snapshot.period);
    this.stored.set(snapshot.period.periodId, { snapshot, ...(seal ? { seal } : {}) });
  }

  /** {@inheritDoc SnapshotStore.listSeals} */
  public async listSeals(): Promise<SealedPeriod[]> {
    return [...this.stored.values()].map((s) => ({ period: s.snapshot.period, seals: [s.seal ?? {}] }));
  }

  /** Every snapshot, in the order stored. */
  public all(): StoredSnapshot[] {
    return [...this.stored.values()].map((s) => s.snapshot);
  }

  /** Replaces a stored snapshot, keeping its seal (for tests of tampering). */
  public alter(periodId: string, change: (stored: StoredSnapshot) => StoredSnapshot): void {
    const held = this.stored.get(periodId);
    if (!held) throw new Error(`${periodId} is not closed.`);
    this.stored.set(periodId, { ...held, snapshot: change(held.snapshot) });
  }
}

/**
 * The reporting port over an in-memory store and the real period use cases, for component tests
 * and demos without SharePoint. `loadPlan` is what closing a period freezes.
 */
export function createInMemoryReporting(options: { loadPlan: () => Promise<PlanForPeriods>; snapshots?: readonly StoredSnapshot[] }): InMemoryReporting {
  const store = new InMemorySnapshotStore(options.snapshots);
  const real = createReportingServices({ snapshots: store, loadPlan: options.loadPlan });
  const failures = new Map<ReportingMethod, Error>();
  const guard = <T>(method: ReportingMethod, run: () => Promise<T>): Promise<T> => {
    const error = failures.get(method);
    if (error) {
      failures.delete(method);
      return Promise.reject(error);
    }
    return run();
  };
  return {
    listClosedPeriods: () => guard('listClosedPeriods', () => real.listClosedPeriods()),
    snapshotAsAt: (periodId) => guard('snapshotAsAt', () => real.snapshotAsAt(periodId)),
    closePeriod: (input) => guard('closePeriod', () => real.closePeriod(input)),
    verifyRecord: () => guard('verifyRecord', () => real.verifyRecord()),
    failNext: (method, error) => failures.set(method, error),
    peekSnapshots: () => store.all(),
    alterSnapshot: (periodId, change) => store.alter(periodId, change)
  };
}
