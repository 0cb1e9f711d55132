import type { AlertReceipts, AlertRouting, LiveAlertOutcome } from '../../application/alerts';
import type { Action, Person, SlippageEvent } from '../../domain';
import type { PostJson } from '../../notifications/senders';

/**
 * Sends the alert for a slip a save just caused. `progressUpdateId` is the progress history entry
 * the save added (`ActionUpdateResult`), so the sweep can match the receipt to that save.
 */
export type SlipAlerter = (event: SlippageEvent, action: Action, changedBy: Person, themeName?: string, progressUpdateId?: string) => Promise<LiveAlertOutcome>;

/** Options of {@link createSlipAlerter}. */
export interface SlipAlerterOptions {
  /** The site's receipts list, routing and address (see `createAlertStores` in src/data). */
  stores: { receipts: AlertReceipts; routing: AlertRouting; siteUrl(): Promise<string> };
  postJson: PostJson;
  /** Prefix for Graph paths: '' with MSGraphClientV3, the Graph or emulator base URL with fetch. */
  graphBaseUrl: string;
  actionLink(actionId: string): string;
  planLink(themeCode?: string): string;
  /** The app's id in Teams, when the host links into the Teams tab; other Teams links are refused. */
  teamsAppId?: string;
  now?: () => Date;
}

/**
 * The live alert path of a host: when a save worsens an action into Amber or Red, post the card
 * to the theme's channel through Microsoft Graph as the person who saved (delegated
 * ChannelMessage.Send), then add a receipt. Nothing here writes the notifications log; when the
 * post cannot be made, nothing is written and the next sweep posts the card. The save itself
 * never fails because Teams did.
 */
export function createSlipAlerter(options: SlipAlerterOptions): SlipAlerter {
  return async (event, action, changedBy, themeName, progressUpdateId) => {
    // Card templating (adaptivecards-templating and its expression engine) is most of a megabyte:
    // it loads when an action first slips, never with the page.
    const [{ alertSlip }, { GraphChannelSender }, siteUrl] = await Promise.all([
      import(/* webpackChunkName: 'slip-alerts' */ '../../application/alerts'),
      import(/* webpackChunkName: 'slip-alerts' */ '../../notifications/senders/graphChannelSender'),
      options.stores.siteUrl().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
    ]);
    // Routing is read once: it names the channel, and the app id Teams reported (recorded in Plan
    // Settings), whose tab links the card may then carry.
    const routing = await options.stores.routing.readRouting().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    const teamsAppId = (routing instanceof Error ? undefined : routing.teamsApp?.appId) ?? options.teamsAppId;
    if (siteUrl instanceof Error) {
      // Without the site's address no link can be checked, so nothing is posted; the sweep sends it.
      return { status: 'leftForSweep', key: event.key, detail: `The plan site's address could not be read (${siteUrl.message}). The scheduled sweep will post it.` };
    }
    const sender = new GraphChannelSender({
      postJson: options.postJson,
      baseUrl: options.graphBaseUrl,
      links: { siteUrl, ...(teamsAppId ? { teamsAppId } : {}) }
    });
    return alertSlip(
      event,
      { action, changedBy, ...(themeName ? { themeName } : {}), ...(progressUpdateId ? { progressUpdateId } : {}) },
      {
        receipts: options.stores.receipts,
        routing: { readRouting: async () => (routing instanceof Error ? Promise.reject(routing) : routing) },
        sender,
        links: { action: options.actionLink, plan: options.planLink },
        now: options.now ?? (() => new Date())
      }
    );
  };
}
