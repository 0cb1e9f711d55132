import { spfi, SPBrowser, SPFx, type SPFI, type ISPFXContext } from '@pnp/sp';
import { BrowserFetchWithRetry } from '@pnp/queryable';
import { ExtraHeaders } from './extraHeaders';
import { BearerToken } from './bearerToken';
import { ConnectionDigest } from './connectionDigest';

/** How to reach a plan site outside SPFx (standalone Teams tab, CLIs, tests). */
export interface SpConnection {
  /** Absolute URL of the site holding the plan lists. */
  siteUrl: string;
  /** Headers added to every request (a bearer token, or the harness's acting user). */
  headers?: Record<string, string>;
  /**
   * Attempts for a request SharePoint throttles (429, 503, 504). PnPjs waits for Retry-After
   * when SharePoint sends it, otherwise doubles `retryIntervalMs`.
   */
  retries?: number;
  /** First back-off when no Retry-After is sent. */
  retryIntervalMs?: number;
  /** Supplies a fresh access token per request (nested app authentication in a Teams tab). */
  tokenSource?: () => Promise<string>;
}

/** Throttling storms last; the PnPjs default of 3 attempts gives up too early for a save. */
const DEFAULT_RETRIES = 6;

/** A PnPjs root for a site reached by URL: browser fetch with retries, JSON parsing, request digest. */
export function createSp(connection: SpConnection): SPFI {
  let sp = spfi(connection.siteUrl).using(
    SPBrowser({ baseUrl: connection.siteUrl }),
    BrowserFetchWithRetry({ retries: connection.retries ?? DEFAULT_RETRIES, interval: connection.retryIntervalMs ?? 200 })
  );
  if (connection.headers) sp = sp.using(ExtraHeaders(connection.headers));
  if (connection.tokenSource) sp = sp.using(BearerToken(connection.tokenSource));
  // Without a bearer token the connection needs digests, and they must be its own (see ConnectionDigest).
  else sp = sp.using(ConnectionDigest());
  return sp;
}

/** The PnPjs root inside the SPFx web part: SPFx supplies the page's digest and absolute URLs. */
export function createSpForSpfx(context: ISPFXContext, siteUrl?: string): SPFI {
  const sp = siteUrl ? spfi(siteUrl) : spfi();
  return sp.using(SPFx(context), BrowserFetchWithRetry({ retries: DEFAULT_RETRIES, interval: 200 }));
}
