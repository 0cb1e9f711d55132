/**
 * A risk's history per reporting period, built from its reviews, and its trend in words.
 *
 * Reviews are only ever added (SharePoint lets nobody but site owners change one), so a period may
 * hold more than one review of a risk: the one recorded last stands. Once a period is closed its
 * record is fixed: a review of that period recorded after the closing is not part of it.
 */
import type { IsoDate } from '../dates/isoDate';
import type { Person } from '../model/people';
import type { Risk, RiskGrid, RiskScore } from '../model/risk';
import { DEFAULT_RISK_GRID, scoreRisk, type ScoredRisk } from './riskScore';

/** One review of a risk in a reporting period: where it stood on the grid, who said so and why. */
export interface RiskReview {
  /** Stable identifier (the item id). */
  readonly id: string;
  /** The risk reviewed. */
  readonly riskId: string;
  /** Monthly period id, e.g. `'2026-10'`. */
  readonly periodId: string;
  /** Likelihood and impact found. */
  readonly score: RiskScore;
  /** Day of the review. */
  readonly reviewedOn?: IsoDate;
  /** Who reviewed it. */
  readonly reviewedBy?: Person;
  /** A short note: what moved the score, or why it held. */
  readonly note?: string;
  /** When SharePoint recorded it (its own Created stamp, which nobody can set). */
  readonly recordedAt?: Date;
}

/** A risk's standing in one period: the review that stands and its score on the grid. */
export interface RiskPeriodEntry {
  /** Period id. */
  readonly periodId: string;
  /** Likelihood x impact and its rating. */
  readonly scored: ScoredRisk;
  /** The review that stands for the period. */
  readonly review: RiskReview;
}

/** Which way a risk moved between two periods. */
export type RiskMovement = 'worse' | 'better' | 'unchanged' | 'new';

/** A movement and the sentence that says it, e.g. `'reduced from Red 12 to Amber 8'`. */
export interface RiskTrendInWords {
  /** Which way it moved. */
  readonly movement: RiskMovement;
  /** The movement in the register's words. */
  readonly text: string;
}

/** Which review of two recorded for the same period stands: the later one (by SharePoint's stamp, then id). */
function recordedLater(a: RiskReview, b: RiskReview): boolean {
  const at = (r: RiskReview): number => r.recordedAt?.getTime() ?? 0;
  if (at(a) !== at(b)) return at(a) > at(b);
  return Number(a.id) > Number(b.id);
}

/**
 * A risk's history: one entry per period it was reviewed in, oldest first. `closedAt` gives each
 * closed period's closing moment: a review of a closed period recorded after it is ignored.
 */
export function riskHistory(
  riskId: string,
  reviews: readonly RiskReview[],
  closedAt: ReadonlyMap<string, Date> = new Map(),
  grid: RiskGrid = DEFAULT_RISK_GRID
): RiskPeriodEntry[] {
  const standing = new Map<string, RiskReview>();
  for (const review of reviews) {
    if (review.riskId !== riskId) continue;
    const closed = closedAt.get(review.periodId);
    if (closed && review.recordedAt && review.recordedAt.getTime() > closed.getTime()) continue;
    const held = standing.get(review.periodId);
    if (!held || recordedLater(review, held)) standing.set(review.periodId, review);
  }
  return [...standing.values()]
    .sort((a, b) => a.periodId.localeCompare(b.periodId))
    .map((review) => ({ periodId: review.periodId, scored: scoreRisk(review.score, grid), review }));
}

/** The entry standing at the end of a period: that period's review, or the latest before it. */
export function entryAsAt(history: readonly RiskPeriodEntry[], periodId: string): RiskPeriodEntry | undefined {
  let found: RiskPeriodEntry | undefined;
  for (const entry of history) if (entry.periodId <= periodId) found = entry;
  return found;
}

const named = (s: ScoredRisk): string => `${s.rating} ${s.value}`;

/**
 * The trend between a risk's score then and now, in the register's words: "reduced from Red 12
 * to Amber 8", "rose from Amber 8 to Red 15", "unchanged at Amber 9", "new this period (Amber 8)".
 * Movement follows the score (likelihood x impact), so a change within a band still counts.
 */
export function describeRiskTrend(before: RiskScore | undefined, now: RiskScore, grid: RiskGrid = DEFAULT_RISK_GRID): RiskTrendInWords {
  const current = scoreRisk(now, grid);
  if (before === undefined) return { movement: 'new', text: `new this period (${named(current)})` };
  const was = scoreRisk(before, grid);
  if (current.value < was.value) return { movement: 'better', text: `reduced from ${named(was)} to ${named(current)}` };
  if (current.value > was.value) return { movement: 'worse', text: `rose from ${named(was)} to ${named(current)}` };
  return { movement: 'unchanged', text: `unchanged at ${named(current)}` };
}

/** Order of movements from the most to the least worrying, for sorting a register by trend. */
export const RISK_MOVEMENT_ORDER: readonly RiskMovement[] = ['worse', 'new', 'unchanged', 'better'];

/** A risk as the register shows it for a period: its score then, the score before and the trend between. */
export interface RiskStanding {
  /** The risk, its residual the period's score and its previous residual the earlier period's. */
  readonly risk: Risk;
  /** Rating and value of the residual score. */
  readonly scored: ScoredRisk;
  /** The trend since the earlier period. */
  readonly trend: RiskTrendInWords;
  /** The review the score comes from; absent when the register's own score stands (no review yet). */
  readonly review?: RiskReview;
}

/**
 * Where a risk stands in `periodId` against `previousPeriodId` (the last closed period before it),
 * from its history. With no review up to `periodId`, the register's own residual score stands.
 * The previous residual is always the earlier period's review, never a typed value; a risk with
 * no review by then is new this period.
 */
export function riskStanding(
  risk: Risk,
  history: readonly RiskPeriodEntry[],
  periodId: string,
  previousPeriodId: string | undefined,
  grid: RiskGrid = DEFAULT_RISK_GRID
): RiskStanding {
  const now = entryAsAt(history, periodId);
  const before = previousPeriodId ? entryAsAt(history, previousPeriodId) : undefined;
  const residual = now?.review.score ?? risk.residual;
  const previousResidual = before?.review.score;
  const derived: { -readonly [K in keyof Risk]: Risk[K] } = { ...risk, residual };
  // The typed "previous residual" gives way to the review: absent there means new this period.
  if (previousResidual) derived.previousResidual = previousResidual;
  else delete derived.previousResidual;
  return { risk: derived, scored: scoreRisk(residual, grid), trend: describeRiskTrend(previousResidual, residual, grid), ...(now ? { review: now.review } : {}) };
}
