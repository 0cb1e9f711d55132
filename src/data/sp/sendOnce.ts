import { delay, type TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';

/** Options of {@link SendOnce}. */
export interface SendOnceOptions {
  /** Sends in all, counting the first, while SharePoint keeps refusing with 429 or 503. */
  retries?: number;
  /** First back-off when SharePoint sends no Retry-After; doubled each time. */
  interval?: number;
}

/**
 * Sends a request that creates something at most once. PnPjs's own retry (BrowserFetchWithRetry)
 * sends the same request again after a network error, and a POST whose answer was lost then
 * creates a second item. This replaces it for one request or batch: a 429 or 503 (SharePoint
 * refused before doing anything) is sent again after Retry-After, as PnPjs does, but a network
 * error or a 504 (the gateway gave up; SharePoint may have done it) is handed to the caller, who
 * looks the write's operation key up before deciding to write again.
 */
export function SendOnce(options: SendOnceOptions = {}): TimelinePipe<Queryable> {
  const retries = options.retries ?? 6;
  const interval = options.interval ?? 200;
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      let wait = interval;
      for (let attempt = 1; ; attempt += 1) {
        this.log(`Fetch (sent at most once): ${init.method ?? 'GET'} ${url.toString()}`, 0);
        const response = await fetch(url.toString(), init);
        if ((response.status !== 429 && response.status !== 503) || attempt >= retries) return response;
        const retryAfter = response.headers.get('Retry-After');
        wait = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : wait * 2;
        await delay(wait);
      }
    });
    return instance;
  };
}
