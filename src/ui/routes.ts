/** Where the app is: a view, and for the theme view and the action panel, which one. */
export type AppView = 'overview' | 'theme' | 'my' | 'exceptions' | 'risks' | 'changes' | 'import' | 'reports';

/** A route of the app; `actionId` opens the action panel over the view. */
export interface AppRoute {
  view: AppView;
  themeCode?: string;
  actionId?: string;
}

const VIEWS: readonly AppView[] = ['overview', 'theme', 'my', 'exceptions', 'risks', 'changes', 'import', 'reports'];

/**
 * Reads a route from a query string (`?view=theme&theme=LD&action=123`). `view=action` is the form
 * action links use: the overview with the action's panel open. Unknown views fall back to the overview.
 */
export function parseRoute(search: string): AppRoute {
  const params = new URLSearchParams(search);
  const view = params.get('view') ?? 'overview';
  const actionId = params.get('action') ?? undefined;
  const themeCode = params.get('theme') ?? undefined;
  const known = (VIEWS as readonly string[]).includes(view) ? (view as AppView) : 'overview';
  return { view: known === 'theme' && !themeCode ? 'overview' : known, ...(themeCode ? { themeCode } : {}), ...(actionId ? { actionId } : {}) };
}

/** Writes a route as a query string, the inverse of {@link parseRoute}. */
export function routeToSearch(route: AppRoute): string {
  const params = new URLSearchParams();
  params.set('view', route.view);
  if (route.themeCode) params.set('theme', route.themeCode);
  if (route.actionId) params.set('action', route.actionId);
  return `?${params.toString()}`;
}
