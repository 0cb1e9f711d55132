/**
 * The two message envelopes Teams accepts for an Adaptive Card.
 * Note the difference: Graph wants the card as a JSON *string*, Workflows as a JSON *object*.
 */
import type { AdaptiveCardJson } from '../cards/cardCommon';

/** The attachment content type of an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

// Teams' documented envelopes carry `contentUrl: null` literally (a legacy API shape).
/* eslint-disable @rushstack/no-new-null */
/** Body of `POST /teams/{team-id}/channels/{channel-id}/messages` carrying one card. */
export interface GraphChannelMessage {
  body: { contentType: 'html'; content: string };
  attachments: Array<{ id: string; contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; contentUrl: null; content: string }>;
}

/** Body POSTed to a Workflows "when a Teams webhook request is received" trigger. */
export interface WorkflowMessage {
  type: 'message';
  attachments: Array<{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; contentUrl: null; content: AdaptiveCardJson }>;
}
/* eslint-enable @rushstack/no-new-null */

/**
 * The Graph chatMessage: an HTML body holding only `<attachment id>`, and the card serialised as
 * a string in the attachment with the same id (Graph refuses a mismatch).
 * @throws RangeError when `attachmentId` could break out of the attribute
 */
export function graphChannelMessage(card: AdaptiveCardJson, attachmentId: string): GraphChannelMessage {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(attachmentId)) throw new RangeError(`Attachment id "${attachmentId}" must be 1-64 letters, digits or hyphens.`);
  return {
    body: { contentType: 'html', content: `<attachment id="${attachmentId}"></attachment>` },
    attachments: [{ id: attachmentId, contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: JSON.stringify(card) }]
  };
}

/** The Workflows webhook envelope: one attachment whose `content` is the card object. */
export function workflowMessage(card: AdaptiveCardJson): WorkflowMessage {
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }] };
}
