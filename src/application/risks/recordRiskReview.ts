/**
 * Recording this period's review of a risk: the input checked in words, the period checked open,
 * and a review somebody else recorded since the form was opened shown rather than silently
 * superseded.
 */
import { DEFAULT_RISK_GRID, riskHistory, scoreRisk, type Person, type RiskGrid, type RiskReview, type ReportingPeriod, type IsoDate } from '../../domain';
import { ConflictError, ValidationError, type ValidationProblem } from '../errors';
import { newOperationKey, type OperationKey } from '../operationKey';
import type { RiskReviewInput, RiskReviewStore } from './ports';

/** Most characters of a review's note: a short note, not a report. */
export const RISK_NOTE_MAX = 1000;

/** The problems with a review as entered, each in words beside its field. */
export function validateRiskReview(input: RiskReviewInput, grid: RiskGrid = DEFAULT_RISK_GRID): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const level = (n: number | undefined, max: number): boolean => n !== undefined && Number.isInteger(n) && n >= 1 && n <= max;
  if (!level(input.likelihood, grid.likelihoodLabels.length)) problems.push({ field: 'likelihood', message: 'Choose how likely the risk is now.' });
  if (!level(input.impact, grid.impactLabels.length)) problems.push({ field: 'impact', message: 'Choose how severe its impact would be now.' });
  const note = input.note.trim();
  if (note === '') problems.push({ field: 'note', message: 'Write a short note saying why the score moved or held.' });
  else if (note.length > RISK_NOTE_MAX) problems.push({ field: 'note', message: `The note is ${note.length - RISK_NOTE_MAX} characters over the limit of ${RISK_NOTE_MAX.toLocaleString('en-GB')}: shorten it.` });
  return problems;
}

/** What the form needs to record a review. */
export interface RecordRiskReviewRequest {
  readonly input: RiskReviewInput;
  /** The period being reviewed (the one holding today). */
  readonly period: ReportingPeriod;
  /** Ids of closed periods: a closed period's reviews are the record and are never added to. */
  readonly closedPeriodIds: readonly string[];
  /** Id of the review of this period the form showed when it opened (absent when there was none). */
  readonly seenReviewId?: string;
  /** Set to supersede a review somebody else recorded meanwhile, after seeing it. */
  readonly supersede?: boolean;
  readonly reviewedBy: Person;
  readonly today: IsoDate;
  /** Kept between tries, so a save whose answer was lost is recognised rather than made twice. */
  readonly operationKey?: OperationKey;
  readonly grid?: RiskGrid;
}

/**
 * Records the review.
 * @throws ValidationError with each problem in words, or when the period is closed
 * @throws ConflictError<RiskReviewInput, RiskReview> when someone recorded a review of this risk for this period meanwhile
 */
export async function recordRiskReview(store: RiskReviewStore, request: RecordRiskReviewRequest): Promise<RiskReview> {
  const { input, period } = request;
  const grid = request.grid ?? DEFAULT_RISK_GRID;
  const problems = validateRiskReview(input, grid);
  if (problems.length) throw new ValidationError(problems);
  if (request.closedPeriodIds.includes(period.id)) {
    throw new ValidationError([{ field: 'period', message: `${period.label} is closed: its risk reviews are the record of what was reported and cannot be added to.` }]);
  }
  if (!request.supersede) {
    const standing = riskHistory(input.riskId, await store.listReviewsOfRisk(input.riskId), new Map(), grid).find((e) => e.periodId === period.id);
    if (standing && standing.review.id !== request.seenReviewId) {
      const who = standing.review.reviewedBy?.displayName ?? 'Someone';
      const theirs = scoreRisk(standing.review.score, grid);
      throw new ConflictError(`${who} recorded a review of this risk for ${period.label} (${theirs.rating} ${theirs.value}) since you opened it.`, input, standing.review, standing.review.id);
    }
  }
  return store.addRiskReview(
    {
      riskId: input.riskId,
      periodId: period.id,
      score: { likelihood: input.likelihood as number, impact: input.impact as number },
      reviewedOn: request.today,
      reviewedBy: request.reviewedBy,
      note: input.note.trim()
    },
    request.operationKey ?? newOperationKey()
  );
}
