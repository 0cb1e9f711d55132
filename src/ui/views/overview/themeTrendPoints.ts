import type { StoredSnapshot } from '../../../application/periods';
import { themeTrends, type TrendPoint } from '../../../application/periods/trend';
import { countRatings, DEFAULT_ROLLUP_METHOD, parsePeriodId, rollUp } from '../../../domain';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { TODAY_ID } from './ThemeTrendChart';

const startOf = (periodId: string): string => {
  const parsed = parsePeriodId(periodId);
  return parsed.ok ? parsed.value.start : periodId;
};

/**
 * Each theme's trend for the overview: counts by rating at each closed period (the application's
 * `themeTrends`), then today's counts. As at a closed period, the trend stops at that period.
 * Undefined when no period has been closed, so the cards show no chart.
 */
export function themeTrendPoints(view: PlanView, history: readonly StoredSnapshot[] | undefined): ReadonlyMap<string, readonly TrendPoint[]> | undefined {
  if (!history?.length) return undefined;
  const asAt = view.asAt;
  const past = asAt ? history.filter((s) => startOf(s.period.periodId) <= startOf(asAt.period.periodId)) : history;
  const { plan } = view.loaded;
  const method = plan.rollupMethod ?? DEFAULT_ROLLUP_METHOD;
  const critical = new Set(plan.actions.filter((a) => a.critical === true).map((a) => a.id));
  const byTheme = new Map<string, TrendPoint[]>(themeTrends(past, method, critical).map((t) => [t.themeCode, [...t.points]]));
  for (const theme of view.loaded.plan.themes) {
    const points = byTheme.get(theme.code) ?? [];
    if (!asAt) {
      const inTheme = plan.actions.filter((a) => a.themeCode === theme.code).map((a) => ({ rating: view.ratings.get(a.id)?.rating ?? 'NotStarted', critical: a.critical === true }));
      const ratings = inTheme.map((c) => c.rating);
      points.push({ periodId: TODAY_ID, label: strings.trend.today, counts: countRatings(ratings), total: ratings.length, rating: rollUp(inTheme, method).rating });
    }
    byTheme.set(theme.code, points);
  }
  return byTheme;
}
