import * as React from 'react';
import { errorMessage } from '../components/States';
import { useLatestPromise } from './useLatestPromise';

/** The state of something loaded on its own (a panel's history, the change queue). */
export type AsyncState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** Runs `load` when its dependencies change and on `retry`, ignoring answers that arrive too late. */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): { state: AsyncState<T>; retry: () => void } {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  useLatestPromise(
    () => {
      // A reload keeps what is shown until the answer arrives; a retry after an error shows the spinner.
      setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
      return load();
    },
    (outcome) => setState(outcome.ok ? { status: 'ready', value: outcome.value } : { status: 'error', message: errorMessage(outcome.error) }),
    [...deps, attempt]
  );
  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
