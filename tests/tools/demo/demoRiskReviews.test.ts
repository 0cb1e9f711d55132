import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import { describeRiskTrend, riskHistory, type RiskReview } from '../../../src/domain';

describe('the demo register’s monthly reviews', () => {
  const plan = buildDemoPlan({ today: '2026-11-23' });
  const reviews: RiskReview[] = (plan.riskReviews ?? []).map((r, i) => ({
    id: String(i + 1),
    riskId: r.RiskCode,
    periodId: r.Period,
    score: { likelihood: r.Likelihood, impact: r.Impact },
    note: r.Note
  }));
  const open = plan.risks.filter((r) => r.RiskStatus === 'Open');
  const trends = open.map((r) => {
    const history = riskHistory(r.Code, reviews);
    const before = history.find((e) => e.periodId === '2026-10');
    return describeRiskTrend(before?.review.score, history[history.length - 1].review.score).movement;
  });

  it('reviews every risk each month from July, or from the month it was raised, to November 2026', () => {
    for (const risk of plan.risks) {
      const months = riskHistory(risk.Code, reviews).map((e) => e.periodId);
      expect(months.length).toBeGreaterThan(0);
      expect(months[months.length - 1]).toBe('2026-11');
      const all = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
      expect(months).toEqual(all.slice(all.indexOf(months[0])));
    }
  });

  it('ends each risk at the residual score the register holds', () => {
    for (const risk of plan.risks) {
      const history = riskHistory(risk.Code, reviews);
      expect({ code: risk.Code, score: history[history.length - 1].review.score }).toEqual({ code: risk.Code, score: { likelihood: risk.ResidualLikelihood, impact: risk.ResidualImpact } });
    }
  });

  it('moves believably this period: most unchanged, a few reduced, one or two risen, a couple new', () => {
    const count = (m: string): number => trends.filter((t) => t === m).length;
    expect(count('unchanged')).toBeGreaterThan(open.length / 2);
    expect(count('better')).toBeGreaterThanOrEqual(2);
    expect(count('worse')).toBeGreaterThanOrEqual(1);
    expect(count('worse')).toBeLessThanOrEqual(2);
    expect(count('new')).toBeGreaterThanOrEqual(1);
  });

  it('gives every review a note of its own words, and the register’s trend the same direction', () => {
    for (const r of plan.riskReviews ?? []) expect(r.Note.length).toBeGreaterThan(20);
    const word = { better: 'Improving', worse: 'Worsening', unchanged: 'Stable', new: 'New' } as const;
    expect(open.map((r) => r.Trend)).toEqual(trends.map((t) => word[t]));
  });
});
