/**
 * The app's screens for the web part: React, Fluent UI and every view. The web part loads this
 * module on demand, after it has started reading the plan, so the bundle SharePoint loads first
 * holds only the web part, the SPFx host and the data layer, and the screens download while the
 * plan is on its way.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { AppFrame } from '../../ui/app/AppFrame';
import { fluentThemeFor } from '../../ui/theme/teamsTheme';
import { ImprovementPlanApp, parseRoute, routeToSearch } from '../../ui';
import { teamsSlipAnnouncer } from '../../host/alerts/teamsSlipAnnouncer';
import { addressWithRoute } from '../../host/links/actionLinks';
import type { SpfxHost } from '../../host/spfx/spfxHost';

/** Draws (or draws again, after a theme change) the whole app into the web part's element. */
export function renderPlanApp(element: HTMLElement, host: SpfxHost, instanceId: string): void {
  const app = React.createElement(ImprovementPlanApp, {
    services: host.services,
    importer: host.importer,
    reporting: host.reporting,
    planSettings: host.planSettings,
    riskReviews: host.riskReviews,
    hostKind: host.hostKind,
    initialRoute: parseRoute(host.initialSearch),
    actionLink: host.actionLink,
    // The update use case announces a slip after the save; the sweep posts any card that cannot go now.
    slipAnnouncer: teamsSlipAnnouncer(host.sendSlipAlert),
    onNavigate: (route) => {
      // Keep the route in the page address on SharePoint, so a refresh or a copied link returns here.
      if (host.hostKind === 'sharePoint') {
        window.history.replaceState(null, '', addressWithRoute(window.location.pathname, window.location.search, routeToSearch(route)));
      }
    }
  });
  ReactDom.render(React.createElement(AppFrame, { theme: fluentThemeFor(host.teamsTheme, host.siteTheme), idPrefix: `ipt-${instanceId}-` }, app), element);
}

/** Takes the app out of the element when the web part goes. */
export function unmountPlanApp(element: HTMLElement): void {
  ReactDom.unmountComponentAtNode(element);
}
