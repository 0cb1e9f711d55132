/**
 * The register's rows for one period: each risk's standing and history, sorted and filtered as the
 * reader asks. Pure, so sorting and filtering are tested without drawing anything.
 */
import {
  describeRiskTrend,
  periodContaining,
  RISK_MOVEMENT_ORDER,
  riskHistory,
  riskStanding,
  scoreRisk,
  type IsoDate,
  type Risk,
  type RiskMovement,
  type RiskPeriodEntry,
  type RiskRating,
  type RiskReview,
  type RiskStanding
} from '../../../domain';
import type { ClosedPeriod } from '../../../application/periods';

/** One risk as the register shows it. */
export interface RiskRow extends RiskStanding {
  /** Every period's review, oldest first. */
  readonly history: readonly RiskPeriodEntry[];
}

/** What the register compares: the period shown and the closed period before it. */
export interface RegisterPeriods {
  /** The period whose scores are shown (today's month, or the closed period viewed as at). */
  readonly periodId: string;
  /** The last period closed before it; the trend is measured against it. */
  readonly previous?: ClosedPeriod;
}

/** The periods compared: as at a closed period, it and the one closed before; otherwise this month and the last closed. */
export function registerPeriods(today: IsoDate, closed: readonly ClosedPeriod[], asAtPeriodId?: string): RegisterPeriods {
  const periodId = asAtPeriodId ?? periodContaining('month', today).id;
  const earlier = closed.filter((p) => p.periodId < periodId).sort((a, b) => a.periodId.localeCompare(b.periodId));
  const previous = earlier[earlier.length - 1];
  return previous ? { periodId, previous } : { periodId };
}

/**
 * The register's rows. Today: every open risk. As at a closed period: every risk reviewed in or
 * before it (a risk closed since was still on the register then).
 */
export function registerRows(risks: readonly Risk[], reviews: readonly RiskReview[], closed: readonly ClosedPeriod[], periods: RegisterPeriods, asAt: boolean): RiskRow[] {
  const closedAt = new Map(closed.map((p) => [p.periodId, new Date(p.closedAt)]));
  const rows: RiskRow[] = [];
  for (const risk of risks) {
    const history = riskHistory(risk.id, reviews, closedAt);
    const upToPeriod = history.filter((e) => e.periodId <= periods.periodId);
    if (asAt ? upToPeriod.length === 0 : risk.status !== 'Open') continue;
    rows.push({ ...riskStanding(risk, upToPeriod, periods.periodId, periods.previous?.periodId), history: upToPeriod });
  }
  return rows;
}

/** The register's rows from the risks alone, when no reviews can be read: the typed previous score gives the trend. */
export function rowsWithoutReviews(risks: readonly Risk[]): RiskRow[] {
  return risks
    .filter((r) => r.status === 'Open')
    .map((risk) => ({ risk, scored: scoreRisk(risk.residual), trend: describeRiskTrend(risk.previousResidual, risk.residual), history: [] }));
}

/** Columns the register sorts by. */
export type RiskSortKey = 'reference' | 'score' | 'trend' | 'owner' | 'theme';

/** A sort: its column and direction. */
export interface RiskSort {
  readonly key: RiskSortKey;
  readonly direction: 'ascending' | 'descending';
}

/** The register's first order: the highest score first. */
export const DEFAULT_RISK_SORT: RiskSort = { key: 'score', direction: 'descending' };

/** The direction a column sorts in when first chosen: scores and trends worst first, words A to Z. */
export function firstDirection(key: RiskSortKey): RiskSort['direction'] {
  return key === 'score' ? 'descending' : 'ascending';
}

const byReference = (a: RiskRow, b: RiskRow): number => a.risk.reference.localeCompare(b.risk.reference, 'en-GB', { numeric: true });

/** Rows in the order asked; ties fall back to the highest score, then the reference. */
export function sortRiskRows(rows: readonly RiskRow[], sort: RiskSort): RiskRow[] {
  const key = (row: RiskRow): number | string => {
    switch (sort.key) {
      case 'reference':
        return '';
      case 'score':
        return row.scored.value;
      case 'trend':
        return RISK_MOVEMENT_ORDER.indexOf(row.trend.movement);
      case 'owner':
        return row.risk.owner.displayName.toLocaleLowerCase('en-GB');
      case 'theme':
        return row.risk.themeCode ?? '\uffff';
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'reference') return sign * byReference(a, b);
    const ka = key(a);
    const kb = key(b);
    const primary = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'en-GB');
    return sign * primary || b.scored.value - a.scored.value || byReference(a, b);
  });
}

/** What the reader filters by; absent means any. */
export interface RiskFilters {
  readonly rating?: RiskRating;
  readonly theme?: string;
  readonly owner?: string;
  readonly movement?: RiskMovement;
}

/** Rows matching every filter set. */
export function filterRiskRows(rows: readonly RiskRow[], filters: RiskFilters): RiskRow[] {
  return rows.filter(
    (r) =>
      (filters.rating === undefined || r.scored.rating === filters.rating) &&
      (filters.theme === undefined || r.risk.themeCode === filters.theme) &&
      (filters.owner === undefined || r.risk.owner.displayName === filters.owner) &&
      (filters.movement === undefined || r.trend.movement === filters.movement)
  );
}
