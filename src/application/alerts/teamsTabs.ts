/**
 * Links from a card into the app's tab in a Teams channel. Teams opens a channel tab from a deep
 * link only when the link names the app id Teams knows (the org catalog id after "Sync to Teams"),
 * the tab's entity id and the channel's id:
 *   https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"…","channelId":"…"}
 * Plan Settings records them: a `teamsApp` row `{"appId":"…"}` (set by provisioning with
 * --teams-app-id, or when the programme office opens a channel tab) and one `teamsTab:<channel id>`
 * row `{"teamId":"…","channelId":"…","entityId":"…"}` per channel tab the programme office opened.
 * A card for a theme links to the tab in the theme's channel (its route, else the fallback's);
 * with no such tab recorded, it keeps the plan site's links.
 */
import type { AlertRoutingConfig, AppLinks } from './ports';

/** Plan Settings row naming the app's id in Teams. */
export const TEAMS_APP_SETTING = 'teamsApp';
/** Prefix of the Plan Settings rows recording the app's tab in a channel, by channel id. */
export const TEAMS_TAB_PREFIX = 'teamsTab:';

/** The app's tab in one channel. */
export interface TeamsTab {
  teamId: string;
  channelId: string;
  /** The tab's entity id (`page.id` in the Teams context). */
  entityId: string;
}

/** The app in Teams as Plan Settings records it. */
export interface TeamsAppConfig {
  appId: string;
  tabs: readonly TeamsTab[];
}

/** The `subEntityId` of a link to one action; the tab turns it back into the action's route. */
export const actionSubEntity = (actionId: string): string => `action:${actionId}`;

/** A deep link into the app's tab in a channel, carrying the channel id. */
export function teamsChannelTabLink(options: { appId: string; entityId: string; channelId: string; subEntityId?: string; label?: string }): string {
  const context = encodeURIComponent(JSON.stringify({ ...(options.subEntityId ? { subEntityId: options.subEntityId } : {}), channelId: options.channelId }));
  const label = options.label ? `&label=${encodeURIComponent(options.label)}` : '';
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.appId)}/${encodeURIComponent(options.entityId)}?context=${context}${label}`;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function parseObject(title: string, raw: string, problems: string[]): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  problems.push(`${title}: the value is not a JSON object.`);
  return undefined;
}

/** Reads the `teamsApp` and `teamsTab:` rows; problems are described, never fatal. */
export function parseTeamsApp(rows: ReadonlyArray<{ title: string; value: string }>, problems: string[]): TeamsAppConfig | undefined {
  let appId: string | undefined;
  const tabs: TeamsTab[] = [];
  for (const { title, value } of rows) {
    if (title === TEAMS_APP_SETTING) {
      const v = parseObject(title, value, problems);
      appId = text(v?.appId) ?? appId;
      if (v && !text(v.appId)) problems.push(`${title}: appId is missing.`);
    } else if (title.startsWith(TEAMS_TAB_PREFIX)) {
      const v = parseObject(title, value, problems);
      const [teamId, channelId, entityId] = [text(v?.teamId), text(v?.channelId), text(v?.entityId)];
      if (teamId && channelId && entityId) tabs.push({ teamId, channelId, entityId });
      else if (v) problems.push(`${title}: teamId, channelId and entityId must all be given.`);
    }
  }
  return appId ? { appId, tabs } : undefined;
}

/** The tab in the channel a theme's cards go to (its own route, else the fallback's), if recorded. */
export function tabForTheme(config: AlertRoutingConfig, themeCode: string | undefined): TeamsTab | undefined {
  const tabs = config.teamsApp?.tabs ?? [];
  const channel = (themeCode ? config.themes[themeCode]?.graph : undefined) ?? config.fallback?.graph;
  return channel ? tabs.find((t) => t.channelId === channel.channelId && t.teamId === channel.teamId) : undefined;
}

/**
 * `links` with each action link turned into a deep link to the app's tab in the theme's channel,
 * when Plan Settings records the app and that tab; otherwise `links` unchanged.
 */
export function withTeamsTabs(links: AppLinks, config: AlertRoutingConfig): AppLinks {
  const appId = config.teamsApp?.appId;
  if (!appId) return links;
  return {
    plan: (themeCode) => links.plan(themeCode),
    action: (actionId, themeCode) => {
      const tab = tabForTheme(config, themeCode);
      return tab ? teamsChannelTabLink({ appId, entityId: tab.entityId, channelId: tab.channelId, subEntityId: actionSubEntity(actionId) }) : links.action(actionId, themeCode);
    }
  };
}
