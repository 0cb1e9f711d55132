/**
 * The Graph and Workflows stand-ins refuse what Teams refuses: a message over 28 KB and a
 * malformed Adaptive Card. Graph answers at once; a Workflows trigger answers 202 and its run fails.
 */
import { freshEmulator, type Fresh } from './helpers';

let fresh: Fresh;
beforeAll(async () => {
  fresh = await freshEmulator();
});
afterAll(async () => fresh.stop());
beforeEach(async () => {
  await fetch(`${fresh.emu.url}/_emulator/channel-messages`, { method: 'DELETE' });
});

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const card = (text: string): Record<string, unknown> => ({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text }] });
const messages = async (): Promise<Array<Record<string, unknown>>> => (await (await fetch(`${fresh.emu.url}/_emulator/channel-messages`)).json()) as Array<Record<string, unknown>>;

async function graphPost(content: string): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const message = { body: { contentType: 'html', content: '<attachment id="a1"></attachment>' }, attachments: [{ id: 'a1', contentType: CARD_TYPE, contentUrl: null, content }] };
  const r = await fetch(`${fresh.emu.url}/v1.0/teams/t/channels/c/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x' }, body: JSON.stringify(message) });
  return { status: r.status, body: (await r.json()) as never };
}

async function workflowPost(content: unknown): Promise<number> {
  const r = await fetch(`${fresh.emu.url}/_emulator/workflows/LD`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', attachments: [{ contentType: CARD_TYPE, contentUrl: null, content }] }) });
  return r.status;
}

describe('Graph stand-in', () => {
  it('answers 413 MessageSizeTooBig for a message over 28 KB, and posts nothing', async () => {
    const refused = await graphPost(JSON.stringify(card('x'.repeat(29 * 1024))));
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({ code: 'MessageSizeTooBig', message: 'Message size too large.' });
    expect((await graphPost(JSON.stringify(card('x'.repeat(20 * 1024))))).status).toBe(201);
    expect(await messages()).toHaveLength(1);
  });

  it('answers 400 for a malformed card: not JSON, not an AdaptiveCard, no version', async () => {
    for (const [content, why] of [
      ['{"type":"AdaptiveCard",', 'not valid JSON'],
      [JSON.stringify({ type: 'MessageCard', version: '1.4', body: [] }), 'type is not "AdaptiveCard"'],
      [JSON.stringify({ type: 'AdaptiveCard', body: [] }), 'no version']
    ]) {
      const refused = await graphPost(content);
      expect(refused.status).toBe(400);
      expect(refused.body.error?.message).toContain(why);
    }
    expect(await messages()).toEqual([]);
  });
});

describe('Workflows stand-in', () => {
  it('accepts with 202 but the run fails, never reaching the channel, for a message over 28 KB or a malformed card', async () => {
    expect(await workflowPost(card('x'.repeat(29 * 1024)))).toBe(202);
    expect(await workflowPost({ type: 'AdaptiveCard', body: [] })).toBe(202);
    expect(await workflowPost(card('fine'))).toBe(202);
    expect((await messages()).map((m) => [m.runStatus, m.runError])).toEqual([
      ['Failed', 'Request Entity too large'],
      ['Failed', 'The Adaptive Card is not valid: the card has no version such as "1.4".'],
      ['Succeeded', undefined]
    ]);
  });
});
