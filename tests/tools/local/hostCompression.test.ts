import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import type { AddressInfo } from 'net';
import { hostRoutes } from '../../../tools/local/hostRoutes';

const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(500))};\n`;

async function get(port: number, file: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path: `/_host/${file}`, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on('error', reject);
  });
}

describe('the local host serves its bundles as a CDN does', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-host-'));
    fs.writeFileSync(path.join(buildDir, 'app.js'), SCRIPT);
    const routes = hostRoutes({ buildDir, personas: [] });
    server = http.createServer((req, res) => {
      if (!routes(req, res, new URL(req.url ?? '/', 'http://localhost'))) {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('compresses a script for a browser that accepts gzip', async () => {
    const { headers, body } = await get(port, 'app.js', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(body).toString()).toBe(SCRIPT);
  });

  it('sends it as it is to a client that does not', async () => {
    const { headers, body } = await get(port, 'app.js');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(SCRIPT);
  });
});
