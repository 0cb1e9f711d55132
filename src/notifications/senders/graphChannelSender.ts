import type { CardPayload } from '../../application/alerts/cardModels';
import type { LinkPolicy } from '../../application/alerts/linkPolicy';
import type { AdaptiveCardJson } from '../cards/cardCommon';
import { renderPayload } from '../cards/renderPayload';
import { ChannelSendError, type ChannelSender, type ChannelTarget, type SendReceipt } from './channelSender';
import { refuseForeignLinks } from './cardLinks';
import { failureOf } from './describeFailure';
import { graphChannelMessage } from './envelopes';
import type { PostJson } from './http';
import { postWithRetry, type RetryEffects } from './retryPolicy';

/** Options of {@link GraphChannelSender}. */
export interface GraphChannelSenderOptions {
  /**
   * POSTs to a Graph path. The web part wraps `MSGraphClientV3` (delegated `ChannelMessage.Send`),
   * which takes paths such as `/teams/{id}/channels/{id}/messages`; tests wrap `fetch`.
   */
  postJson: PostJson;
  /** Prefix put before the path: `''` for MSGraphClientV3, `https://graph.microsoft.com/v1.0` or the emulator's `/v1.0` for fetch. */
  baseUrl?: string;
  /** New attachment ids (tests pass a fixed one). Default: a random 32-hex-digit id. */
  newAttachmentId?: () => string;
  /** Where the card's links may point: the plan's site and the app in Teams. */
  links: LinkPolicy;
  /** Back-off settings and injected sleep. */
  retry?: RetryEffects;
}

/** The top-level `id` of a JSON object, found before any nested object opens (the text may be cut short). */
const LEADING_ID = /^\s*\{[^{}]*?"id"\s*:\s*"([^"\\]{1,255})"/;

/**
 * The chatMessage id in Graph's answer, when the transport passed the body on. Transports keep
 * only the start of a body, so a long answer is read for its leading `id` rather than parsed whole.
 */
function messageIdOf(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === 'string' && id !== '' ? id.slice(0, 255) : undefined;
  } catch {
    return LEADING_ID.exec(body)?.[1];
  }
}

function randomId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}

/**
 * Posts cards as channel messages through Microsoft Graph, as the signed-in person. Graph does
 * not allow app-only channel posts except for migration, so this is the in-app path only.
 */
export class GraphChannelSender implements ChannelSender {
  public readonly kind = 'graph' as const;

  public constructor(private readonly options: GraphChannelSenderOptions) {}

  /** Renders the payload's card and posts it (see {@link postCard}). */
  public async send(target: ChannelTarget, payload: CardPayload): Promise<SendReceipt> {
    return this.postCard(target, renderPayload(payload));
  }

  /**
   * Posts an already rendered card, unless it links outside the plan's site and the app in Teams
   * (then nothing is sent at all).
   * @throws ChannelSendError when a link is refused or the card was not accepted
   */
  public async postCard(target: ChannelTarget, card: AdaptiveCardJson): Promise<SendReceipt> {
    if (target.kind !== 'graph') throw new ChannelSendError('The Graph sender can only post to a team and channel id.', undefined, 0, false);
    refuseForeignLinks(card, this.options.links);
    const path = `/teams/${encodeURIComponent(target.teamId)}/channels/${encodeURIComponent(target.channelId)}/messages`;
    const message = graphChannelMessage(card, (this.options.newAttachmentId ?? randomId)());
    const result = await postWithRetry(this.options.postJson, `${this.options.baseUrl ?? ''}${path}`, message, this.options.retry);
    if (result.reply && result.reply.status >= 200 && result.reply.status < 300) {
      const messageId = messageIdOf(result.reply.body);
      return { status: result.reply.status, attempts: result.attempts, ...(messageId ? { messageId } : {}) };
    }
    throw failureOf(result, 'Microsoft Graph');
  }
}
