import { explainCliError } from '../../../tools/cli/explainError';

/** An error shaped as PnPjs's HttpRequestError for a request to `url`. */
function httpError(status: number, url: string, body: string): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] Status ::> ${body}`), { status, response: { url } });
}

const fetchFailed = (cause: Record<string, unknown>): Error => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(String(cause.code)), cause) });

describe('explainCliError', () => {
  it('names a refused connection, an unknown host and a dropped connection, with what to try', () => {
    expect(explainCliError(fetchFailed({ code: 'ECONNREFUSED', address: '127.0.0.1', port: 4400 }))).toBe(
      'Nothing is listening at 127.0.0.1:4400: the connection was refused. If --site is the local emulator or product, start it first (npm run emulator, or npm start) and check the port in --site.'
    );
    expect(explainCliError(fetchFailed({ code: 'ENOTFOUND', hostname: 'contoso.sharepiont.com' }))).toContain('The host contoso.sharepiont.com could not be found. Check the address given with --site');
    expect(explainCliError(fetchFailed({ code: 'ECONNRESET', address: '10.0.0.1', port: 443 }))).toContain('was lost before SharePoint answered');
  });

  it('turns 401, 403, 404 and throttling into sentences, keeping SharePoint words for the rest', () => {
    const api = 'https://contoso.sharepoint.com/sites/ip/_api/web/lists';
    expect(explainCliError(httpError(401, api, '{"error_description":"Invalid issuer or signature."}'))).toContain('did not accept the sign-in at https://contoso.sharepoint.com/sites/ip (401). Check IPT_TENANT_ID');
    expect(explainCliError(httpError(403, `${api}?$select=Id`, '{"odata.error":{"message":{"value":"Access denied."}}}'))).toContain('(403 Access denied)');
    expect(explainCliError(httpError(404, api, '<html>404 FILE NOT FOUND</html>'))).toContain('there is no site at https://contoso.sharepoint.com/sites/ip');
    expect(explainCliError(httpError(429, api, ''))).toContain('kept throttling the requests');
    expect(explainCliError(httpError(500, api, '{"odata.error":{"message":{"value":"The attempted operation is prohibited because it exceeds the list view threshold."}}}'))).toBe(
      'SharePoint answered 500 (Status): The attempted operation is prohibited because it exceeds the list view threshold.'
    );
    expect(explainCliError(new Error('--today must be a real day written YYYY-MM-DD.'))).toBe('--today must be a real day written YYYY-MM-DD.');
  });
});
