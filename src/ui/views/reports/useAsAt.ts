import * as React from 'react';
import type { StoredSnapshot } from '../../../application/periods';
import { errorMessage } from '../../components/States';
import { useLatestPromise } from '../../hooks/useLatestPromise';
import type { Reporting } from './useReporting';

/** The closed period the app is showing the plan as at, and the one closed before it. */
export type AsAtState =
  | { status: 'none' }
  | { status: 'loading'; periodId: string }
  | { status: 'error'; periodId: string; message: string }
  | {
      status: 'ready';
      /** The period shown. */
      stored: StoredSnapshot;
      /** The period closed before it, what "change since" compares with; undefined when it is the first. */
      before?: StoredSnapshot;
    };

/**
 * Reads the snapshot of the period in the address (`?asAt=2026-08`) and of the period closed
 * before it, so every view as at a period compares with the period before it, never a later one.
 * Both are read before the state is ready, so figures drawn as at a period never change after.
 */
export function useAsAt(periodId: string | undefined, reporting: Reporting): AsAtState {
  const [state, setState] = React.useState<AsAtState>(periodId ? { status: 'loading', periodId } : { status: 'none' });
  const { data, snapshot } = reporting;
  const periods = data.status === 'ready' ? data.periods : undefined;
  const listFailed = data.status === 'error' || data.status === 'off';
  useLatestPromise(
    () => {
      if (!periodId) {
        setState({ status: 'none' });
        return undefined;
      }
      if (listFailed) {
        setState({ status: 'error', periodId, message: data.status === 'error' ? data.message : 'Reporting periods are not available here.' });
        return undefined;
      }
      setState({ status: 'loading', periodId });
      if (!periods) return undefined;
      const index = periods.findIndex((p) => p.periodId === periodId);
      const earlier = index > 0 ? periods[index - 1] : undefined;
      return Promise.all([snapshot(periodId), earlier ? snapshot(earlier.periodId) : Promise.resolve(undefined)]);
    },
    (outcome) => {
      if (!periodId) return;
      if (!outcome.ok) setState({ status: 'error', periodId, message: errorMessage(outcome.error) });
      else setState({ status: 'ready', stored: outcome.value[0], ...(outcome.value[1] ? { before: outcome.value[1] } : {}) });
    },
    [periodId, periods, listFailed, snapshot, data]
  );
  return state;
}
