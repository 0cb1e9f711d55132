import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { renderSlipCard } from '../../src/notifications/cards';
import {
  ChannelSendError,
  DEFAULT_RETRY_POLICY,
  fetchPostJson,
  graphChannelMessage,
  GraphChannelSender,
  parseRetryAfter,
  postWithRetry,
  retryDelay,
  workflowMessage,
  WorkflowWebhookSender,
  type HttpReply,
  type PostJson
} from '../../src/notifications/senders';
import { slipData } from './support/cardData';
import { cardProblems } from './support/validateCard';
import { runEmulator, type RunningEmulator } from './support/emulator';

const card = renderSlipCard(slipData());

/** A local port nothing listens on (opened, then closed again). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const noWait = { sleep: async () => undefined, random: () => 1 };
/** The plan site the test cards link into. */
const links = { siteUrl: 'https://northmoor.sharepoint.com/sites/improvement' };

/** A transport that answers from a script and records every call. */
function scripted(replies: Array<HttpReply | Error>): { post: PostJson; calls: Array<{ url: string; body: unknown }> } {
  const calls: Array<{ url: string; body: unknown }> = [];
  return {
    calls,
    post: async (url, body) => {
      calls.push({ url, body });
      const next = replies.shift() ?? { status: 500 };
      if (next instanceof Error) throw next;
      return next;
    }
  };
}

describe('envelopes exactly as Teams expects them', () => {
  it('Graph: an html body holding only the attachment tag, and the card as a JSON string with the same id', () => {
    expect(graphChannelMessage(card, '5a4c1c4f0e8e4d4c9a6d2f0e8a6d1c11')).toEqual({
      body: { contentType: 'html', content: '<attachment id="5a4c1c4f0e8e4d4c9a6d2f0e8a6d1c11"></attachment>' },
      attachments: [{ id: '5a4c1c4f0e8e4d4c9a6d2f0e8a6d1c11', contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: JSON.stringify(card) }]
    });
    expect(() => graphChannelMessage(card, '"><script>')).toThrow(RangeError);
  });

  it('Workflows: a message whose one attachment carries the card as an object', () => {
    expect(workflowMessage(card)).toEqual({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] });
  });
});

