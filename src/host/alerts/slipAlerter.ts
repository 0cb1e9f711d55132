import { alertSlip, type AlertRouting, type NotificationLog } from '../../application/alerts';
import type { Action, Person, SlippageEvent } from '../../domain';
import { GraphChannelSender, type PostJson } from '../../notifications/senders';

/** Sends the alert for a slip a save just caused. */
export type SlipAlerter = (event: SlippageEvent, action: Action, changedBy: Person, themeName?: string) => Promise<void>;

/**
 * The live alert path of a host: when a save worsens an action into Amber or Red, claim the slip
 * in the notifications log and post the card to the theme's channel through Microsoft Graph as
 * the person who saved (delegated ChannelMessage.Send). Failures are recorded, and the next sweep
 * retries them, so the save itself never fails because Teams did.
 */
export function createSlipAlerter(options: {
  /** The site's notifications log and routing (see `createAlertStores` in src/data). */
  stores: { log: NotificationLog; routing: AlertRouting };
  postJson: PostJson;
  /** Prefix for Graph paths: '' with MSGraphClientV3, the Graph or emulator base URL with fetch. */
  graphBaseUrl: string;
  actionLink(actionId: string): string;
  planLink(themeCode?: string): string;
  now?: () => Date;
}): SlipAlerter {
  const deps = {
    log: options.stores.log,
    routing: options.stores.routing,
    sender: new GraphChannelSender({ postJson: options.postJson, baseUrl: options.graphBaseUrl }),
    links: { action: options.actionLink, plan: options.planLink },
    now: options.now ?? (() => new Date())
  };
  return async (event, action, changedBy, themeName) => {
    await alertSlip(event, { action, changedBy, ...(themeName ? { themeName } : {}) }, deps);
  };
}
