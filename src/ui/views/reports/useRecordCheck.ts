import * as React from 'react';
import type { ClosedPeriod, RecordCheck, ReportingServices } from '../../../application/periods';
import { errorMessage } from '../../components/States';
import { useLatestPromise } from '../../hooks/useLatestPromise';

/** Where checking the record of closed periods has got to. */
export type RecordCheckState = { status: 'off' } | { status: 'checking' } | { status: 'checked'; check: RecordCheck } | { status: 'failed'; message: string };

/**
 * Checks the record of closed periods against their seals whenever the list of closed periods is
 * (re)loaded; `off` without a reporting port or before the periods are loaded.
 */
export function useRecordCheck(services: ReportingServices | undefined, periods: readonly ClosedPeriod[] | undefined): { state: RecordCheckState; retry(): void } {
  const [state, setState] = React.useState<RecordCheckState>({ status: 'off' });
  const [attempt, setAttempt] = React.useState(0);
  useLatestPromise(
    () => {
      if (!services || !periods) {
        setState({ status: 'off' });
        return undefined;
      }
      setState({ status: 'checking' });
      return services.verifyRecord();
    },
    (outcome) => setState(outcome.ok ? { status: 'checked', check: outcome.value } : { status: 'failed', message: errorMessage(outcome.error) }),
    [services, periods, attempt]
  );
  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
