import type { CardPayload } from '../../application/alerts/cardModels';
import type { LinkPolicy } from '../../application/alerts/linkPolicy';
import type { AdaptiveCardJson } from '../cards/cardCommon';
import { renderPayload } from '../cards/renderPayload';
import { ChannelSendError, type ChannelSender, type ChannelTarget, type SendReceipt } from './channelSender';
import { refuseForeignLinks } from './cardLinks';
import { failureOf } from './describeFailure';
import { workflowMessage } from './envelopes';
import type { PostJson } from './http';
import { postWithRetry, type RetryEffects } from './retryPolicy';

/** Options of {@link WorkflowWebhookSender}. */
export interface WorkflowWebhookSenderOptions {
  postJson: PostJson;
  /**
   * The webhook URL for a target: normally `process.env[webhookSecretName]`. The URL is a
   * credential, so it comes from the environment (or Key Vault), never from a list or the bundle.
   * `undefined` when it is not configured.
   */
  urlFor(target: Extract<ChannelTarget, { kind: 'workflow' }>): string | undefined;
  /** Where the card's links may point: the plan's site and the app in Teams. */
  links: LinkPolicy;
  retry?: RetryEffects;
}

/**
 * Posts cards to a Teams Workflows "Post to a channel when a webhook request is received" flow.
 * Used by the scheduled sweep (app-only: no user is signed in). A 202 means the flow accepted
 * the request; whether it then posted is only visible in the flow's run history.
 */
export class WorkflowWebhookSender implements ChannelSender {
  public readonly kind = 'workflow' as const;

  public constructor(private readonly options: WorkflowWebhookSenderOptions) {}

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
    if (target.kind !== 'workflow') throw new ChannelSendError('The Workflows sender can only post to a webhook.', undefined, 0, false);
    refuseForeignLinks(card, this.options.links);
    const url = this.options.urlFor(target);
    if (!url) {
      throw new ChannelSendError(`The webhook secret ${target.webhookSecretName} is not set in this environment.`, undefined, 0, true);
    }
    const result = await postWithRetry(this.options.postJson, url, workflowMessage(card), this.options.retry);
    if (result.reply && result.reply.status >= 200 && result.reply.status < 300) return { status: result.reply.status, attempts: result.attempts };
    // Never put the URL in the message: its sig= parameter is the credential.
    throw failureOf(result, `the Workflows webhook ${target.webhookSecretName}`);
  }
}
