/**
 * What Teams refuses in a channel post, for the Graph and Workflows stand-ins:
 * - a message over about 28 KB, all of it counted (Teams answers 413 with
 *   `{"error":{"code":"MessageSizeTooBig","message":"Message size too large."}}`; the Workflows
 *   "post card" action fails with "Request Entity too large");
 * - an Adaptive Card attachment that is not a card: content that is not JSON, or not an object
 *   whose `type` is `AdaptiveCard` with a `version` and a `body` list (the exact error text Teams
 *   gives for a malformed card is not published; the stand-ins' wording is their own).
 */

/** Teams' most bytes in one message. */
export const TEAMS_MESSAGE_MAX_BYTES = 28 * 1024;

/** The attachment content type of an Adaptive Card. */
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Why `content` is not an Adaptive Card, or `undefined` when it is one. */
function cardProblem(content: unknown): string | undefined {
  let card = content;
  if (typeof content === 'string') {
    try {
      card = JSON.parse(content) as unknown;
    } catch {
      return 'the card is not valid JSON';
    }
  }
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return 'the card is not a JSON object';
  const c = card as { type?: unknown; version?: unknown; body?: unknown };
  if (c.type !== 'AdaptiveCard') return 'the card\'s type is not "AdaptiveCard"';
  if (typeof c.version !== 'string' || !/^\d+\.\d+$/.test(c.version)) return 'the card has no version such as "1.4"';
  if (c.body !== undefined && !Array.isArray(c.body)) return "the card's body is not a list";
  return undefined;
}

/** The first malformed Adaptive Card among `attachments`, in words; `undefined` when all are cards. */
export function malformedCard(attachments: ReadonlyArray<Record<string, unknown>>): string | undefined {
  for (const a of attachments) {
    if (a.contentType !== ADAPTIVE_CARD) continue;
    const problem = cardProblem(a.content);
    if (problem) return problem;
  }
  return undefined;
}

/** Whether a message body is over Teams' size limit. */
export function tooLargeForTeams(raw: string): boolean {
  return Buffer.byteLength(raw, 'utf8') > TEAMS_MESSAGE_MAX_BYTES;
}
