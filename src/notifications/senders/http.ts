/**
 * The one HTTP operation the senders need, kept abstract so each host supplies its own transport:
 * the web part wraps `MSGraphClientV3`, the CLI and tests wrap `fetch`.
 */

/** What came back from a POST: enough to decide success, retry or failure. */
export interface HttpReply {
  /** HTTP status. */
  status: number;
  /** The `Retry-After` header as sent (seconds or an HTTP date), when present. */
  retryAfter?: string;
  /** Response text, kept for error messages (the first few hundred characters are enough). */
  body?: string;
}

/** POSTs `body` as JSON to `url`. Rejects only when no HTTP answer arrived (network failure). */
export type PostJson = (url: string, body: unknown) => Promise<HttpReply>;

/**
 * A {@link PostJson} over `fetch`, adding `headers` (e.g. a bearer token) to every request.
 * A non-2xx answer resolves with its status; only a network failure rejects.
 */
export function fetchPostJson(fetchFn: typeof fetch, headers: Record<string, string> = {}): PostJson {
  return async (url, body) => {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body)
    });
    const text = await response.text();
    const retryAfter = response.headers.get('Retry-After');
    return { status: response.status, ...(retryAfter !== null ? { retryAfter } : {}), body: text.slice(0, 2000) };
  };
}
