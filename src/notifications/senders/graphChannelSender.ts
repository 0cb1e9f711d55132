import type { CardPayload } from '../../application/alerts/cardModels';
import type { AdaptiveCardJson } from '../cards/cardCommon';
import { renderPayload } from '../cards/renderPayload';
import { ChannelSendError, type ChannelSender, type ChannelTarget, type SendReceipt } from './channelSender';
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
  /** Back-off settings and injected sleep. */
  retry?: RetryEffects;
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
   * Posts an already rendered card.
   * @throws ChannelSendError when it was not accepted
   */
  public async postCard(target: ChannelTarget, card: AdaptiveCardJson): Promise<SendReceipt> {
    if (target.kind !== 'graph') throw new ChannelSendError('The Graph sender can only post to a team and channel id.', undefined, 0, false);
    const path = `/teams/${encodeURIComponent(target.teamId)}/channels/${encodeURIComponent(target.channelId)}/messages`;
    const message = graphChannelMessage(card, (this.options.newAttachmentId ?? randomId)());
    const result = await postWithRetry(this.options.postJson, `${this.options.baseUrl ?? ''}${path}`, message, this.options.retry);
    if (result.reply && result.reply.status >= 200 && result.reply.status < 300) return { status: result.reply.status, attempts: result.attempts };
    throw failureOf(result, 'Microsoft Graph');
  }
}
