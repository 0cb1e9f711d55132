import { ROUTE_PARAMS } from '../links/actionLinks';
/** How the standalone host runs: inside Teams against a tenant, or in the local harness. */
export type StandaloneMode = 'teams' | 'local';

/** Where the standalone host is and what it shows. */
export interface StandaloneConfig {
  mode: StandaloneMode;
  /**
   * Absolute URL of the SharePoint site that holds the plan lists; absent in the personal app,
   * which reads it from the tenant property on its page's site.
   */
  siteUrl?: string;
  /** The site of the page the app runs on (the tenant's root site for the personal app). */
  pageSiteUrl: string;
  /** Entra app (client) id used for nested app authentication in Teams. */
  clientId?: string;
  /** Local harness only: the emulator user to act as. */
  actingUser?: string;
  /** Local harness only: which host to imitate. */
  hostKind: 'sharePoint' | 'teams' | 'teamsMobile';
  /** Local harness only: the Teams theme to start with. */
  theme?: string;
  /** The query string the app's own routes read (view, theme, action). */
  routeSearch: string;
}

const HOST_KINDS = ['sharePoint', 'teams', 'teamsMobile'] as const;

/** The page Teams loads a personal SPFx app from, on the tenant's root site. */
const TEAMS_HOSTED_APP = /^(.*)\/_layouts\/15\/teamshostedapp\.aspx$/i;

/**
 * Reads the host's configuration from its URL. In Teams the tab's content URL carries `site` and
 * `clientId`; without `site` the host assumes the local harness, which serves the emulated site at
 * /sites/improvement on its own origin. At `<site>/_layouts/15/teamshostedapp.aspx?teams&personal`
 * (where Teams loads the personal app, on the root site) the page's site is that site and the plan
 * site is left to the tenant property.
 */
export function readStandaloneConfig(search: string, origin: string, pathname = '/'): StandaloneConfig {
  const params = new URLSearchParams(search);
  const site = params.get('site');
  const host = params.get('host');
  const hostedApp = TEAMS_HOSTED_APP.exec(pathname);
  const hostKind = (HOST_KINDS as readonly string[]).includes(host ?? '') ? (host as StandaloneConfig['hostKind']) : site || hostedApp ? 'teams' : 'sharePoint';
  const route = new URLSearchParams();
  for (const key of ROUTE_PARAMS) {
    const value = params.get(key);
    if (value) route.set(key, value);
  }
  return {
    mode: site ? 'teams' : 'local',
    ...(site ? { siteUrl: site } : hostedApp ? {} : { siteUrl: `${origin}/sites/improvement` }),
    pageSiteUrl: hostedApp ? `${origin}${hostedApp[1]}` : site ?? `${origin}/sites/improvement`,
    clientId: params.get('clientId') ?? undefined,
    actingUser: site ? undefined : params.get('user') ?? undefined,
    hostKind,
    theme: params.get('teamsTheme') ?? undefined,
    routeSearch: route.toString() ? `?${route.toString()}` : ''
  };
}
