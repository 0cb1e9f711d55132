import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Adds `Authorization: Bearer <token>` to every request, asking `getToken` each time so an expired
 * token is renewed by whoever issues it (MSAL caches, so this is cheap). With a bearer token
 * SharePoint needs no request digest, and PnPjs skips fetching one.
 */
export function BearerToken(getToken: () => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      const token = await getToken();
      return [url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } }];
    });
    return instance;
  };
}
