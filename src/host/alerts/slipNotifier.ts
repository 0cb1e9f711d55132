import type { SessionService } from '../../application/ports/planRepository';
import type { Action, SlippageEvent } from '../../domain';
import type { SlipAlertResult } from '../../ui/app/ImprovementPlanApp';
import type { SlipAlerter } from './slipAlerter';

/** The app's `onSlip`: what both hosts hand it. */
export type SlipNotifier = (event: SlippageEvent, action: Action, themeName?: string, progressUpdateId?: string) => Promise<SlipAlertResult>;

/**
 * Sends a saved slip's card as the signed-in person. The save has already succeeded, so nothing
 * here throws: a card that cannot be posted now is logged for whoever looks, and reported as left
 * for the scheduled sweep, which posts it.
 */
export function slipNotifier(session: SessionService, send: SlipAlerter): SlipNotifier {
  return (event, action, themeName, progressUpdateId) =>
    session
      .currentUser()
      .then((user) => send(event, action, user.person, themeName, progressUpdateId))
      .then((outcome): SlipAlertResult => {
        if (outcome.status !== 'posted') console.warn(`The slip card was not posted from this browser: ${outcome.detail ?? outcome.status}`);
        return outcome;
      })
      .catch((error: unknown): SlipAlertResult => {
        console.warn('The slippage alert could not be sent now; the next sweep will send it.', error);
        return { status: 'leftForSweep' };
      });
}
