import * as React from 'react';
import { errorMessage } from '../components/States';

/** The state of something loaded on its own (a panel's history, the change queue). */
export type AsyncState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** Runs `load` when its dependencies change and on `retry`, ignoring answers that arrive too late. */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): { state: AsyncState<T>; retry: () => void } {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let cancelled = false;
    // A reload keeps what is shown until the answer arrives; a retry after an error shows the spinner.
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    load().then(
      (value) => !cancelled && setState({ status: 'ready', value }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: errorMessage(error) })
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
