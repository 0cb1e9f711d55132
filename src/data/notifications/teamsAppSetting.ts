/**
 * Records the app's id in Teams and its channel tabs in Plan Settings (see
 * application/alerts/teamsTabs.ts), so cards can link into the tab of the theme's channel.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TEAMS_APP_SETTING, TEAMS_TAB_PREFIX, type TeamsTab } from '../../application/alerts/teamsTabs';
import { SETTINGS_LIST } from '../schema/planLists';
import { readText, type SpItem } from '../mapping/values';
import { writeRoutingSettings, type RoutingSetting } from './spAlertRouting';
import { odataEq } from '../odata';

/** Sets the `teamsApp` row (provisioning's --teams-app-id). */
export async function recordTeamsAppId(sp: SPFI, appId: string): Promise<void> {
  await writeRoutingSettings(sp, [teamsAppRow(appId)]);
}

function teamsAppRow(appId: string): RoutingSetting {
  return { title: TEAMS_APP_SETTING, value: JSON.stringify({ appId }), description: "The app's id in Teams (org catalog), for links from cards into its channel tabs" };
}

/**
 * Records the app id Teams reports and the channel tab it runs in, writing only rows that differ
 * (the programme office opens the tab often). Returns whether anything was written. Needs edit
 * rights on Plan Settings, which only the programme office holds.
 */
export async function recordTeamsTab(sp: SPFI, appId: string, tab: TeamsTab): Promise<boolean> {
  const tabTitle = `${TEAMS_TAB_PREFIX}${tab.channelId}`;
  const rows = await sp.web.lists
    .getByTitle(SETTINGS_LIST)
    .items.filter(`${odataEq('Title', TEAMS_APP_SETTING)} or ${odataEq('Title', tabTitle)}`)
    .select('Title', 'SettingValue')<SpItem[]>();
  const current = new Map(rows.map((r) => [readText(r.Title) ?? '', readText(r.SettingValue) ?? '']));
  const wanted: RoutingSetting[] = [
    teamsAppRow(appId),
    { title: tabTitle, value: JSON.stringify({ teamId: tab.teamId, channelId: tab.channelId, entityId: tab.entityId }), description: "The app's tab in this channel, for links from cards" }
  ];
  const changed = wanted.filter((w) => current.get(w.title) !== w.value);
  if (changed.length) await writeRoutingSettings(sp, changed);
  return changed.length > 0;
}

/** {@link recordTeamsTab} bound to a plan site, for the hosts. */
export function createSpTeamsTabRecorder(sp: SPFI): (appId: string, tab: TeamsTab) => Promise<boolean> {
  return (appId, tab) => recordTeamsTab(sp, appId, tab);
}
