import type { RiskReviewStore } from '../../../src/application/risks';
import type { Plan, RiskReview } from '../../../src/domain';
import { helen, priya, samplePlan, tom } from './fixtures';

/** A risk review store in memory that, like SharePoint's list, is only ever added to; it counts its reads. */
export interface InMemoryRiskReviews extends RiskReviewStore {
  readonly reviews: RiskReview[];
  reads: number;
}

export function createInMemoryRiskReviews(initial: readonly RiskReview[]): InMemoryRiskReviews {
  const store: InMemoryRiskReviews = {
    reviews: [...initial],
    reads: 0,
    listRiskReviews: () => {
      store.reads += 1;
      return Promise.resolve([...store.reviews]);
    },
    listReviewsOfRisk: (riskId) => Promise.resolve(store.reviews.filter((r) => r.riskId === riskId)),
    addRiskReview: (review) => {
      const saved: RiskReview = { ...review, id: String(100 + store.reviews.length), recordedAt: new Date('2026-11-23T10:00:00Z') };
      store.reviews.push(saved);
      return Promise.resolve(saved);
    }
  };
  return store;
}

const at = (day: string): Date => new Date(`${day}T10:00:00Z`);
const review = (id: string, riskId: string, periodId: string, likelihood: number, impact: number, note: string, day: string): RiskReview => ({
  id,
  riskId,
  periodId,
  score: { likelihood, impact },
  reviewedOn: day as NonNullable<RiskReview['reviewedOn']>,
  reviewedBy: priya,
  note,
  recordedAt: at(day)
});

/**
 * Four open risks and their reviews from September to November 2026 (September and October
 * closed): R01 reduced from Red 12 to Amber 8, R02 rose from Amber 6 to Amber 8, R03 new this
 * period (Green 4), R04 unchanged at Amber 9.
 */
export function riskPlan(): Plan {
  const plan = samplePlan();
  const [r1, r2] = plan.risks;
  return {
    ...plan,
    risks: [
      { ...r1, themeCode: 'GV', residual: { likelihood: 2, impact: 4 } },
      { ...r2, themeCode: 'CU' },
      { ...r2, id: 'r3', reference: 'R03', title: 'Major IT projects', owner: tom, themeCode: 'GV', residual: { likelihood: 2, impact: 2 }, mitigations: [] },
      { ...r2, id: 'r4', reference: 'R04', title: 'Data quality', owner: helen, themeCode: 'CU', residual: { likelihood: 3, impact: 3 }, mitigations: [] }
    ]
  };
}

export function riskReviews(): RiskReview[] {
  return [
    review('1', 'r1', '2026-09', 4, 4, 'Two programme leads left.', '2026-09-16'),
    review('2', 'r1', '2026-10', 3, 4, 'Interim managers started.', '2026-10-21'),
    review('3', 'r1', '2026-11', 2, 4, 'Most actions now have a lead.', '2026-11-18'),
    review('4', 'r2', '2026-10', 2, 3, 'Protocol adopted.', '2026-10-21'),
    review('5', 'r2', '2026-11', 2, 4, 'A complaint about a member reached the press.', '2026-11-18'),
    review('6', 'r3', '2026-11', 2, 2, 'Raised this month.', '2026-11-18'),
    review('7', 'r4', '2026-10', 3, 3, 'Audits under way.', '2026-10-21'),
    review('8', 'r4', '2026-11', 3, 3, 'No change.', '2026-11-18')
  ];
}

