import { actionSubEntity, teamsChannelTabLink } from '../../application/alerts/teamsTabs';

/**
 * Links that open one action's panel, in each host. Alert cards and the "copy link" button use
 * them, so a director lands on the action in the place they read the alert.
 */

/** In SharePoint: the page hosting the web part, with the action in the query string. */
export function sharePointActionLink(pageUrl: string, actionId: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('view', 'action');
  url.searchParams.set('action', actionId);
  return url.toString();
}

/**
 * In Teams: a deep link to the app's tab in a channel, naming the channel (Teams opens a channel
 * tab only from such a link). Teams passes `subEntityId` to the tab as `context.page.subPageId`,
 * which the host turns back into the action route.
 */
export function teamsActionLink(options: { appId: string; entityId: string; channelId: string; actionId: string; label?: string }): string {
  return teamsChannelTabLink({ appId: options.appId, entityId: options.entityId, channelId: options.channelId, subEntityId: actionSubEntity(options.actionId), ...(options.label ? { label: options.label } : {}) });
}

/** The action id carried by a Teams `subPageId`, if it is one of ours. */
export function actionIdFromSubPage(subPageId: string | undefined): string | undefined {
  const match = /^action:(.+)$/.exec(subPageId ?? '');
  return match ? match[1] : undefined;
}

/** Query parameters that belong to the app's routes; every other parameter belongs to the host page. */
export const ROUTE_PARAMS: readonly string[] = ['view', 'theme', 'action', 'asAt', 'rec'];

/**
 * The page address after the app navigates: the route's parameters replace the old route's,
 * and the host page's own parameters (SharePoint's, or the harness's user and host) stay.
 */
export function addressWithRoute(pathname: string, currentSearch: string, routeSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of ROUTE_PARAMS) params.delete(key);
  new URLSearchParams(routeSearch).forEach((value, key) => params.set(key, value));
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}
