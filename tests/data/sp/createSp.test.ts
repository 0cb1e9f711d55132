import * as http from 'http';
import type { AddressInfo } from 'net';
import '@pnp/sp/webs';
import { createSp } from '../../../src/data/sp/createSp';

/** A bare HTTP server that records each request's method, path and headers and answers a web. */
async function recordingServer(): Promise<{ url: string; seen: Array<{ method?: string; url?: string; headers: http.IncomingHttpHeaders }>; close(): Promise<void> }> {
  const seen: Array<{ method?: string; url?: string; headers: http.IncomingHttpHeaders }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(req.url?.includes('contextinfo') ? { FormDigestValue: 'digest-1', FormDigestTimeoutSeconds: 1800 } : { Title: 'Improvement' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/sites/improvement`, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('createSp', () => {
  it('asks the token source on every request and needs no request digest with a bearer token', async () => {
    const server = await recordingServer();
    let issued = 0;
    try {
      const sp = createSp({ siteUrl: server.url, tokenSource: async () => `token-${++issued}` });
      await sp.web.select('Title')();
      await sp.web.update({ Title: 'Improvement Plan' });
      expect(server.seen.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
      expect(server.seen.some((r) => r.url?.includes('contextinfo'))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('adds fixed headers, and fetches a digest for writes on a cookie-style connection', async () => {
    const server = await recordingServer();
    try {
      const sp = createSp({ siteUrl: server.url, headers: { 'X-Emulator-User': 'p.shah@northmoor.gov.uk' } });
      await sp.web.update({ Title: 'Improvement Plan' });
      const write = server.seen.find((r) => r.method === 'POST' && !r.url?.includes('contextinfo'));
      expect(write?.headers['x-emulator-user']).toBe('p.shah@northmoor.gov.uk');
      expect(write?.headers['x-requestdigest']).toBe('digest-1');
    } finally {
      await server.close();
    }
  });
});
