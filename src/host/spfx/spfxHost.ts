import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { ISPEventObserver } from '@microsoft/sp-core-library';
import { ThemeProvider, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { Theme } from '@fluentui/react-components';
import { createPlanServices } from '../../data';
import { createPlanImporter } from '../../data/import/createPlanImporter';
import { createSpForSpfx } from '../../data/sp/createSp';
import { createAlertStores } from '../../data/notifications';
import { createSnapshotStore } from '../../data/snapshots';
import { createReportingServices } from '../../application/periods/reportingPort';
import { createPlanSettingsStore } from '../../data/settings/spPlanSettings';
import { createRiskReviewStore } from '../../data/risks';
import type { PostJson } from '../../notifications/senders';
import { createSlipAlerter, type SlipAlerter } from '../alerts/slipAlerter';
import { actionIdFromSubPage, sharePointActionLink, teamsActionLink } from '../links/actionLinks';
import { planPageUrl } from '../planSite';
import { rememberChannelTab } from '../teams/rememberChannelTab';
import { createSpTeamsTabRecorder } from '../../data/notifications/teamsAppSetting';
import type { HostPorts } from '../hostPorts';
import { planSiteForSpfx } from './planSite';

/** Everything the web part hands the app, read from the SPFx context. */
export interface SpfxHost extends HostPorts {
  /** The Teams theme name in Teams; undefined on a SharePoint page. */
  teamsTheme?: string;
  /** The SharePoint site theme as a Fluent v9 theme, outside Teams. */
  siteTheme?: Theme;
}

/** MSGraphClientV3 errors carry the HTTP status and headers; anything else is a network failure. */
interface GraphClientError {
  statusCode?: number;
  // The Fetch API's Headers.get answers null for a missing header.
  // eslint-disable-next-line @rushstack/no-new-null
  headers?: { get(name: string): string | null };
}

/**
 * PostJson over MSGraphClientV3 (delegated ChannelMessage.Send, approved in the SharePoint admin
 * centre's API access page): the retrying sender needs the status and Retry-After, not an exception.
 */
function graphPostJson(context: WebPartContext): PostJson {
  return async (path, body) => {
    const client = await context.msGraphClientFactory.getClient('3');
    try {
      // The message id goes into the alert receipt, so the sweep can name the card it vouches for.
      const posted = (await client.api(path).post(body)) as { id?: unknown } | undefined;
      return { status: 201, ...(typeof posted?.id === 'string' ? { body: JSON.stringify({ id: posted.id }) } : {}) };
    } catch (error) {
      const e = error as GraphClientError;
      if (typeof e.statusCode !== 'number') throw error;
      const retryAfter = e.headers?.get('Retry-After') ?? undefined;
      return { status: e.statusCode, ...(retryAfter ? { retryAfter } : {}) };
    }
  };
}

/**
 * Reads the host from the SPFx context: SPFx's own Teams SDK instance (never a second teams-js),
 * the site theme, the page's route, and a Graph client; and builds the data services on PnPjs
 * with the SPFx behaviour (page digest, absolute URLs).
 */
export async function createSpfxHost(context: WebPartContext, configuredSiteUrl?: string): Promise<SpfxHost> {
  const planSite = await planSiteForSpfx(context, configuredSiteUrl);
  const pageSite = context.pageContext.web.absoluteUrl.replace(/\/+$/, '');
  const sp = createSpForSpfx(context, planSite === pageSite ? undefined : planSite);
  const services = createPlanServices(sp);
  const importer = createPlanImporter(sp);
  const planSettings = createPlanSettingsStore(sp);
  const riskReviews = createRiskReviewStore(sp);
  const reporting = createReportingServices({ snapshots: createSnapshotStore(sp), loadPlan: async () => (await services.loadPlan()).plan });
  const alerter = (actionLink: (id: string) => string, planLink: () => string): SlipAlerter =>
    createSlipAlerter({ stores: createAlertStores(sp), postJson: graphPostJson(context), graphBaseUrl: '', actionLink, planLink, teamsAppId: context.manifest.id });
  const ports = { services, importer, reporting, planSettings, riskReviews };
  const themeProvider = context.serviceScope.consume(ThemeProvider.serviceKey);
  const teams = context.sdks.microsoftTeams;
  if (!teams) {
    return {
      ...ports,
      hostKind: 'sharePoint',
      siteTheme: themeProvider.tryGetThemeV2(),
      initialSearch: window.location.search,
      actionLink: (actionId) => sharePointActionLink(window.location.href, actionId),
      sendSlipAlert: alerter((actionId) => sharePointActionLink(window.location.href, actionId), () => window.location.href)
    };
  }
  const teamsContext = await teams.teamsJs.app.getContext();
  const clientType = teamsContext.app.host.clientType;
  const linkedAction = actionIdFromSubPage(teamsContext.page.subPageId);
  const channelId = teamsContext.channel?.id;
  const teamId = teamsContext.team?.groupId;
  // The app id Teams reports is the org catalog's (after "Sync to Teams", the component's id).
  const appId = teamsContext.app.appId?.toString() ?? context.manifest.id;
  // In a channel tab, links open this tab in this channel; in the personal app (no channel) they
  // open the plan's page on the plan site.
  const actionLink = (actionId: string): string =>
    channelId ? teamsActionLink({ appId, entityId: teamsContext.page.id, channelId, actionId }) : sharePointActionLink(planPageUrl(planSite), actionId);
  // rememberChannelTab never rejects; the catch only satisfies the linter's floating-promise rule.
  if (channelId && teamId) rememberChannelTab(services, createSpTeamsTabRecorder(sp), appId, { teamId, channelId, entityId: teamsContext.page.id }).catch(() => undefined);
  return {
    ...ports,
    hostKind: clientType === 'android' || clientType === 'ios' ? 'teamsMobile' : 'teams',
    teamsTheme: teamsContext.app.theme,
    initialSearch: linkedAction ? `?view=action&action=${encodeURIComponent(linkedAction)}` : '',
    actionLink,
    sendSlipAlert: alerter(actionLink, () => planPageUrl(planSite))
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
