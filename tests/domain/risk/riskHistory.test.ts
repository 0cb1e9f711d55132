import {
  describeRiskTrend,
  entryAsAt,
  FIVE_BY_FIVE_RISK_GRID,
  riskHistory,
  riskStanding,
  type Risk,
  type RiskReview
} from '../../../src/domain';
import { director, pmo } from '../fixtures';

const review = (id: string, periodId: string, likelihood: number, impact: number, recordedAt: string, riskId = 'r1'): RiskReview => ({
  id,
  riskId,
  periodId,
  score: { likelihood, impact },
  reviewedBy: pmo,
  note: `Review ${id}`,
  recordedAt: new Date(recordedAt)
});

const risk: Risk = {
  id: 'r1',
  reference: 'R01',
  title: 'Capacity to deliver the plan',
  owner: director,
  inherent: { likelihood: 4, impact: 4 },
  residual: { likelihood: 3, impact: 4 },
  target: { likelihood: 2, impact: 3 },
  previousResidual: { likelihood: 4, impact: 4 },
  mitigations: [],
  actionIds: [],
  status: 'Open'
};

describe('trend in words on the council grid', () => {
  it.each([
    [{ likelihood: 3, impact: 4 }, { likelihood: 2, impact: 4 }, 'better', 'reduced from Red 12 to Amber 8'],
    [{ likelihood: 2, impact: 4 }, { likelihood: 3, impact: 4 }, 'worse', 'rose from Amber 8 to Red 12'],
    [{ likelihood: 3, impact: 3 }, { likelihood: 3, impact: 3 }, 'unchanged', 'unchanged at Amber 9'],
    [{ likelihood: 1, impact: 4 }, { likelihood: 2, impact: 2 }, 'unchanged', 'unchanged at Green 4'],
    [{ likelihood: 2, impact: 3 }, { likelihood: 3, impact: 2 }, 'unchanged', 'unchanged at Amber 6'],
    [{ likelihood: 2, impact: 2 }, { likelihood: 1, impact: 3 }, 'better', 'reduced from Green 4 to Green 3']
  ])('from %j to %j is %s: "%s"', (before, now, movement, text) => {
    expect(describeRiskTrend(before, now)).toEqual({ movement, text });
  });

  it('calls a risk with no earlier score new this period, with its score', () => {
    expect(describeRiskTrend(undefined, { likelihood: 2, impact: 4 })).toEqual({ movement: 'new', text: 'new this period (Amber 8)' });
  });

  it('puts a score on the band edges where the council grid does: 4 Green, 5 Amber, 9 Amber, 10 Red', () => {
    expect(describeRiskTrend({ likelihood: 1, impact: 4 }, { likelihood: 1, impact: 4 }).text).toBe('unchanged at Green 4');
    expect(describeRiskTrend(undefined, { likelihood: 3, impact: 3 }).text).toBe('new this period (Amber 9)');
    expect(describeRiskTrend(undefined, { likelihood: 2, impact: 4 }).text).toBe('new this period (Amber 8)');
    expect(describeRiskTrend({ likelihood: 3, impact: 3 }, { likelihood: 4, impact: 4 }).text).toBe('rose from Amber 9 to Red 16');
  });

  it('uses the grid it is given: on a 5x5 grid 15 is Red and 8 Amber', () => {
    expect(describeRiskTrend({ likelihood: 2, impact: 4 }, { likelihood: 3, impact: 5 }, FIVE_BY_FIVE_RISK_GRID).text).toBe('rose from Amber 8 to Red 15');
  });
});

describe('a risk’s history from its reviews', () => {
  const reviews = [
    review('1', '2026-09', 4, 4, '2026-09-20T10:00:00Z'),
    review('2', '2026-10', 3, 4, '2026-10-18T10:00:00Z'),
    review('3', '2026-10', 3, 3, '2026-10-25T10:00:00Z'),
    review('4', '2026-11', 2, 4, '2026-11-12T10:00:00Z'),
    review('5', '2026-11', 1, 1, '2026-11-12T10:00:00Z', 'r2')
  ];

  it('keeps one entry per period, oldest first, the review recorded last standing', () => {
    const history = riskHistory('r1', reviews);
    expect(history.map((e) => [e.periodId, e.review.id, `${e.scored.rating} ${e.scored.value}`])).toEqual([
      ['2026-09', '1', 'Red 16'],
      ['2026-10', '3', 'Amber 9'],
      ['2026-11', '4', 'Amber 8']
    ]);
  });

  it('ignores a review of a closed period recorded after it closed, so the record stands', () => {
    const late = review('6', '2026-10', 4, 4, '2026-11-20T10:00:00Z');
    const closedAt = new Map([['2026-10', new Date('2026-11-05T16:00:00Z')]]);
    expect(riskHistory('r1', [...reviews, late], closedAt).find((e) => e.periodId === '2026-10')?.review.id).toBe('3');
    // Without the closing the later review would stand.
    expect(riskHistory('r1', [...reviews, late]).find((e) => e.periodId === '2026-10')?.review.id).toBe('6');
  });

  it('breaks a tie in recording time by the later item', () => {
    const twin = review('7', '2026-11', 3, 4, '2026-11-12T10:00:00Z');
    expect(riskHistory('r1', [...reviews, twin]).find((e) => e.periodId === '2026-11')?.review.id).toBe('7');
  });

  it('finds the entry standing at a period: its own, or the latest before it', () => {
    const history = riskHistory('r1', reviews);
    expect(entryAsAt(history, '2026-10')?.review.id).toBe('3');
    expect(entryAsAt(history, '2026-12')?.review.id).toBe('4');
    expect(entryAsAt(history, '2026-08')).toBeUndefined();
  });
});

describe('where a risk stands in a period', () => {
  const history = riskHistory('r1', [review('1', '2026-09', 4, 4, '2026-09-20T10:00:00Z'), review('2', '2026-10', 3, 4, '2026-10-18T10:00:00Z'), review('3', '2026-11', 2, 4, '2026-11-12T10:00:00Z')]);

  it('derives the previous residual from the last closed period’s review, not the typed value', () => {
    const standing = riskStanding(risk, history, '2026-11', '2026-10');
    expect(standing.risk.previousResidual).toEqual({ likelihood: 3, impact: 4 });
    expect(standing.risk.residual).toEqual({ likelihood: 2, impact: 4 });
    expect(standing.trend.text).toBe('reduced from Red 12 to Amber 8');
    expect(standing.review?.id).toBe('3');
  });

  it('as at a closed period, takes that period’s review against the one before', () => {
    const standing = riskStanding(risk, history, '2026-10', '2026-09');
    expect(standing.scored).toEqual({ value: 12, rating: 'Red' });
    expect(standing.trend.text).toBe('reduced from Red 16 to Red 12');
  });

  it('keeps the register’s own score when the period has no review yet, and compares it with the last review', () => {
    const standing = riskStanding({ ...risk, residual: { likelihood: 3, impact: 4 } }, history.slice(0, 2), '2026-11', '2026-10');
    expect(standing.trend).toEqual({ movement: 'unchanged', text: 'unchanged at Red 12' });
  });

  it('calls a risk first reviewed this period new, dropping any typed previous residual', () => {
    const standing = riskStanding(risk, history.slice(2), '2026-11', '2026-10');
    expect(standing.risk.previousResidual).toBeUndefined();
    expect(standing.trend.text).toBe('new this period (Amber 8)');
  });
});
