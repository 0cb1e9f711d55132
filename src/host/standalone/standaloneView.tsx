/**
 * The app's screens for the standalone host: React, Fluent UI and every view. main.tsx loads this
 * module on demand, after it has started reading the plan, so on a slow link the screens and the
 * plan travel together.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { AppFrame } from '../../ui/app/AppFrame';
import { fluentThemeFor } from '../../ui/theme/teamsTheme';
import { ImprovementPlanApp, parseRoute, routeToSearch, type AppRoute } from '../../ui';
import { teamsSlipAnnouncer } from '../alerts/teamsSlipAnnouncer';
import type { HostPorts } from '../hostPorts';
import { addressWithRoute } from '../links/actionLinks';

/** What the standalone host hands its screens. */
export interface StandaloneAppOptions extends HostPorts {
  /** The local harness's clock; absent in Teams (the real clock). */
  now?: () => Date;
  /** The Teams or harness theme; undefined on a SharePoint-like page. */
  theme: string | undefined;
  /** Tells of theme changes, so the app is drawn again in the new theme. */
  watchTheme(listener: (theme: string) => void): void;
}

/**
 * Draws the app into `root`, and again in the new theme whenever the theme changes. The page is
 * the app's alone, so it is unmounted only when the page goes.
 */
export function mountStandaloneApp(root: HTMLElement, options: StandaloneAppOptions): void {
  const { services, now } = options;
  const app = (
    <ImprovementPlanApp
      {...(now ? { now } : {})}
      services={services}
      importer={options.importer}
      reporting={options.reporting}
      planSettings={options.planSettings}
      riskReviews={options.riskReviews}
      hostKind={options.hostKind}
      initialRoute={parseRoute(options.initialSearch)}
      actionLink={options.actionLink}
      slipAnnouncer={teamsSlipAnnouncer(options.sendSlipAlert)}
      onNavigate={(route: AppRoute) => window.history.replaceState(null, '', addressWithRoute(window.location.pathname, window.location.search, routeToSearch(route)))}
    />
  );
  const draw = (theme: string | undefined): void => ReactDom.render(React.createElement(AppFrame, { theme: fluentThemeFor(theme), idPrefix: 'ipt-' }, app), root);
  draw(options.theme);
  window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root), { once: true });
  options.watchTheme((next) => draw(next));
}
