/** SharePoint adapters of the alerts: the notifications log and the routing settings. */
export { SpNotificationLog } from './spNotificationLog';
export { SpAlertRouting, writeRoutingSettings, type RoutingSetting } from './spAlertRouting';
export { NOTIFICATIONS_LOG_LIST } from './logItems';

import type { SPFI } from '@pnp/sp';
import type { AlertRouting, NotificationLog } from '../../application/alerts';
import { SpAlertRouting as Routing } from './spAlertRouting';
import { SpNotificationLog as Log } from './spNotificationLog';

/** The notifications log and alert routing of a plan site, for hosts that send live alerts. */
export function createAlertStores(sp: SPFI): { log: NotificationLog; routing: AlertRouting } {
  return { log: new Log(sp), routing: new Routing(sp) };
}
