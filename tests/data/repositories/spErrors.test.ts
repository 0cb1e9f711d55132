import { describeSpFailure } from '../../../src/data/repositories/spErrors';

/** PnPjs wraps a failed response as "Error making HttpClient request in queryable [status] text ::> body". */
const pnpError = (status: number, text: string, body: string): Error =>
  new Error(`Error making HttpClient request in queryable [${status}] ${text} ::> ${body}`);

describe('describeSpFailure', () => {
  it.each([
    [
      "SharePoint's odata.error message",
      pnpError(500, 'Internal Server Error', JSON.stringify({ 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' } } })),
      'SharePoint answered 500 (Internal Server Error): The attempted operation is prohibited because it exceeds the list view threshold.'
    ],
    [
      'the JSON-light error shape',
      pnpError(403, 'Forbidden', JSON.stringify({ error: { code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied.' } })),
      'SharePoint answered 403 (Forbidden): Access denied.'
    ],
    [
      'the text of an HTML page, without markup or scripts',
      pnpError(503, 'Service Unavailable', '<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Service unavailable</h1><p>Try again   later.</p></body></html>'),
      'SharePoint answered 503 (Service Unavailable): Service unavailable Try again later.'
    ],
    ['an empty body', pnpError(502, 'Bad Gateway', ''), 'SharePoint answered 502 (Bad Gateway).']
  ])('keeps %s', (_what, error, expected) => {
    expect(describeSpFailure(error)).toBe(expected);
  });

  it('shortens a long page to a recognisable sentence', () => {
    const text = describeSpFailure(pnpError(500, 'Internal Server Error', `<p>${'x'.repeat(1000)}</p>`));
    expect(text.length).toBeLessThan(260);
    expect(text.endsWith('…')).toBe(true);
  });

  it('leaves other errors as they are', () => {
    expect(describeSpFailure(new Error('The network connection was lost.'))).toBe('The network connection was lost.');
    expect(describeSpFailure('plain')).toBe('plain');
  });
});
