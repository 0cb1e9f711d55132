import type { TimelinePipe } from '@pnp/core';
import type { Queryable, QueryableSendObserver } from '@pnp/queryable';

/** A running count of HTTP requests, shared by every queryable that uses {@link CountRequests}. */
export interface RequestCounter {
  count: number;
}

/**
 * Counts HTTP requests by wrapping the `send` observer (the fetch with retries). Requests queued in
 * a batch never reach their own `send` (batching replaces it), so a `$batch` POST counts once, and
 * the digest fetch counts because it inherits these observers. Retries inside one send count once:
 * they are the same request repeated, not extra work the code asked for.
 */
export function CountRequests(counter: RequestCounter): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    const [send] = instance.on.send.toArray();
    if (!send) return instance;
    const counted: QueryableSendObserver = async function (url, init) {
      counter.count += 1;
      return Reflect.apply(send, this, [url, init]) as Promise<Response>;
    };
    instance.on.send.replace(counted);
    return instance;
  };
}
