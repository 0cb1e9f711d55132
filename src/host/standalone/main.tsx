import * as React from 'react';
import * as ReactDom from 'react-dom';
import { AppFrame } from '../../ui/app/AppFrame';
import { fluentThemeFor } from '../../ui/theme/teamsTheme';
import { ImprovementPlanApp, parseRoute, routeToSearch, type AppRoute } from '../../ui';
import { createPlanServices } from '../../data';
import { createPlanImporter } from '../../data/import/createPlanImporter';
import { createPlanSettingsStore } from '../../data/settings/spPlanSettings';
import { createAlertStores } from '../../data/notifications';
import { createSnapshotStore } from '../../data/snapshots';
import { createReportingServices } from '../../application/periods/reportingPort';
import { fetchPostJson, type PostJson } from '../../notifications/senders/http';
import { createSlipAlerter } from '../alerts/slipAlerter';
import { slipNotifier } from '../alerts/slipNotifier';
import { createSp } from '../../data/sp/createSp';
import { readStandaloneConfig, type StandaloneConfig } from './config';
import { localHarnessClock, onHarnessThemeChange } from './localHarness';
import { addressWithRoute, teamsActionLink } from '../links/actionLinks';

/**
 * Renders the app with the current theme; called again when the theme changes. The page is the
 * app's alone, so it is unmounted only when the page goes.
 */
function renderApp(root: HTMLElement, config: StandaloneConfig, theme: string | undefined, app: React.ReactElement): void {
  ReactDom.render(React.createElement(AppFrame, { theme: fluentThemeFor(theme), idPrefix: 'ipt-' }, app), root);
  window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root), { once: true });
}

/**
 * The standalone host: the same React app as the web part, outside SPFx. In Teams it signs in
 * with nested app authentication and follows the Teams theme; in the local harness it talks to
 * the emulator as the chosen persona.
 */
async function boot(): Promise<void> {
  const root = document.getElementById('root') as HTMLElement;
  const config = readStandaloneConfig(window.location.search, window.location.origin);
  let theme = config.hostKind === 'sharePoint' ? undefined : config.theme ?? 'default';
  let initialRoute = config.routeSearch;
  let actionLink = (actionId: string): string => `${window.location.origin}/?view=action&action=${encodeURIComponent(actionId)}`;
  let sp;
  // Graph as the signed-in person in Teams; the emulator's Graph stand-in locally (any bearer token).
  let postJson: PostJson = fetchPostJson(fetch, { Authorization: 'Bearer local-harness' });
  let teamsAppId: string | undefined;
  let graphBaseUrl = `${window.location.origin}/v1.0`;
  let watchTheme: (listener: (t: string) => void) => void = onHarnessThemeChange;

  if (config.mode === 'teams') {
    // Loaded only in Teams, so the local harness never initialises teams-js or MSAL.
    const { startTeamsSession, createSharePointTokenSource, createGraphTokenSource } = await import(/* webpackChunkName: 'teams-auth' */ './teamsSession');
    const session = await startTeamsSession();
    theme = session.theme;
    if (session.deepLinkedActionId) initialRoute = `?view=action&action=${encodeURIComponent(session.deepLinkedActionId)}`;
    if (!config.clientId) throw new Error('The tab URL must carry clientId (the Entra app registration) for sign-in.');
    sp = createSp({ siteUrl: config.siteUrl, tokenSource: await createSharePointTokenSource(config.clientId, config.siteUrl) });
    actionLink = (actionId) => teamsActionLink({ appId: session.appId ?? '', entityId: session.entityId ?? '', actionId });
    teamsAppId = session.appId;
    watchTheme = session.onThemeChange;
    const graphToken = await createGraphTokenSource(config.clientId);
    postJson = async (url, body) => fetchPostJson(fetch, { Authorization: `Bearer ${await graphToken()}` })(url, body);
    graphBaseUrl = 'https://graph.microsoft.com/v1.0';
  } else {
    sp = createSp({ siteUrl: config.siteUrl, headers: config.actingUser ? { 'X-Emulator-User': config.actingUser } : undefined });
    // The local Graph stand-in posts as the person signed in, as Graph does with their token.
    if (config.actingUser) postJson = fetchPostJson(fetch, { Authorization: 'Bearer local-harness', 'X-Emulator-User': config.actingUser });
  }

  const services = createPlanServices(sp);
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
  const app = (
    <ImprovementPlanApp
      {...(now ? { now } : {})}
      services={services}
      importer={createPlanImporter(sp)}
      planSettings={createPlanSettingsStore(sp)}
      reporting={reporting}
      hostKind={config.hostKind}
      initialRoute={parseRoute(initialRoute)}
      actionLink={actionLink}
      onSlip={slipNotifier(services, sendSlipAlert)}
      onNavigate={(route: AppRoute) => window.history.replaceState(null, '', addressWithRoute(window.location.pathname, window.location.search, routeToSearch(route)))}
    />
  );
  renderApp(root, config, theme, app);
  watchTheme((next) => {
    theme = next;
    renderApp(root, config, theme, app);
  });
}

boot().catch((error: unknown) => {
  const root = document.getElementById('root') as HTMLElement;
  root.textContent = `The Improvement Plan could not start: ${error instanceof Error ? error.message : String(error)}`;
});
