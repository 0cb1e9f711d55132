/** SharePoint adapters of the alerts: the notifications log, receipts, the save history and routing. */
export { SpNotificationLog } from './spNotificationLog';
export { SpRecordKeepers, type RecordKeepers } from './recordKeepers';
export { SpAlertReceipts } from './spAlertReceipts';
export { SpSaveHistory } from './spSaveHistory';
export { SpAlertRouting, writeRoutingSettings, type RoutingSetting } from './spAlertRouting';
export { createSpTeamsTabRecorder, recordTeamsAppId, recordTeamsTab } from './teamsAppSetting';
export { NOTIFICATIONS_LOG_LIST } from './logItems';

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { AlertReceipts, AlertRouting } from '../../application/alerts';
import { SpAlertReceipts as Receipts } from './spAlertReceipts';
import { SpAlertRouting as Routing } from './spAlertRouting';

/** What a host that posts live alerts needs from the plan site. */
export interface LiveAlertStores {
  receipts: AlertReceipts;
  routing: AlertRouting;
  /** The plan site's URL (read once): the only SharePoint address a card may link to. */
  siteUrl(): Promise<string>;
}

/**
 * The receipts list, alert routing and site address of a plan site, for hosts that send live
 * alerts. The live path never touches the notifications log: only the sweep and the programme
 * office write it.
 */
export function createAlertStores(sp: SPFI): LiveAlertStores {
  let url: Promise<string> | undefined;
  return {
    receipts: new Receipts(sp),
    routing: new Routing(sp),
    siteUrl: () => (url ??= sp.web.select('Url')<{ Url: string }>().then((w) => w.Url))
  };
}
