import { createPlanServices } from '../../data';
import { createPlanImporter } from '../../data/import/createPlanImporter';
import { createPlanSettingsStore } from '../../data/settings/spPlanSettings';
import { createRiskReviewStore } from '../../data/risks';
import { createAlertStores } from '../../data/notifications';
import { createSnapshotStore } from '../../data/snapshots';
import { createReportingServices } from '../../application/periods/reportingPort';
import { fetchPostJson, type PostJson } from '../../notifications/senders/http';
import { createSlipAlerter } from '../alerts/slipAlerter';
import { createSp } from '../../data/sp/createSp';
import { readStandaloneConfig } from './config';
import { localHarnessClock, onHarnessThemeChange } from './localHarness';
import { sharePointActionLink, teamsActionLink } from '../links/actionLinks';
import { startPlanLoadEarly } from '../startPlanLoadEarly';
import { planPageUrl, resolvePlanSite } from '../planSite';
import { rememberChannelTab } from '../teams/rememberChannelTab';
import { readTenantPlanSite } from '../../data/tenant/tenantPlanSite';
import { createSpTeamsTabRecorder } from '../../data/notifications/teamsAppSetting';
import type { TeamsTab } from '../../application/alerts/teamsTabs';

/**
 * The standalone host: the same React app as the web part, outside SPFx. In Teams it signs in
 * with nested app authentication and follows the Teams theme; in the local harness it talks to
 * the emulator as the chosen persona.
 */
async function boot(): Promise<void> {
  const root = document.getElementById('root') as HTMLElement;
  const config = readStandaloneConfig(window.location.search, window.location.origin, window.location.pathname);
  let theme = config.hostKind === 'sharePoint' ? undefined : config.theme ?? 'default';
  let initialRoute = config.routeSearch;
  let actionLink = (actionId: string): string => `${window.location.origin}/?view=action&action=${encodeURIComponent(actionId)}`;
  let sp;
  // Graph as the signed-in person in Teams; the emulator's Graph stand-in locally (any bearer token).
  let postJson: PostJson = fetchPostJson(fetch, { Authorization: 'Bearer local-harness' });
  let teamsAppId: string | undefined;
  let graphBaseUrl = `${window.location.origin}/v1.0`;
  let watchTheme: (listener: (t: string) => void) => void = onHarnessThemeChange;
  let recordTab: { appId: string; tab: TeamsTab } | undefined;

  if (config.mode === 'teams') {
    // Loaded only in Teams, so the local harness never initialises teams-js or MSAL.
    const { startTeamsSession, createSharePointTokenSource, createGraphTokenSource } = await import(/* webpackChunkName: 'teams-auth' */ './teamsSession');
    const session = await startTeamsSession();
    theme = session.theme;
    if (session.deepLinkedActionId) initialRoute = `?view=action&action=${encodeURIComponent(session.deepLinkedActionId)}`;
    if (!config.clientId) throw new Error('The tab URL must carry clientId (the Entra app registration) for sign-in.');
    const siteUrl = config.siteUrl ?? config.pageSiteUrl;
    sp = createSp({ siteUrl, tokenSource: await createSharePointTokenSource(config.clientId, siteUrl) });
    const { appId, entityId, channelId, teamId } = session;
    if (appId && entityId && channelId) {
      actionLink = (actionId) => teamsActionLink({ appId, entityId, channelId, actionId });
      if (teamId) recordTab = { appId, tab: { teamId, channelId, entityId } };
    } else actionLink = (actionId) => sharePointActionLink(planPageUrl(siteUrl), actionId);
    teamsAppId = appId;
    watchTheme = session.onThemeChange;
    const graphToken = await createGraphTokenSource(config.clientId);
    postJson = async (url, body) => fetchPostJson(fetch, { Authorization: `Bearer ${await graphToken()}` })(url, body);
    graphBaseUrl = 'https://graph.microsoft.com/v1.0';
  } else {
    const headers = config.actingUser ? { 'X-Emulator-User': config.actingUser } : undefined;
    // The personal app's page is the root site: the plan site is the one the tenant property names.
    const siteUrl =
      config.siteUrl ?? (await resolvePlanSite({ pageSiteUrl: config.pageSiteUrl, readTenantSetting: () => readTenantPlanSite(createSp({ siteUrl: config.pageSiteUrl, headers })), onProblem: (m) => console.warn(m) }));
    sp = createSp({ siteUrl, headers });
    // The local Graph stand-in posts as the person signed in, as Graph does with their token.
    if (config.actingUser) postJson = fetchPostJson(fetch, { Authorization: 'Bearer local-harness', 'X-Emulator-User': config.actingUser });
  }

  const services = createPlanServices(sp);
  if (recordTab) rememberChannelTab(services, createSpTeamsTabRecorder(sp), recordTab.appId, recordTab.tab).catch(() => undefined);
  const reporting = createReportingServices({ snapshots: createSnapshotStore(sp), loadPlan: async () => (await services.loadPlan()).plan });
  const sendSlipAlert = createSlipAlerter({
    stores: createAlertStores(sp),
    postJson,
    graphBaseUrl,
    actionLink,
    ...(teamsAppId ? { teamsAppId } : {}),
    planLink: (themeCode) => `${window.location.origin}/${themeCode ? `?view=theme&theme=${encodeURIComponent(themeCode)}` : ''}`
  });
  const now = config.mode === 'local' ? localHarnessClock(document) : undefined;
  // The plan is read while the screens download, instead of after them.
  const early = startPlanLoadEarly(services);
  const { mountStandaloneApp } = await import(/* webpackChunkName: 'plan-app' */ './standaloneView');
  mountStandaloneApp(root, {
    services: early,
    importer: createPlanImporter(sp),
    planSettings: createPlanSettingsStore(sp),
    riskReviews: createRiskReviewStore(sp),
    reporting,
    hostKind: config.hostKind,
    initialSearch: initialRoute,
    actionLink,
    sendSlipAlert,
    ...(now ? { now } : {}),
    theme,
    watchTheme
  });
}

boot().catch((error: unknown) => {
  const root = document.getElementById('root') as HTMLElement;
  root.textContent = `The Improvement Plan could not start: ${error instanceof Error ? error.message : String(error)}`;
});
