import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { ISPEventObserver } from '@microsoft/sp-core-library';
import { ThemeProvider, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { Theme } from '@fluentui/react-components';
import type { PlanServices } from '../../application/ports/planRepository';
import { createPlanServices } from '../../data';
import { createSpForSpfx } from '../../data/sp/createSp';
import { actionIdFromSubPage, sharePointActionLink, teamsActionLink } from '../links/actionLinks';

/** Everything the web part hands the app, read from the SPFx context. */
export interface SpfxHost {
  services: PlanServices;
  hostKind: 'sharePoint' | 'teams' | 'teamsMobile';
  /** The Teams theme name in Teams; undefined on a SharePoint page. */
  teamsTheme?: string;
  /** The SharePoint site theme as a Fluent v9 theme, outside Teams. */
  siteTheme?: Theme;
  /** The route the page was opened with (query string, or a Teams deep link). */
  initialSearch: string;
  actionLink(actionId: string): string;
  /** Posts a Graph request as the signed-in user (delegated ChannelMessage.Send). */
  postToGraph(path: string, body: unknown): Promise<unknown>;
}

/**
 * Reads the host from the SPFx context: SPFx's own Teams SDK instance (never a second teams-js),
 * the site theme, the page's route, and a Graph client; and builds the data services on PnPjs
 * with the SPFx behaviour (page digest, absolute URLs).
 */
export async function createSpfxHost(context: WebPartContext, siteUrl?: string): Promise<SpfxHost> {
  const services = createPlanServices(createSpForSpfx(context, siteUrl || undefined));
  const themeProvider = context.serviceScope.consume(ThemeProvider.serviceKey);
  const teams = context.sdks.microsoftTeams;
  const postToGraph = async (path: string, body: unknown): Promise<unknown> => {
    const client = await context.msGraphClientFactory.getClient('3');
    return client.api(path).post(body);
  };
  if (!teams) {
    return {
      services,
      hostKind: 'sharePoint',
      siteTheme: themeProvider.tryGetThemeV2(),
      initialSearch: window.location.search,
      actionLink: (actionId) => sharePointActionLink(window.location.href, actionId),
      postToGraph
    };
  }
  const teamsContext = await teams.teamsJs.app.getContext();
  const clientType = teamsContext.app.host.clientType;
  const linkedAction = actionIdFromSubPage(teamsContext.page.subPageId);
  return {
    services,
    hostKind: clientType === 'android' || clientType === 'ios' ? 'teamsMobile' : 'teams',
    teamsTheme: teamsContext.app.theme,
    initialSearch: linkedAction ? `?view=action&action=${encodeURIComponent(linkedAction)}` : '',
    actionLink: (actionId) =>
      teamsActionLink({ appId: context.manifest.id, entityId: teamsContext.page.id, actionId }),
    postToGraph
  };
}

/** Calls `listener` with the new Fluent v9 theme when the SharePoint site theme changes. */
export function onSiteThemeChange(context: WebPartContext, owner: ISPEventObserver, listener: (theme: Theme | undefined) => void): void {
  const themeProvider = context.serviceScope.consume(ThemeProvider.serviceKey);
  themeProvider.themeChangedEvent.add(owner, (_args: ThemeChangedEventArgs) => listener(themeProvider.tryGetThemeV2()));
}

/** Calls `listener` when the Teams user switches theme; does nothing on a SharePoint page. */
export function onTeamsThemeChange(context: WebPartContext, listener: (theme: string) => void): void {
  context.sdks.microsoftTeams?.teamsJs.app.registerOnThemeChangeHandler(listener);
}
