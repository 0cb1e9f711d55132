import type { RiskReview } from '../../domain';
import type { OperationKey } from '../operationKey';

/**
 * The risk register's history: one review per risk per period, only ever added. SharePoint lets
 * the programme office add reviews and nobody but site owners change one.
 */
export interface RiskReviewStore {
  /** Every review of every risk (the register reads them when it opens, never with the plan). */
  listRiskReviews(): Promise<RiskReview[]>;
  /** The reviews of one risk. */
  listReviewsOfRisk(riskId: string): Promise<RiskReview[]>;
  /**
   * Adds a review once per `operationKey`, and brings the risk's own residual score and review
   * day into line with it, so every other reader of the register sees the same score.
   * @throws PermissionDeniedError when SharePoint refuses it (anyone but the programme office)
   */
  addRiskReview(review: Omit<RiskReview, 'id' | 'recordedAt'>, operationKey?: OperationKey): Promise<RiskReview>;
}

/** What the programme office enters for this period's review of a risk. */
export interface RiskReviewInput {
  /** The risk. */
  readonly riskId: string;
  /** Likelihood level picked, if any. */
  readonly likelihood?: number;
  /** Impact level picked, if any. */
  readonly impact?: number;
  /** A short note. */
  readonly note: string;
}

