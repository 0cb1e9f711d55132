/** Plan Risk Reviews items <-> domain `RiskReview`. */
import type { RiskReview } from '../../domain';
import { RISK_REVIEWS_LIST } from '../schema/planLists';
import { personFromUser, userSelect, writePerson, type UserIdLookup } from './people';
import type { ProblemSink } from './problems';
import { compact, readDay, readInstant, readLookupId, readNumber, readText, writeDay, writeText, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` / `$expand` for a risk review item; Created is SharePoint's own stamp of when it was recorded. */
export const RISK_REVIEW_SELECT: readonly string[] = [
  'Id', 'RiskId', 'PeriodKey', 'Likelihood', 'Impact', 'ReviewedOn', ...userSelect('ReviewedBy'), 'ReviewedByName', 'ReviewNote', 'Created'
];
export const RISK_REVIEW_EXPAND: readonly string[] = ['ReviewedBy'];

/** Maps a review item; never throws. A review without a whole score is reported and left out (undefined). */
export function riskReviewFromItem(item: SpItem, report: ProblemSink, days: SiteDays = LONDON_DAYS): RiskReview | undefined {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const riskId = readLookupId(item.RiskId);
  const periodId = readText(item.PeriodKey);
  const likelihood = readNumber(item.Likelihood);
  const impact = readNumber(item.Impact);
  if (!riskId || !periodId || likelihood === undefined || impact === undefined) {
    report({ list: RISK_REVIEWS_LIST, itemId, column: 'Likelihood', message: 'The review lacks its risk, period, likelihood or impact, so it is left out of the history.' });
    return undefined;
  }
  return compact({
    id: String(itemId),
    riskId,
    periodId,
    score: { likelihood, impact },
    reviewedOn: readDay(item.ReviewedOn, days),
    reviewedBy: personFromUser(item.ReviewedBy, item.ReviewedByName),
    note: readText(item.ReviewNote),
    recordedAt: readInstant(item.Created)
  });
}

/** Column values for a new review. Title is a readable summary for SharePoint's own view. */
export function riskReviewToValues(review: Omit<RiskReview, 'id' | 'recordedAt'>, ids: UserIdLookup, days: SiteDays = LONDON_DAYS): SpValues {
  return {
    Title: `${review.periodId}: ${review.score.likelihood} x ${review.score.impact}`,
    RiskId: Number(review.riskId),
    PeriodKey: review.periodId,
    Likelihood: review.score.likelihood,
    Impact: review.score.impact,
    ReviewedOn: writeDay(review.reviewedOn, days),
    ...writePerson('ReviewedBy', review.reviewedBy, ids, 'ReviewedByName'),
    ReviewNote: writeText(review.note)
  };
}
