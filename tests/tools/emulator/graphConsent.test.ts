/**
 * The Graph stand-in refuses every channel post while the tenant has not granted the delegated
 * ChannelMessage.Send permission, as Graph does, and the app's save then leaves the card for the
 * sweep.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSlipAlerter } from '../../../src/host/alerts/slipAlerter';
import { fetchPostJson } from '../../../src/notifications/senders/http';
import { JO, MemoryReceipts, routingOf, SITE_URL } from '../../application/alerts/support/fakes';
import { saveAction3, scenarioPlan } from '../../application/alerts/support/scenario';

let emu: EmulatorHandle;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-consent-'));
  emu = await startEmulator({ port: 0, dataDir, graphConsent: false });
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const message = { body: { contentType: 'html', content: '<attachment id="c1"></attachment>' }, attachments: [
    {
      id: 'c1',
      contentType: 'application/vnd.microsoft.card.adaptive',
      // A card Teams accepts: the stand-in refuses a malformed one with 400, as Graph does.
      content: JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'LD.A1 slipped to Amber', wrap: true }] })
    }
  ]
};
const post = (): Promise<Response> =>
  fetch(`${emu.url}/v1.0/teams/board/channels/19%3Aalerts/messages`, {
    method: 'POST',
    headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json', 'X-Emulator-User': 'editor@improvement.local' },
    body: JSON.stringify(message)
  });
const consent = async (granted: boolean): Promise<unknown> =>
  (await fetch(`${emu.url}/_emulator/graph-consent`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ granted }) })).json();
const recorded = async (): Promise<number> => ((await (await fetch(`${emu.url}/_emulator/channel-messages`)).json()) as unknown[]).length;

describe('Graph channel posts without the ChannelMessage.Send consent', () => {
  afterEach(async () => consent(false));

  it("answers 403 with Graph's body naming the missing scope, and records nothing", async () => {
    const before = await recorded();
    const r = await post();
    expect(r.status).toBe(403);
    const body = (await r.json()) as { error: { code: string; message: string; innerError: Record<string, unknown> } };
    expect(body.error.code).toBe('Forbidden');
    expect(body.error.message).toMatch(/^Missing scope permissions on the request\. API requires one of 'ChannelMessage\.Send, Group\.ReadWrite\.All'/);
    expect(body.error.innerError).toEqual(expect.objectContaining({ 'request-id': expect.any(String), 'client-request-id': expect.any(String) }));
    expect(await recorded()).toBe(before);
  });

  it('accepts the post once the grant is approved, and refuses again when it is withdrawn', async () => {
    expect(await (await fetch(`${emu.url}/_emulator/graph-consent`)).json()).toEqual({ granted: false });
    expect(await consent(true)).toEqual({ granted: true });
    expect((await post()).status).toBe(201);
    await consent(false);
    expect((await post()).status).toBe(403);
  });

  it('refuses a switch that does not say granted true or false', async () => {
    const r = await fetch(`${emu.url}/_emulator/graph-consent`, { method: 'POST', body: '{"granted":"no"}' });
    expect(r.status).toBe(400);
  });

  it('leaves the save\'s card for the sweep and writes no receipt when Graph refuses for want of consent', async () => {
    const { event, action, update } = saveAction3(scenarioPlan());
    const receipts = new MemoryReceipts(JO);
    const alerter = createSlipAlerter({
      stores: { receipts, routing: routingOf({ fallback: { graph: { teamId: 'board', channelId: '19:alerts' } } }), siteUrl: async () => SITE_URL },
      postJson: fetchPostJson(fetch, { Authorization: 'Bearer t', 'X-Emulator-User': 'editor@improvement.local' }),
      graphBaseUrl: `${emu.url}/v1.0`,
      actionLink: (id) => `${SITE_URL}/SitePages/Improvement-Plan.aspx?view=action&action=${id}`,
      planLink: () => `${SITE_URL}/SitePages/Improvement-Plan.aspx`,
      now: () => new Date('2026-05-10T06:00:05Z')
    });
    const outcome = await alerter(event, action, { displayName: 'Jo Lead' }, 'Organisational Culture', update.id);
    expect(outcome).toMatchObject({ status: 'leftForSweep', detail: expect.stringContaining('403') });
    expect(receipts.rows).toEqual([]);
  });
});
