import * as React from 'react';
import type { ClosedPeriod, ReportingServices, StoredSnapshot } from '../../../application/periods';
import { errorMessage } from '../../components/States';
import { useLatestPromise } from '../../hooks/useLatestPromise';

/** How many closed periods the overview's trend charts show (with today beside them). */
export const TREND_PERIODS = 6;

/** The closed periods and the snapshots of the latest few, as the app holds them. */
export type ReportingData =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      /** Every closed period, oldest first. */
      periods: readonly ClosedPeriod[];
      /** Snapshots of the latest {@link TREND_PERIODS} closed periods, oldest first. */
      recent: readonly StoredSnapshot[];
    };

/** What {@link useReporting} gives the app. */
export interface Reporting {
  data: ReportingData;
  /** Reads the list again (after a period is closed, or to retry). */
  reload(): void;
  /** A closed period's snapshot, read once and kept. */
  snapshot(periodId: string): Promise<StoredSnapshot>;
}

/**
 * Loads the closed periods and the latest snapshots once, for the trend charts, the "changed
 * since" list and the as-at picker; `off` when the host gives no reporting port.
 */
export function useReporting(reporting: ReportingServices | undefined): Reporting {
  const [data, setData] = React.useState<ReportingData>(reporting ? { status: 'loading' } : { status: 'off' });
  const [attempt, setAttempt] = React.useState(0);
  const cache = React.useRef(new Map<string, Promise<StoredSnapshot>>());
  const snapshot = React.useCallback(
    (periodId: string): Promise<StoredSnapshot> => {
      if (!reporting) return Promise.reject(new Error('Reporting periods are not available here.'));
      let held = cache.current.get(periodId);
      if (!held) {
        held = reporting.snapshotAsAt(periodId);
        // A failed read is not kept, so trying again asks again.
        held.catch(() => cache.current.delete(periodId));
        cache.current.set(periodId, held);
      }
      return held;
    },
    [reporting]
  );
  useLatestPromise(
    () => {
      if (!reporting) {
        setData({ status: 'off' });
        return undefined;
      }
      setData((current) => (current.status === 'ready' ? current : { status: 'loading' }));
      return reporting.listClosedPeriods().then(async (periods) => ({ periods, recent: await Promise.all(periods.slice(-TREND_PERIODS).map((p) => snapshot(p.periodId))) }));
    },
    (outcome) => setData(outcome.ok ? { status: 'ready', ...outcome.value } : { status: 'error', message: errorMessage(outcome.error) }),
    [reporting, snapshot, attempt]
  );
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { data, reload, snapshot };
}
