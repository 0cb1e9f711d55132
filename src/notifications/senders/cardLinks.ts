/**
 * The last check before a card leaves: every link in the rendered card must point at the plan's
 * site or the app in Teams. Checking the card as rendered (not the data it came from) means no
 * template or data path can slip another address past it.
 */
import { describeRefusedLinks, refusedLinks, type LinkPolicy } from '../../application/alerts/linkPolicy';
import type { AdaptiveCardJson } from '../cards/cardCommon';
import { ChannelSendError } from './channelSender';

/** Every `url` in a card: Action.OpenUrl buttons, select actions, images and anything else carrying one. */
export function linksIn(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (typeof value === 'string' && /^(url|iconUrl|backgroundImage)$/i.test(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out;
}

/**
 * Throws when the card links anywhere `policy` does not allow; the error is not retryable (the
 * same card would be refused again), and its message is what the log and the report show.
 * @throws ChannelSendError naming the refused links
 */
export function refuseForeignLinks(card: AdaptiveCardJson, policy: LinkPolicy): void {
  const refused = refusedLinks(linksIn(card), policy);
  if (refused.length) throw new ChannelSendError(describeRefusedLinks(refused, policy), undefined, 0, false);
}
