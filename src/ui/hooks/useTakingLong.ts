import * as React from 'react';

/**
 * True once `busy` has lasted `afterMs` without a break. A save that takes this long is almost
 * always SharePoint throttling while the data layer waits out Retry-After, and people should be
 * told their update is still on its way rather than left looking at a greyed-out button.
 */
export function useTakingLong(busy: boolean, afterMs = 3000): boolean {
  const [long, setLong] = React.useState(false);
  React.useEffect(() => {
    setLong(false);
    if (!busy) return undefined;
    const timer = window.setTimeout(() => setLong(true), afterMs);
    return () => window.clearTimeout(timer);
  }, [busy, afterMs]);
  return busy && long;
}
