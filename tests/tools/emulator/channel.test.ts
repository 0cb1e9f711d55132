/** Graph channel-message and Workflows webhook stand-ins with fault injection. */
import { freshEmulator, type Fresh } from './helpers';

let fresh: Fresh;
beforeAll(async () => {
  fresh = await freshEmulator();
});
afterAll(async () => fresh.stop());
beforeEach(async () => {
  await fetch(`${fresh.emu.url}/_emulator/channel-messages`, { method: 'DELETE' });
  await fetch(`${fresh.emu.url}/_emulator/faults`, { method: 'DELETE' });
});

const card = { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'IA-0042 is RED' }] };
const workflowEnvelope = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
const messages = async (): Promise<Array<Record<string, unknown>>> => (await (await fetch(`${fresh.emu.url}/_emulator/channel-messages`)).json()) as Array<Record<string, unknown>>;

describe('Workflows webhook stand-in', () => {
  it('answers 202 with an empty body and records the envelope verbatim', async () => {
    const raw = JSON.stringify(workflowEnvelope);
    const r = await fetch(`${fresh.emu.url}/_emulator/workflows/slippage`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: raw });
    expect(r.status).toBe(202);
    expect(await r.text()).toBe('');
    const [m] = await messages();
    expect(m).toMatchObject({ kind: 'workflow', name: 'slippage', rawBody: raw, envelope: workflowEnvelope });
  });

  it('can be throttled by a fault rule (429 storm) while other routes are untouched', async () => {
    await fetch(`${fresh.emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 429, retryAfterSeconds: 2, count: 3, pathContains: '/_emulator/workflows/' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${fresh.emu.url}/_emulator/workflows/slippage`, { method: 'POST', body: JSON.stringify(workflowEnvelope) });
      statuses.push(r.status);
      if (r.status === 429) expect(r.headers.get('retry-after')).toBe('2');
    }
    expect(statuses).toEqual([429, 429, 429, 202]);
    expect(await messages()).toHaveLength(1);
    expect((await fetch(`${fresh.emu.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } })).status).toBe(200);
  });
});

describe('Graph channel message stand-in', () => {
  const url = () => `${fresh.emu.url}/v1.0/teams/team-1/channels/19%3Aabc%40thread.tacv2/messages`;
  const msg = {
    subject: 'Improvement action slipped to RED',
    body: { contentType: 'html', content: '<attachment id="5a4c1c4f0e8e4d4c9a6d2f0e8a6d1c11"></attachment>' },
    attachments: [{ id: '5a4c1c4f0e8e4d4c9a6d2f0e8a6d1c11', contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: JSON.stringify(card) }]
  };

  it('answers 201 with a chatMessage and keeps attachments', async () => {
    const r = await fetch(url(), { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: JSON.stringify(msg) });
    expect(r.status).toBe(201);
    const body = (await r.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ messageType: 'message', subject: msg.subject, body: msg.body, channelIdentity: { teamId: 'team-1', channelId: '19:abc@thread.tacv2' } });
    expect((body.attachments as Array<Record<string, unknown>>)[0]).toMatchObject(msg.attachments[0]);
    const [m] = await messages();
    expect(m).toMatchObject({ kind: 'graph', teamId: 'team-1', envelope: msg, rawBody: JSON.stringify(msg) });
  });

  it('rejects a call without a token and answers Graph-shaped throttling', async () => {
    expect((await fetch(url(), { method: 'POST', body: JSON.stringify(msg) })).status).toBe(401);
    fresh.emu.addFault({ status: 429, retryAfterSeconds: 3, count: 1, pathContains: '/v1.0/' });
    const r = await fetch(url(), { method: 'POST', headers: { Authorization: 'Bearer t' }, body: JSON.stringify(msg) });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('3');
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
  });
});
