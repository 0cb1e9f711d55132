import type { CardPayload } from '../../application/alerts/cardModels';
import type { AdaptiveCardJson } from './cardCommon';
import { renderDigestCard } from './digestCard';
import { renderReminderCard } from './reminderCard';
import { withRepeatNotice } from './repeatNotice';
import { renderSlipCard } from './slipCard';

function renderKind(payload: CardPayload): AdaptiveCardJson {
  switch (payload.kind) {
    case 'slip':
      return renderSlipCard(payload.data);
    case 'digest':
      return renderDigestCard(payload.data);
    case 'reminder':
      return renderReminderCard(payload.data);
  }
}

/**
 * Renders the card a payload describes, with the repeat notice first when an earlier post of it
 * may have reached Teams.
 * @throws RangeError when a link in it is not an absolute http(s) URL
 */
export function renderPayload(payload: CardPayload): AdaptiveCardJson {
  const card = renderKind(payload);
  return payload.mayRepeat ? withRepeatNotice(card) : card;
}
