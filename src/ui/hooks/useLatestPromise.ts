import * as React from 'react';

/** How a promise ended: its value, or why it failed. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `start` whenever `deps` change. `start` may set state first, and returns the promise to
 * wait for, or nothing when there is nothing to read. Its outcome reaches `settle` only while it is
 * still the latest: an answer that arrives after the inputs changed, or after the component went,
 * is dropped, so a slow old answer never overwrites a newer one.
 */
export function useLatestPromise<T>(start: () => Promise<T> | undefined, settle: (outcome: Settled<T>) => void, deps: React.DependencyList): void {
  const settleRef = React.useRef(settle);
  settleRef.current = settle;
  React.useEffect(() => {
    const pending = start();
    if (!pending) return undefined;
    let latest = true;
    pending.then(
      (value) => latest && settleRef.current({ ok: true, value }),
      (error: unknown) => latest && settleRef.current({ ok: false, error })
    );
    return () => {
      latest = false;
    };
    // The caller names what `start` depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
