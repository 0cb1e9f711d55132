/** Where the app is: a view, and for the theme view and the action panel, which one. */
export type AppView = 'overview' | 'theme' | 'my' | 'exceptions' | 'risks' | 'changes' | 'import' | 'reports' | 'timeline' | 'recommendations';

/**
 * A route of the app; `actionId` opens the action panel over the view, and `asAt` (a closed
 * period's id, `2026-08`) shows every view as at that period, so the address can be shared.
 */
export interface AppRoute {
  view: AppView;
  themeCode?: string;
  actionId?: string;
  asAt?: string;
  /** In the recommendations register, the recommendation to bring into view (`rec=12`). */
  recommendationId?: string;
}

/** A monthly, quarterly or half-yearly period id as the app writes them (`2026-08`, `2026-Q2`, `2026-H1`). */
const PERIOD_ID = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4]|H[12])$/;

const VIEWS: readonly AppView[] = ['overview', 'theme', 'my', 'exceptions', 'risks', 'changes', 'import', 'reports', 'timeline', 'recommendations'];

/**
 * Reads a route from a query string (`?view=theme&theme=LD&action=123&asAt=2026-08`). `view=action` is the form
 * action links use: the overview with the action's panel open. Unknown views fall back to the overview; an `asAt` that is not a period id is ignored.
 */
export function parseRoute(search: string): AppRoute {
  const params = new URLSearchParams(search);
  const view = params.get('view') ?? 'overview';
  const actionId = params.get('action') ?? undefined;
  const themeCode = params.get('theme') ?? undefined;
  const asAt = params.get('asAt') ?? undefined;
  const recommendationId = params.get('rec') ?? undefined;
  const known = (VIEWS as readonly string[]).includes(view) ? (view as AppView) : 'overview';
  return {
    view: known === 'theme' && !themeCode ? 'overview' : known,
    ...(themeCode ? { themeCode } : {}),
    ...(actionId ? { actionId } : {}),
    ...(asAt && PERIOD_ID.test(asAt) ? { asAt } : {}),
    ...(recommendationId && known === 'recommendations' ? { recommendationId } : {})
  };
}

/** Writes a route as a query string, the inverse of {@link parseRoute}. */
export function routeToSearch(route: AppRoute): string {
  const params = new URLSearchParams();
  params.set('view', route.view);
  if (route.themeCode) params.set('theme', route.themeCode);
  if (route.actionId) params.set('action', route.actionId);
  if (route.asAt) params.set('asAt', route.asAt);
  if (route.recommendationId) params.set('rec', route.recommendationId);
  return `?${params.toString()}`;
}
