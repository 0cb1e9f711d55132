/**
 * The notice a card carries when an earlier post of it may already be in the channel: the first
 * post's answer was lost, so nobody knows whether Teams showed it. The notice is the card's first
 * line, so a reader sees at once that the card may be a repeat.
 */
import type { AdaptiveCardJson } from './cardCommon';

/** What the notice says. */
export const REPEAT_NOTICE_TEXT = 'This card may repeat an earlier card: Teams did not confirm that the first post arrived.';

/** `card` with the repeat notice as its first element. */
export function withRepeatNotice(card: AdaptiveCardJson): AdaptiveCardJson {
  const notice = { type: 'TextBlock', text: REPEAT_NOTICE_TEXT, wrap: true, isSubtle: true, size: 'Small', weight: 'Bolder' };
  return { ...card, body: [notice, ...card.body] };
}
