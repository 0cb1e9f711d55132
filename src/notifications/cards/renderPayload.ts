import type { CardPayload } from '../../application/alerts/cardModels';
import type { AdaptiveCardJson } from './cardCommon';
import { renderDigestCard } from './digestCard';
import { renderReminderCard } from './reminderCard';
import { renderSlipCard } from './slipCard';

/**
 * Renders the card a payload describes.
 * @throws RangeError when a link in it is not an absolute http(s) URL
 */
export function renderPayload(payload: CardPayload): AdaptiveCardJson {
  switch (payload.kind) {
    case 'slip':
      return renderSlipCard(payload.data);
    case 'digest':
      return renderDigestCard(payload.data);
    case 'reminder':
      return renderReminderCard(payload.data);
  }
}
