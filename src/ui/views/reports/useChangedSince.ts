import * as React from 'react';
import { groupChanges, type ChangedSinceReport } from '../../../application/periods/asAt';
import { changesSince, periodContaining, takeSnapshot } from '../../../domain';
import { errorMessage } from '../../components/States';
import { useLatestPromise } from '../../hooks/useLatestPromise';
import type { PlanView } from '../../hooks/usePlanData';
import type { Reporting } from './useReporting';

/** "Changed since last report" as the Reports view shows it. */
export type ChangedSince =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** No earlier closed period to compare with. */
  | { status: 'nothing' }
  | { status: 'ready'; report: ChangedSinceReport };

/**
 * Today's plan against the last closed period, or, as at a closed period, that period against the
 * one closed before it. Uses the domain's difference of two snapshots; today's snapshot is taken
 * from the plan already loaded, so nothing is read twice.
 */
export function useChangedSince(view: PlanView, reporting: Reporting): ChangedSince {
  const [result, setResult] = React.useState<ChangedSince>({ status: 'loading' });
  const { data, snapshot } = reporting;
  useLatestPromise(
    () => {
      if (data.status !== 'ready') return undefined;
      const asAt = view.asAt;
      const index = asAt ? data.periods.findIndex((p) => p.periodId === asAt.period.periodId) : data.periods.length;
      const since = data.periods[index - 1];
      if (!since) {
        setResult({ status: 'nothing' });
        return undefined;
      }
      const { plan } = view.loaded;
      const current = asAt?.snapshot ?? takeSnapshot(plan.actions, periodContaining(plan.cadence, view.today), view.today);
      return snapshot(since.periodId).then((previous) => groupChanges(since, changesSince(previous.snapshot, current)));
    },
    (outcome) => setResult(outcome.ok ? { status: 'ready', report: outcome.value } : { status: 'error', message: errorMessage(outcome.error) }),
    [view, data, snapshot]
  );
  return result;
}