describe('retry policy', () => {
  it('doubles from the base delay with jitter, honours Retry-After in seconds or as a date, and stops on other statuses', () => {
    const p = DEFAULT_RETRY_POLICY;
    expect(retryDelay(1, { reply: { status: 503 } }, p, () => 1, 0)).toBe(1000);
    expect(retryDelay(3, { reply: { status: 503 } }, p, () => 1, 0)).toBe(4000);
    expect(retryDelay(3, { reply: { status: 503 } }, p, () => 0, 0)).toBe(2000);
    expect(retryDelay(5, { networkError: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }, p, () => 1, 0)).toBe(16000);
    expect(retryDelay(1, { networkError: new Error('reset') }, p, () => 1, 0)).toBeUndefined();
    expect(retryDelay(1, { reply: { status: 429, retryAfter: '7' } }, p, () => 1, 0)).toBe(7000);
    expect(retryDelay(1, { reply: { status: 429, retryAfter: 'Thu, 01 Jan 1970 00:00:05 GMT' } }, p, () => 1, 0)).toBe(5000);
    expect(retryDelay(1, { reply: { status: 429, retryAfter: '600' } }, p, () => 1, 0)).toBeUndefined();
    expect(retryDelay(1, { reply: { status: 400 } }, p, () => 1, 0)).toBeUndefined();
    expect(retryDelay(p.maxAttempts, { reply: { status: 503 } }, p, () => 1, 0)).toBeUndefined();
    expect(parseRetryAfter('nonsense', 0)).toBeUndefined();
  });

  it('rides out a 429 storm, waiting exactly what Retry-After asks, then succeeds', async () => {
    const t = scripted([{ status: 429, retryAfter: '2' }, { status: 429, retryAfter: '3' }, { status: 503 }, { status: 202 }]);
    const waits: number[] = [];
    const result = await postWithRetry(t.post, 'https://hook', { a: 1 }, { sleep: async (ms) => void waits.push(ms), random: () => 1 });
    expect(result.reply?.status).toBe(202);
    expect(result.attempts).toBe(4);
    expect(waits).toEqual([2000, 3000, 4000]);
    expect(t.calls).toHaveLength(4);
  });

  it('gives up after the last attempt and reports it as a retryable failure', async () => {
    const t = scripted(Array.from({ length: 10 }, () => ({ status: 429, retryAfter: '1', body: 'throttled' })));
    const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook/secret?sig=abc', retry: noWait });
    const error = await sender.postCard({ kind: 'workflow', webhookSecretName: 'IPT_WEBHOOK_LD', themeCode: 'LD' }, card).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ status: 429, attempts: DEFAULT_RETRY_POLICY.maxAttempts, retryable: true });
    expect((error as Error).message).not.toContain('sig=');
    expect(t.calls).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('retries a connection never made, and does not retry a refused card', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    const t = scripted([refused, { status: 400, body: 'bad card' }]);
    const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook', retry: noWait });
    await expect(sender.postCard({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, card)).rejects.toMatchObject({ status: 400, attempts: 2, retryable: false, uncertain: false });
  });

  it('never repeats a post whose outcome is unknown: a lost answer, a timeout, 500, 502, 504', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    for (const outcome of [reset, new Error('The operation was aborted due to timeout'), { status: 408 }, { status: 500 }, { status: 502 }, { status: 504 }]) {
      const t = scripted([outcome, { status: 202 }]);
      const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook', retry: noWait });
      const error = await sender.postCard({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, card).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ChannelSendError', attempts: 1, retryable: true, uncertain: true, message: expect.stringContaining('Teams may have posted the card') });
      expect(t.calls).toHaveLength(1);
    }
  });

  it('keeps retrying what Teams did not accept: 429 and 503', async () => {
    const t = scripted([{ status: 503 }, { status: 429, retryAfter: '1' }, { status: 503 }, { status: 202 }]);
    const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook', retry: noWait });
    expect(await sender.postCard({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, card)).toEqual({ status: 202, attempts: 4 });
  });

  it('a payload marked as a possible repeat renders with the notice first', async () => {
    const t = scripted([{ status: 202 }]);
    const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook' });
    await sender.send({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, { kind: 'slip', data: slipData(), mayRepeat: true });
    const posted = (t.calls[0].body as ReturnType<typeof workflowMessage>).attachments[0].content;
    expect(posted.body[0]).toMatchObject({ type: 'TextBlock', text: expect.stringContaining('may repeat an earlier card') });
    expect(posted.body.slice(1)).toEqual(card.body);
    expect(cardProblems(posted)).toEqual([]);
  });

  it('send renders the payload with the templates and posts that card', async () => {
    const t = scripted([{ status: 202 }]);
    const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook' });
    await sender.send({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, { kind: 'slip', data: slipData() });
    expect(t.calls[0].body).toEqual(workflowMessage(card));
    await expect(sender.send({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, { kind: 'slip', data: slipData({ actionUrl: 'ftp://x' }) })).rejects.toThrow(RangeError);
  });

  it('refuses, before any request, a card linking outside the plan site or the app in Teams', async () => {
    const t = scripted([{ status: 202 }, { status: 202 }]);
    const sender = new WorkflowWebhookSender({ links, postJson: t.post, urlFor: () => 'https://hook' });
    const target = { kind: 'workflow' as const, webhookSecretName: 'X', themeCode: 'LD' };
    for (const actionUrl of ['https://evil.example/sites/improvement/x', 'https://northmoor.sharepoint.com/sites/improvement-evil/x', 'https://teams.microsoft.com/l/entity/other-app/tab']) {
      const error = await sender.send(target, { kind: 'slip', data: slipData({ actionUrl }) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ChannelSendError', retryable: false, message: expect.stringContaining('Refused to post') });
    }
    const tampered = { ...card, actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://evil.example' }] };
    await expect(sender.postCard(target, tampered)).rejects.toThrow('Refused to post');
    expect(t.calls).toEqual([]);
    const teams = new WorkflowWebhookSender({ links: { ...links, teamsAppId: 'app-1' }, postJson: t.post, urlFor: () => 'https://hook' });
    await teams.send(target, { kind: 'slip', data: slipData({ actionUrl: 'https://teams.microsoft.com/l/entity/app-1/tab?context=%7B%22channelId%22%3A%2219%3Aalerts%22%7D' }) });
    expect(t.calls).toHaveLength(1);
  });

  it('Graph: reads the posted message id from the answer, when the transport passes it on', async () => {
    const cutShort = `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#teams('t')","id":"99","from":{"user":{"id":"u1"}},"body":"${'x'.repeat(50)}`;
    const t = scripted([{ status: 201, body: '{"id":"1712345678901"}' }, { status: 201, body: cutShort }, { status: 201 }]);
    const sender = new GraphChannelSender({ links, postJson: t.post, newAttachmentId: () => 'a1' });
    expect(await sender.postCard({ kind: 'graph', teamId: 't', channelId: 'c' }, card)).toEqual({ status: 201, attempts: 1, messageId: '1712345678901' });
    expect(await sender.postCard({ kind: 'graph', teamId: 't', channelId: 'c' }, card)).toEqual({ status: 201, attempts: 1, messageId: '99' });
    expect(await sender.postCard({ kind: 'graph', teamId: 't', channelId: 'c' }, card)).toEqual({ status: 201, attempts: 1 });
  });

  it('fails clearly when the webhook secret is not set', async () => {
    const sender = new WorkflowWebhookSender({ links, postJson: scripted([]).post, urlFor: () => undefined });
    await expect(sender.postCard({ kind: 'workflow', webhookSecretName: 'IPT_WEBHOOK_LD', themeCode: 'LD' }, card)).rejects.toThrow('IPT_WEBHOOK_LD is not set');
  });
});

describe('senders against the emulator', () => {
  let run: RunningEmulator;
  beforeAll(async () => {
    run = await runEmulator();
  });
  afterAll(async () => run.stop());
  beforeEach(async () => {
    run.emu.clearFaults();
    await fetch(`${run.emu.url}/_emulator/channel-messages`, { method: 'DELETE' });
  });

  it('Graph: posts the exact envelope to /teams/{id}/channels/{id}/messages and gets 201', async () => {
    const sender = new GraphChannelSender({ links, postJson: fetchPostJson(fetch, { Authorization: 'Bearer local' }), baseUrl: `${run.emu.url}/v1.0`, newAttachmentId: () => 'abc123' });
    const receipt = await sender.postCard({ kind: 'graph', teamId: 'team-1', channelId: '19:chan@thread.tacv2' }, card);
    expect(receipt).toEqual({ status: 201, attempts: 1, messageId: expect.stringMatching(/^\d+$/) });
    const [recorded] = await run.messages();
    expect(recorded).toMatchObject({ kind: 'graph', teamId: 'team-1', channelId: '19:chan@thread.tacv2' });
    expect(recorded.envelope).toEqual(graphChannelMessage(card, 'abc123'));
    const content = (recorded.envelope as { attachments: Array<{ content: string }> }).attachments[0].content;
    expect(cardProblems(JSON.parse(content))).toEqual([]);
  });

  it('Workflows: posts the exact envelope and gets 202, through a 429 storm injected at the emulator', async () => {
    run.emu.addFault({ status: 429, retryAfterSeconds: 1, count: 3, pathContains: '/_emulator/workflows/' });
    const waits: number[] = [];
    const sender = new WorkflowWebhookSender({
      links,
      postJson: fetchPostJson(fetch),
      urlFor: (t) => `${run.emu.url}/_emulator/workflows/${t.themeCode}`,
      retry: { sleep: async (ms) => void waits.push(ms), random: () => 1 }
    });
    const receipt = await sender.postCard({ kind: 'workflow', webhookSecretName: 'IPT_WEBHOOK_LD', themeCode: 'LD' }, card);
    expect(receipt).toEqual({ status: 202, attempts: 4 });
    expect(waits).toEqual([1000, 1000, 1000]);
    const messages = await run.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'workflow', name: 'LD', contentType: 'application/json', parseError: false });
    expect(messages[0].envelope).toEqual(workflowMessage(card));
  });

  it('Workflows and Graph: an answer dropped after the post was taken is uncertain and not repeated', async () => {
    run.emu.addFault({ mode: 'dropAfterCommit', count: 10, pathContains: '/_emulator/workflows/' });
    run.emu.addFault({ mode: 'dropAfterCommit', count: 10, pathContains: '/v1.0/teams/' });
    const webhook = new WorkflowWebhookSender({ links, postJson: fetchPostJson(fetch), urlFor: (t) => `${run.emu.url}/_emulator/workflows/${t.themeCode}`, retry: noWait });
    await expect(webhook.postCard({ kind: 'workflow', webhookSecretName: 'IPT_WEBHOOK_LD', themeCode: 'LD' }, card)).rejects.toMatchObject({ uncertain: true, attempts: 1 });
    const graph = new GraphChannelSender({ links, postJson: fetchPostJson(fetch, { Authorization: 'Bearer local' }), baseUrl: `${run.emu.url}/v1.0`, retry: noWait });
    await expect(graph.postCard({ kind: 'graph', teamId: 't', channelId: 'c' }, card)).rejects.toMatchObject({ uncertain: true, attempts: 1 });
    expect((await run.messages()).map((m) => m.kind)).toEqual(['workflow', 'graph']);
  });

  it('a dead port is a connection never made: retried, and certain that nothing was posted', async () => {
    const port = await deadPort();
    const sender = new WorkflowWebhookSender({ links, postJson: fetchPostJson(fetch), urlFor: () => `http://127.0.0.1:${port}/hook`, retry: { ...noWait, policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 2 } } });
    await expect(sender.postCard({ kind: 'workflow', webhookSecretName: 'X', themeCode: 'LD' }, card)).rejects.toMatchObject({ uncertain: false, attempts: 2, retryable: true });
  });

  it('Graph: a 503 storm longer than the policy is a retryable failure and nothing is recorded', async () => {
    run.emu.addFault({ status: 503, count: 50, pathContains: '/v1.0/teams/' });
    const sender = new GraphChannelSender({ links, postJson: fetchPostJson(fetch, { Authorization: 'Bearer local' }), baseUrl: `${run.emu.url}/v1.0`, retry: noWait });
    await expect(sender.postCard({ kind: 'graph', teamId: 't', channelId: 'c' }, card)).rejects.toMatchObject({ status: 503, retryable: true, attempts: 6 });
    expect(await run.messages()).toEqual([]);
  });
});
