/** The local product serves the app where Teams loads the personal app: the root site's hosted-app page. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostRoutes } from '../../../tools/local/hostRoutes';

let server: Server;
let base: string;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipt-host-'));
  const routes = hostRoutes({ buildDir: dir, personas: [], today: '2026-11-23' });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!routes(req, res, url)) {
      res.writeHead(599);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('the local host pages', () => {
  it('serves the app page at /_layouts/15/teamshostedapp.aspx?teams&personal, as Teams loads the personal app', async () => {
    const r = await fetch(`${base}/_layouts/15/teamshostedapp.aspx?teams&personal&user=s.khan%40northmoor.gov.uk`);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('<script type="module" src="/_host/app.js">');
    expect(html).toContain('<meta name="ipt-local-today" content="2026-11-23">');
  });

  it('leaves other root-site paths to the emulator', async () => {
    expect((await fetch(`${base}/_layouts/15/other.aspx`)).status).toBe(599);
    expect((await fetch(`${base}/_api/web`)).status).toBe(599);
  });
});
