/**
 * SharePoint Online's limits on a write, with its own answers: a single line of text over 255
 * characters, a `$batch` of more than 100 operations, a body over 1,048,576 bytes; and a form
 * digest belongs to the user it was issued to. Real PnPjs over HTTP, and raw requests where
 * PnPjs would never send the body.
 */
import type { SPFI } from '@pnp/sp';
import { digest, EDITOR, failure, freshEmulator, OWNER, pnp, provisionActions, type Fresh } from './helpers';

let fresh: Fresh;
let sp: SPFI;

beforeAll(async () => {
  fresh = await freshEmulator();
  sp = pnp(fresh.emu.siteUrl);
  await provisionActions(sp);
});
afterAll(async () => fresh.stop());

const actions = () => sp.web.lists.getByTitle('Actions');
const itemsUrl = () => `${fresh.emu.siteUrl}/_api/web/lists/getbytitle('Actions')/items`;

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: { 'odata.error'?: { code: string; message: { value: string } } } }> {
  const r = await fetch(url, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers }, body });
  return { status: r.status, body: (await r.json()) as never };
}

describe('limits of a write', () => {
  it('refuses a single line of text over 255 characters, and saves nothing', async () => {
    const refused = await failure(actions().items.add({ Title: 'x'.repeat(256) }));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ 'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'The value of the field "Title" is longer than 255 characters, the most a single line of text holds.' } } });
    expect(await actions().items.select('Id')()).toEqual([]);
    const added = await actions().items.add({ Title: 'y'.repeat(255) });
    await expect(actions().items.getById((added as { Id: number }).Id).update({ Title: 'z'.repeat(300) })).rejects.toMatchObject({ status: 400 });
  });

  it('refuses a body over 1,048,576 bytes with the OData reader message', async () => {
    const body = JSON.stringify({ Title: 'big', Notes: 'n'.repeat(1_048_600) });
    const refused = await post(itemsUrl(), body, { 'X-RequestDigest': await digest(fresh.emu.siteUrl) });
    expect(refused.status).toBe(400);
    expect(refused.body['odata.error']).toEqual({
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: { lang: 'en-US', value: `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${Buffer.byteLength(body)} bytes has been read from the stream; however a maximum of 1048576 bytes is allowed.` }
    });
  });

  it('runs a $batch of 100 operations and refuses one of 101', async () => {
    const [batched, execute] = sp.batched({ maxRequests: 101 });
    const adds = Array.from({ length: 101 }, (_, i) => batched.web.lists.getByTitle('Actions').items.add({ Title: `b${i}` }));
    for (const a of adds) a.catch(() => undefined);
    await expect(execute()).rejects.toMatchObject({ status: 400, message: expect.stringContaining("Only batch messages with a maximum number of '100' query operations and change sets are allowed.") });
    const before = (await actions().items.select('Id').top(500)()).length;
    const [ok, run] = sp.batched({ maxRequests: 100 });
    const hundred = Array.from({ length: 100 }, (_, i) => ok.web.lists.getByTitle('Actions').items.add({ Title: `c${i}` }));
    await run();
    await Promise.all(hundred);
    expect((await actions().items.select('Id').top(500)()).length).toBe(before + 100);
  });

  it("refuses a digest issued to someone else, as SharePoint refuses another session's", async () => {
    const ownersDigest = await digest(fresh.emu.siteUrl);
    const asEditor = await post(itemsUrl(), JSON.stringify({ Title: 'forged' }), { 'X-RequestDigest': ownersDigest, 'X-Emulator-User': EDITOR });
    expect(asEditor.status).toBe(403);
    expect(asEditor.body['odata.error']?.message.value).toBe("The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");
    const asOwner = await post(itemsUrl(), JSON.stringify({ Title: 'genuine' }), { 'X-RequestDigest': ownersDigest, 'X-Emulator-User': OWNER });
    expect(asOwner.status).toBe(201);
    expect(await pnp(fresh.emu.siteUrl, EDITOR).web.lists.getByTitle('Actions').items.add({ Title: 'with her own digest' })).toMatchObject({ Title: 'with her own digest' });
  });
});
