import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Adds fixed headers to every request. Hosts use it for what the platform would otherwise add
 * (for example a tenant's routing header, or the local harness's acting-user header); the
 * repositories never know it is there.
 */
export function ExtraHeaders(headers: Record<string, string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string>), ...headers };
      return [url, init, result];
    });
    return instance;
  };
}
