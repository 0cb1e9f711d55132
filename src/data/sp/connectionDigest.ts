import type { TimelinePipe } from '@pnp/core';
import { JSONParse, type IQueryableInternal, type Queryable } from '@pnp/queryable';
import { extractWebUrl, SPQueryable, spPost, type ISPQueryable } from '@pnp/sp';
import { BatchNever } from '@pnp/sp/batching';

/** A digest and when it stops being valid. */
interface HeldDigest {
  value: string;
  expiresAt: number;
}

/** Renewed this long before SharePoint's own timeout, so a digest never expires in flight. */
const MARGIN_MS = 60_000;

/**
 * Keeps this connection's own form digest. SharePoint issues a digest to the user who asked for
 * it and refuses it from anyone else ("The security validation for this page is invalid…").
 * PnPjs keeps one digest per web for the whole process, which is right for a page signed in as one
 * person but wrong for a process that acts as several people (the local harness switching users,
 * tests against the emulator). Each connection therefore asks for its own and puts it on every
 * write before PnPjs would add the shared one; bearer-token requests need none and get none.
 */
export function ConnectionDigest(): TimelinePipe<Queryable> {
  const held = new Map<string, HeldDigest>();
  return (instance: Queryable) => {
    // At the auth moment, like PnPjs's own digest: requests inside a $batch have theirs cleared
    // (the batch's POST carries the digest), and this observer runs before the one PnPjs adds.
    instance.on.auth(async function (this: IQueryableInternal, url, init) {
      const headers = (init.headers ?? {}) as Record<string, string>;
      const needsNone = /^(GET|HEAD)$/i.test(init.method ?? 'GET') || ['X-RequestDigest', 'Authorization', 'X-PnPjs-NoDigest'].some((h) => h in headers);
      if (needsNone) return [url, init];
      const webUrl = extractWebUrl(url.toString());
      let digest = held.get(webUrl);
      if (!digest || digest.expiresAt <= Date.now()) {
        const info = await spPost<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(
          // Asked through the request's own queryable, so its observers (headers, request counting) see it.
          SPQueryable([this as unknown as ISPQueryable, `${webUrl.replace(/\/$/, '')}/_api/contextinfo`]).using(JSONParse(), BatchNever()),
          { headers: { Accept: 'application/json', 'X-PnPjs-NoDigest': '1' } }
        );
        digest = { value: info.FormDigestValue, expiresAt: Date.now() + info.FormDigestTimeoutSeconds * 1000 - MARGIN_MS };
        held.set(webUrl, digest);
      }
      return [url, { ...init, headers: { ...headers, 'X-RequestDigest': digest.value } }];
    });
    return instance;
  };
}
