/** SharePoint adapters of the alerts: the notifications log and the routing settings. */
export { SpNotificationLog } from './spNotificationLog';
export { SpAlertRouting, writeRoutingSettings, type RoutingSetting } from './spAlertRouting';
export { NOTIFICATIONS_LOG_LIST } from './logItems';
