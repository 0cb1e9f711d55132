import type { AlertRouting, NotificationLog } from '../../application/alerts';
import type { Action, Person, SlippageEvent } from '../../domain';
import type { PostJson } from '../../notifications/senders';

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
  return async (event, action, changedBy, themeName) => {
    // Card templating (adaptivecards-templating and its expression engine) is most of a megabyte:
    // it loads when an action first slips, never with the page.
    const [{ alertSlip }, { GraphChannelSender }] = await Promise.all([
      import(/* webpackChunkName: 'slip-alerts' */ '../../application/alerts'),
      import(/* webpackChunkName: 'slip-alerts' */ '../../notifications/senders/graphChannelSender')
    ]);
    const deps = {
      log: options.stores.log,
      routing: options.stores.routing,
      sender: new GraphChannelSender({ postJson: options.postJson, baseUrl: options.graphBaseUrl }),
      links: { action: options.actionLink, plan: options.planLink },
      now: options.now ?? (() => new Date())
    };
    await alertSlip(event, { action, changedBy, ...(themeName ? { themeName } : {}) }, deps);
  };
}
