import { countRatings, DEFAULT_ROLLUP_METHOD, parsePeriodId, rollUp, type ProgressRating, type RatingCounts, type RollupMethod } from '../../domain';
import { listClosedPeriods } from './asAt';
import type { PeriodDeps } from './closePeriod';
import type { StoredSnapshot } from './ports';

/** One theme's standing at the close of one period: a bar of the trend chart. */
export interface TrendPoint {
  readonly periodId: string;
  readonly label: string;
  /** Actions by rating. */
  readonly counts: RatingCounts;
  /** Actions in the theme then. */
  readonly total: number;
  /** The theme's rolled-up rating then. */
  readonly rating: ProgressRating;
}

/** A theme's trend over the closed periods, oldest first. */
export interface ThemeTrend {
  readonly themeCode: string;
  readonly themeName: string;
  readonly points: readonly TrendPoint[];
}

/**
 * Counts by rating per closed period for each theme, for the overview's small charts. Themes are
 * those of the latest snapshot in plan order; a theme missing from an earlier period has a point
 * with no actions, so every chart has the same periods along its axis. Each period's rating rolls
 * up with `method`, actions in `critical` counting as critical (snapshots do not carry the mark).
 */
export function themeTrends(snapshots: readonly StoredSnapshot[], method: RollupMethod = DEFAULT_ROLLUP_METHOD, critical: ReadonlySet<string> = new Set()): ThemeTrend[] {
  const start = (s: StoredSnapshot): string => {
    const parsed = parsePeriodId(s.period.periodId);
    return parsed.ok ? parsed.value.start : s.period.periodId;
  };
  const ordered = [...snapshots].sort((a, b) => (start(a) < start(b) ? -1 : 1));
  const latest = ordered[ordered.length - 1];
  if (!latest) return [];
  return [...latest.themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({
      themeCode: theme.code,
      themeName: theme.name,
      points: ordered.map((s) => {
        const inTheme = s.snapshot.actions.filter((a) => a.themeCode === theme.code);
        const ratings = inTheme.map((a) => a.rating);
        const rating = rollUp(inTheme.map((a) => ({ rating: a.rating, critical: critical.has(a.actionId) })), method).rating;
        return { periodId: s.period.periodId, label: s.period.label, counts: countRatings(ratings), total: ratings.length, rating };
      })
    }));
}

/** The trends over the last `periods` closed periods (all by default). */
export async function loadThemeTrends(deps: Pick<PeriodDeps, 'snapshots'>, periods?: number): Promise<ThemeTrend[]> {
  const closed = await listClosedPeriods(deps);
  const wanted = periods === undefined ? closed : closed.slice(Math.max(0, closed.length - periods));
  const loaded = await Promise.all(wanted.map((p) => deps.snapshots.loadSnapshot(p.periodId)));
  return themeTrends(loaded.filter((s): s is StoredSnapshot => s !== undefined));
}
