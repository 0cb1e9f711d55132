/**
 * Where a card's buttons may point: the plan's own SharePoint site, or the app's tab in Teams.
 * Every link a sender is about to post is checked here, and a card with any other link is refused
 * (never posted), so no stored value or configuration slip can turn a director's alert into a
 * link to somewhere else.
 */

/** The addresses a card may link to. */
export interface LinkPolicy {
  /** The plan site, e.g. `https://council.sharepoint.com/sites/improvement`. */
  siteUrl: string;
  /** The Teams app id of the tab; Teams deep links are allowed only to this app. */
  teamsAppId?: string;
}

const TEAMS_ENTITY_PREFIX = 'https://teams.microsoft.com/l/entity/';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** SharePoint paths are case-insensitive; `/sites/ip` must not admit `/sites/ip-other`. */
function underPath(path: string, base: string): boolean {
  const p = path.toLowerCase();
  const b = base.replace(/\/+$/, '').toLowerCase();
  return b === '' || p === b || p.startsWith(`${b}/`);
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The `channelId` in a deep link's `context` parameter, if it carries one. */
function channelIdOf(url: URL): string | undefined {
  try {
    const context = JSON.parse(url.searchParams.get('context') ?? '') as { channelId?: unknown };
    return typeof context.channelId === 'string' && context.channelId ? context.channelId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `https://teams.microsoft.com/l/entity/<app id>/…` with the configured app id and a channel id:
 * Teams opens a channel tab only from a link naming its channel, so a link without one would not land.
 */
function isTeamsAppLink(url: URL, raw: string, appId: string | undefined): boolean {
  if (!appId || !raw.startsWith(TEAMS_ENTITY_PREFIX)) return false;
  const segment = url.pathname.split('/')[3];
  return segment !== undefined && decoded(segment)?.toLowerCase() === appId.toLowerCase() && channelIdOf(url) !== undefined;
}

/**
 * Is `url` a link a card may carry? Allowed: https addresses on the plan site's host under its
 * path (for a local emulator site, anything on its origin, http included), and Teams deep links
 * to the app's own tab in a channel (naming the channel). Anything with a user name or password in it is refused.
 */
export function isAllowedLink(url: string, policy: LinkPolicy): boolean {
  const link = parse(url);
  const site = parse(policy.siteUrl);
  if (!link || !site || link.username || link.password) return false;
  if (isTeamsAppLink(link, url, policy.teamsAppId)) return true;
  if (LOOPBACK.has(site.hostname)) return link.origin === site.origin;
  return link.protocol === 'https:' && link.host.toLowerCase() === site.host.toLowerCase() && underPath(link.pathname, site.pathname);
}

/** The links in `urls` that `policy` refuses. */
export function refusedLinks(urls: readonly string[], policy: LinkPolicy): string[] {
  return urls.filter((u) => !isAllowedLink(u, policy));
}

/** Why a card was refused, for the log and the report (the links are shortened, never followed). */
export function describeRefusedLinks(refused: readonly string[], policy: LinkPolicy): string {
  const shown = refused.slice(0, 3).map((u) => `"${u.slice(0, 120)}"`).join(', ');
  return `Refused to post: the card links to ${shown}, which is neither the plan site (${policy.siteUrl}) nor the app in Teams.`;
}
