/**
 * Compression as SharePoint Online's front ends answer: a JSON body is gzipped when the request's
 * Accept-Encoding admits gzip and the body is not tiny, and sent as is otherwise. PnPjs on Node's
 * fetch (which asks for gzip) reads the compressed answers unchanged.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { SPFI } from '@pnp/sp';
import { freshEmulator, pnp, provisionActions, type Fresh } from './helpers';

let fresh: Fresh;
let sp: SPFI;
let itemsUrl: string;

beforeAll(async () => {
  fresh = await freshEmulator();
  sp = pnp(fresh.emu.siteUrl);
  await provisionActions(sp);
  fresh.emu.bulkAddItems('Actions', Array.from({ length: 40 }, (_, i) => ({ Title: `Action ${i + 1}` })));
  itemsUrl = `${fresh.emu.siteUrl}/_api/web/lists/getByTitle('Actions')/items`;
});
afterAll(async () => fresh.stop());

/** A GET with exactly the given headers (Node's fetch always adds its own Accept-Encoding). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Accept: 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

it('gzips a JSON answer when Accept-Encoding admits gzip', async () => {
  const r = await rawGet(itemsUrl, { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(r.headers['content-encoding']).toBe('gzip');
  expect(r.headers.vary).toContain('Accept-Encoding');
  expect(Number(r.headers['content-length'])).toBe(r.body.length);
  const json = JSON.parse(gunzipSync(r.body).toString('utf8')) as { value: unknown[] };
  expect(json.value).toHaveLength(40);
});

it('sends the body uncompressed without gzip in Accept-Encoding, with gzip;q=0, and when it is small', async () => {
  const cases: Array<Record<string, string>> = [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'gzip;q=0, deflate' }];
  for (const headers of cases) {
    const r = await rawGet(itemsUrl, headers);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(r.body.toString('utf8')) as { value: unknown[] }).value).toHaveLength(40);
  }
  const small = await rawGet(`${itemsUrl}?$top=1&$select=Id`, { 'Accept-Encoding': 'gzip' });
  expect(small.headers['content-encoding']).toBeUndefined();
  expect(JSON.parse(small.body.toString('utf8'))).toMatchObject({ value: [{ Id: 1 }] });
});

it('is read transparently by PnPjs', async () => {
  const r = await fetch(itemsUrl, { headers: { Accept: 'application/json' } });
  expect(r.headers.get('content-encoding')).toBe('gzip');
  const rows = await sp.web.lists.getByTitle('Actions').items.select('Id', 'Title').top(100)<Array<{ Title: string }>>();
  expect(rows.map((x) => x.Title)).toContain('Action 40');
});
