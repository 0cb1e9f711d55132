import type { Risk, RiskBand, RiskGrid, RiskRating, RiskScore, RiskTrend } from '../model/risk';
import { fail, ok, type Result } from '../result';

/**
 * The common 4x4 grid: scores 1-4 Green, 5-9 Amber, 10-16 Red, so a 12 is Red and an 8 Amber
 * (as in the reference risk register, where a risk fell "from Red 12 to Amber 8").
 */
export const DEFAULT_RISK_GRID: RiskGrid = {
  likelihoodLabels: ['Unlikely', 'Possible', 'Likely', 'Very likely'],
  impactLabels: ['Minor', 'Moderate', 'Major', 'Severe'],
  bands: [
    { rating: 'Green', minScore: 1 },
    { rating: 'Amber', minScore: 5 },
    { rating: 'Red', minScore: 10 }
  ]
};

/** A 5x5 grid some councils use: 1-6 Green, 8-12 Amber, 15-25 Red. */
export const FIVE_BY_FIVE_RISK_GRID: RiskGrid = {
  likelihoodLabels: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  impactLabels: ['Insignificant', 'Minor', 'Moderate', 'Major', 'Catastrophic'],
  bands: [
    { rating: 'Green', minScore: 1 },
    { rating: 'Amber', minScore: 7 },
    { rating: 'Red', minScore: 15 }
  ]
};

/** Checks a score fits the grid (whole numbers from 1 to the grid's size on each axis). */
export function validateRiskScore(score: RiskScore, grid: RiskGrid = DEFAULT_RISK_GRID): Result<RiskScore> {
  const inRange = (n: number, max: number): boolean => Number.isInteger(n) && n >= 1 && n <= max;
  if (!inRange(score.likelihood, grid.likelihoodLabels.length)) {
    return fail(`Likelihood must be a whole number from 1 to ${grid.likelihoodLabels.length}.`);
  }
  if (!inRange(score.impact, grid.impactLabels.length)) return fail(`Impact must be a whole number from 1 to ${grid.impactLabels.length}.`);
  return ok(score);
}

/** Likelihood x impact. */
export function riskScoreValue(score: RiskScore): number {
  return score.likelihood * score.impact;
}

/** Checks a grid's bands: at least one, distinct minimum scores, the lowest starting at 1. */
export function validateRiskGrid(grid: RiskGrid): string[] {
  const problems: string[] = [];
  if (grid.likelihoodLabels.length === 0 || grid.impactLabels.length === 0) problems.push('The grid needs at least one level on each axis.');
  const mins = grid.bands.map((b) => b.minScore);
  if (mins.length === 0) problems.push('The grid needs at least one rating band.');
  else if (Math.min(...mins) !== 1) problems.push('The lowest rating band must start at a score of 1.');
  if (new Set(mins).size !== mins.length) problems.push('Two rating bands start at the same score.');
  return problems;
}

/** The rating band a numeric score falls in: the band with the highest minimum not above it. */
export function ratingForScore(value: number, grid: RiskGrid = DEFAULT_RISK_GRID): RiskRating {
  let chosen: RiskBand | undefined;
  for (const band of grid.bands) if (band.minScore <= value && (chosen === undefined || band.minScore > chosen.minScore)) chosen = band;
  return chosen?.rating ?? 'Green';
}

/** A scored risk point: the product and its rating, e.g. `{ value: 12, rating: 'Red' }`. */
export interface ScoredRisk {
  /** Likelihood x impact. */
  readonly value: number;
  /** Band rating. */
  readonly rating: RiskRating;
}

/** Scores a likelihood/impact pair on a grid. */
export function scoreRisk(score: RiskScore, grid: RiskGrid = DEFAULT_RISK_GRID): ScoredRisk {
  const value = riskScoreValue(score);
  return { value, rating: ratingForScore(value, grid) };
}

/** Trend of a risk since the last report, from its previous and current residual scores. */
export function riskTrend(previous: RiskScore | undefined, current: RiskScore): RiskTrend {
  if (previous === undefined) return 'New';
  const before = riskScoreValue(previous);
  const now = riskScoreValue(current);
  return now < before ? 'Improving' : now > before ? 'Worsening' : 'Stable';
}

/** The scores of a register entry worked out on a grid, with its trend and a sentence for readers. */
export interface RiskAssessment {
  /** Risk assessed. */
  readonly riskId: string;
  /** Before mitigation. */
  readonly inherent: ScoredRisk;
  /** Now. */
  readonly residual: ScoredRisk;
  /** Aim. */
  readonly target: ScoredRisk;
  /** Since the last report. */
  readonly trend: RiskTrend;
  /** E.g. `'Reduced from Red 12 to Amber 8'`, `'Unchanged at Amber 8'`, `'New risk: Red 12'`. */
  readonly trendText: string;
  /** Number of mitigations not yet done. */
  readonly openMitigations: number;
}

/** Assesses a register entry: scores, trend, open mitigations. */
export function assessRisk(risk: Risk, grid: RiskGrid = DEFAULT_RISK_GRID): RiskAssessment {
  const residual = scoreRisk(risk.residual, grid);
  const trend = riskTrend(risk.previousResidual, risk.residual);
  const now = `${residual.rating} ${residual.value}`;
  let trendText = `New risk: ${now}`;
  if (risk.previousResidual !== undefined) {
    const before = scoreRisk(risk.previousResidual, grid);
    const was = `${before.rating} ${before.value}`;
    trendText = trend === 'Improving' ? `Reduced from ${was} to ${now}` : trend === 'Worsening' ? `Increased from ${was} to ${now}` : `Unchanged at ${now}`;
  }
  return {
    riskId: risk.id,
    inherent: scoreRisk(risk.inherent, grid),
    residual,
    target: scoreRisk(risk.target, grid),
    trend,
    trendText,
    openMitigations: risk.mitigations.filter((m) => !m.done).length
  };
}

/** Checks every score of a register entry fits the grid and the target is not above the inherent score. */
export function validateRisk(risk: Risk, grid: RiskGrid = DEFAULT_RISK_GRID): string[] {
  const problems: string[] = [];
  for (const [label, score] of [['inherent', risk.inherent], ['residual', risk.residual], ['target', risk.target]] as const) {
    const checked = validateRiskScore(score, grid);
    if (!checked.ok) problems.push(`The ${label} score: ${checked.error}`);
  }
  if (problems.length === 0 && riskScoreValue(risk.target) > riskScoreValue(risk.inherent)) {
    problems.push('The target score cannot be above the inherent score.');
  }
  if (risk.owner.displayName.trim() === '') problems.push('A risk needs an owner.');
  return problems;
}
