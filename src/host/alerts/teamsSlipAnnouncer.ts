import type { SlipAnnouncement, SlipAnnouncer } from '../../application/ports/slipAnnouncer';
import type { SlipAlerter } from './slipAlerter';

/**
 * The hosts' {@link SlipAnnouncer}: posts a saved slip's card as the person who saved it. The
 * save has already succeeded, so nothing here rejects: a card that cannot be posted now is logged
 * for whoever looks, and reported as left for the scheduled sweep, which posts it.
 */
export function teamsSlipAnnouncer(send: SlipAlerter): SlipAnnouncer {
  return {
    announce: ({ event, action, changedBy, themeName, progressUpdateId }) =>
      send(event, action, changedBy, themeName, progressUpdateId)
        .then((outcome): SlipAnnouncement => {
          if (outcome.status !== 'posted') console.warn(`The slip card was not posted from this browser: ${outcome.detail ?? outcome.status}`);
          return { status: outcome.status, ...(outcome.detail ? { detail: outcome.detail } : {}) };
        })
        .catch((error: unknown): SlipAnnouncement => {
          console.warn('The slippage alert could not be sent now; the next sweep will send it.', error);
          return { status: 'leftForSweep' };
        })
  };
}
