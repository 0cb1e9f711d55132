export { createRiskReviewStore, SpRiskReviewStore } from './spRiskReviewStore';
