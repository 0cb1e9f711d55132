/**
 * Stand-ins for the two channel-notification paths:
 * - Graph `POST /v1.0/teams/{teamId}/channels/{channelId}/messages` → 201 + chatMessage;
 * - Workflows webhook `POST /_emulator/workflows/{name}` → 202 with an empty body.
 * Each refuses what Teams refuses (see teamsLimits.ts): Graph with its 413 or 400 answer, the
 * Workflows trigger by recording the flow run as Failed (`runStatus`, `runError`).
 * Every envelope is recorded verbatim (raw text and parsed JSON), readable at
 * `GET /_emulator/channel-messages` and cleared with `DELETE`.
 */
import { randomUUID } from 'node:crypto';
import type { SqliteStore } from './store/sqliteStore';
import { malformedCard, tooLargeForTeams } from './teamsLimits';
import type { EmuResponse, SiteUser } from './types';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8', ...headers },
  body: JSON.stringify(body)
});

const graphError = (status: number, code: string, message: string): EmuResponse =>
  json(status, { error: { code, message, innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': randomUUID(), 'client-request-id': randomUUID() } } });

function parse(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Graph's answer to a delegated token without ChannelMessage.Send (the SharePoint admin centre's
 * API access request not approved, or the grant withdrawn): 403 naming the scopes the API takes.
 */
export const missingConsent = (): EmuResponse =>
  graphError(403, 'Forbidden', "Missing scope permissions on the request. API requires one of 'ChannelMessage.Send, Group.ReadWrite.All'. Scopes on the request 'User.Read'");

/** What the Graph stand-in knows of the tenant: teams and their members, and whether the consent is granted. */
export interface GraphTenant {
  /** Team id → member logins (lower case); a team not listed accepts anyone. */
  teams?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether delegated ChannelMessage.Send is granted; switchable at `/_emulator/graph-consent`. */
  consent: { granted: boolean };
}

export function handleGraph(
  store: SqliteStore,
  method: string,
  path: string,
  headers: Record<string, string>,
  raw: string,
  user: SiteUser | undefined,
  tenant: GraphTenant
): EmuResponse | undefined {
  const m = /^\/v1\.0\/teams\/([^/]+)\/channels\/([^/]+)\/messages\/?$/i.exec(path);
  if (!m) return undefined;
  if (method !== 'POST') return graphError(405, 'Request_BadRequest', 'Only POST is emulated on this resource.');
  // Graph refuses calls without a bearer token; the emulator accepts any token value.
  if (!/^Bearer\s+\S+/i.test(headers.authorization ?? '')) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  if (!tenant.consent.granted) return missingConsent();
  // Only members of a team may post in its channels; Graph answers anyone else 403 Forbidden.
  const members = tenant.teams?.get(decodeURIComponent(m[1]));
  if (members && !members.has((user?.login ?? '').toLowerCase())) return graphError(403, 'Forbidden', 'Forbidden');
  if (tooLargeForTeams(raw)) return graphError(413, 'MessageSizeTooBig', 'Message size too large.');
  const parsed = parse(raw);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return graphError(400, 'BadRequest', 'Invalid request body.');
  const msg = parsed.value as Record<string, unknown>;
  const body = msg.body as { contentType?: string; content?: string } | undefined;
  if (!body || typeof body.content !== 'string') return graphError(400, 'BadRequest', 'Message body cannot be empty.');
  const attachments = Array.isArray(msg.attachments) ? (msg.attachments as Array<Record<string, unknown>>) : [];
  for (const a of attachments) {
    // The attachment id must be referenced by an <attachment id="..."> tag in the body.
    if (!a.id || !body.content.includes(`<attachment id="${String(a.id)}"`)) return graphError(400, 'BadRequest', 'Attachment references in the message body do not match the attachments.');
  }
  const malformed = malformedCard(attachments);
  if (malformed) return graphError(400, 'BadRequest', `The Adaptive Card attachment is not valid: ${malformed}.`);
  const [teamId, channelId] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
  const now = new Date().toISOString();
  const id = String(Date.now());
  const chatMessage = {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#teams('${teamId}')/channels('${channelId}')/messages/$entity`,
    id,
    replyToId: null,
    etag: id,
    messageType: 'message',
    createdDateTime: now,
    lastModifiedDateTime: now,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: (msg.subject as string | undefined) ?? null,
    summary: (msg.summary as string | undefined) ?? null,
    chatId: null,
    importance: (msg.importance as string | undefined) ?? 'normal',
    locale: 'en-us',
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${id}?groupId=${encodeURIComponent(teamId)}&parentMessageId=${id}`,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: user ? { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: randomUUID(), displayName: user.displayName, userIdentityType: 'aadUser', tenantId: '00000000-0000-0000-0000-000000000000' } : null
    },
    body: { contentType: body.contentType ?? 'text', content: body.content },
    channelIdentity: { teamId, channelId },
    attachments: attachments.map((a) => ({ id: a.id, contentType: a.contentType, contentUrl: a.contentUrl ?? null, content: a.content ?? null, name: a.name ?? null, thumbnailUrl: a.thumbnailUrl ?? null, teamsAppId: null })),
    mentions: Array.isArray(msg.mentions) ? msg.mentions : [],
    reactions: []
  };
  store.addChannelMessage({ kind: 'graph', teamId, channelId, receivedAt: now, rawBody: raw, envelope: parsed.value, response: chatMessage });
  return json(201, chatMessage, { Location: `https://graph.microsoft.com/v1.0/teams('${teamId}')/channels('${channelId}')/messages('${id}')` });
}

/** Why the flow's run would fail to post, or `undefined` when the card reaches the channel. */
function workflowRunError(raw: string, parsed: { ok: true; value: unknown } | { ok: false }): string | undefined {
  if (!parsed.ok) return 'The request body is not valid JSON.';
  if (tooLargeForTeams(raw)) return 'Request Entity too large';
  const attachments = (parsed.value as { attachments?: unknown } | null)?.attachments;
  if (!Array.isArray(attachments) || attachments.length === 0) return 'The message has no attachments to post.';
  const malformed = malformedCard(attachments as Array<Record<string, unknown>>);
  return malformed ? `The Adaptive Card is not valid: ${malformed}.` : undefined;
}

export function handleWorkflow(store: SqliteStore, method: string, name: string, headers: Record<string, string>, raw: string): EmuResponse {
  if (method !== 'POST') return json(405, { error: { code: 'MethodNotAllowed', message: 'The trigger accepts POST only.' } });
  const parsed = parse(raw);
  // The trigger answers 202 before the flow runs: what Teams refuses (a bad envelope, a message
  // over 28 KB, a malformed card) fails later, in the flow's run history, and never reaches the
  // channel. It is recorded with the run's outcome rather than rejected.
  const runError = workflowRunError(raw, parsed);
  store.addChannelMessage({
    kind: 'workflow',
    name,
    receivedAt: new Date().toISOString(),
    contentType: headers['content-type'] ?? null,
    rawBody: raw,
    envelope: parsed.ok ? parsed.value : null,
    parseError: !parsed.ok,
    runStatus: runError ? 'Failed' : 'Succeeded',
    ...(runError ? { runError } : {})
  });
  return { status: 202, headers: { 'Content-Length': '0' }, body: '' };
}
