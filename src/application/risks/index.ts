export type { RiskReviewStore, RiskReviewInput } from './ports';
export { recordRiskReview, validateRiskReview, RISK_NOTE_MAX, type RecordRiskReviewRequest } from './recordRiskReview';
