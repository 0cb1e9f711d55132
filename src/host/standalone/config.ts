import { ROUTE_PARAMS } from '../links/actionLinks';
/** How the standalone host runs: inside Teams against a tenant, or in the local harness. */
export type StandaloneMode = 'teams' | 'local';

/** Where the standalone host is and what it shows. */
export interface StandaloneConfig {
  mode: StandaloneMode;
  /** Absolute URL of the SharePoint site that holds the plan lists. */
  siteUrl: string;
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

/**
 * Reads the host's configuration from its URL. In Teams the tab's content URL carries `site` and
 * `clientId`; without `site` the host assumes the local harness, which serves the emulated site at
 * /sites/improvement on its own origin.
 */
export function readStandaloneConfig(search: string, origin: string): StandaloneConfig {
  const params = new URLSearchParams(search);
  const site = params.get('site');
  const host = params.get('host');
  const hostKind = (HOST_KINDS as readonly string[]).includes(host ?? '') ? (host as StandaloneConfig['hostKind']) : site ? 'teams' : 'sharePoint';
  const route = new URLSearchParams();
  for (const key of ROUTE_PARAMS) {
    const value = params.get(key);
    if (value) route.set(key, value);
  }
  return {
    mode: site ? 'teams' : 'local',
    siteUrl: site ?? `${origin}/sites/improvement`,
    clientId: params.get('clientId') ?? undefined,
    actingUser: site ? undefined : params.get('user') ?? undefined,
    hostKind,
    theme: params.get('teamsTheme') ?? undefined,
    routeSearch: route.toString() ? `?${route.toString()}` : ''
  };
}
