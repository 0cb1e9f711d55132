import { PeriodAlreadyClosedError, createReportingServices, type ClosedPeriod, type PlanForPeriods, type ReportingServices, type SnapshotStore, type StoredSnapshot } from '../periods';

/** The reporting methods a fake can be told to fail. */
export type ReportingMethod = keyof ReportingServices;

/** Reporting held in memory, with handles for tests and the local demo. */
export interface InMemoryReporting extends ReportingServices {
  /** Makes the next call of `method` fail with `error`. */
  failNext(method: ReportingMethod, error: Error): void;
  /** Every snapshot stored, oldest first. */
  peekSnapshots(): readonly StoredSnapshot[];
}

/** A SnapshotStore in memory: write once, as the SharePoint store is. */
export class InMemorySnapshotStore implements SnapshotStore {
  private readonly stored = new Map<string, StoredSnapshot>();

  public constructor(initial: readonly StoredSnapshot[] = []) {
    for (const s of initial) this.stored.set(s.period.periodId, s);
  }

  /** {@inheritDoc SnapshotStore.listClosedPeriods} */
  public async listClosedPeriods(): Promise<ClosedPeriod[]> {
    return [...this.stored.values()].map((s) => s.period);
  }

  /** {@inheritDoc SnapshotStore.loadSnapshot} */
  public async loadSnapshot(periodId: string): Promise<StoredSnapshot | undefined> {
    return this.stored.get(periodId);
  }

  /** {@inheritDoc SnapshotStore.saveSnapshot} */
  public async saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const held = this.stored.get(snapshot.period.periodId);
    if (held) throw new PeriodAlreadyClosedError(held.period);
    this.stored.set(snapshot.period.periodId, snapshot);
  }

  /** Every snapshot, in the order stored. */
  public all(): StoredSnapshot[] {
    return [...this.stored.values()];
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
    failNext: (method, error) => failures.set(method, error),
    peekSnapshots: () => store.all()
  };
}
