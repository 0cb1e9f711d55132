import { riskReviewFromItem, riskReviewToValues } from '../../../src/data/mapping/riskReviews';
import type { MappingProblem } from '../../../src/data/mapping';

describe('Plan Risk Reviews items', () => {
  it('reads a review with its reviewer, note, day and SharePoint’s recording stamp', () => {
    const problems: MappingProblem[] = [];
    const review = riskReviewFromItem(
      {
        Id: 7, RiskId: 3, PeriodKey: '2026-10', Likelihood: 3, Impact: 4, ReviewedOn: '2026-10-20T23:00:00Z',
        ReviewedBy: { Title: 'Priya Shah', EMail: 'p.shah@northmoor.gov.uk', Name: 'i:0#.f|membership|p.shah@northmoor.gov.uk' }, ReviewNote: 'Two leads left.', Created: '2026-10-21T10:00:00Z'
      },
      (p) => problems.push(p)
    );
    expect(review).toEqual({
      id: '7', riskId: '3', periodId: '2026-10', score: { likelihood: 3, impact: 4 }, reviewedOn: '2026-10-21',
      reviewedBy: { displayName: 'Priya Shah', email: 'p.shah@northmoor.gov.uk', login: 'i:0#.f|membership|p.shah@northmoor.gov.uk' },
      note: 'Two leads left.', recordedAt: new Date('2026-10-21T10:00:00Z')
    });
    expect(problems).toEqual([]);
  });

  it('leaves out, and reports, a review without its risk, period or a whole score', () => {
    const problems: MappingProblem[] = [];
    expect(riskReviewFromItem({ Id: 8, RiskId: 3, PeriodKey: '2026-10', Likelihood: 3 }, (p) => problems.push(p))).toBeUndefined();
    expect(riskReviewFromItem({ Id: 9, PeriodKey: '2026-10', Likelihood: 3, Impact: 2 }, (p) => problems.push(p))).toBeUndefined();
    expect(problems.map((p) => p.itemId)).toEqual([8, 9]);
  });

  it('writes the columns SharePoint keeps, the reviewer by id with the name as written', () => {
    const values = riskReviewToValues(
      { riskId: '3', periodId: '2026-11', score: { likelihood: 2, impact: 4 }, reviewedOn: '2026-11-18', reviewedBy: { displayName: 'Priya Shah', login: 'p.shah' }, note: 'Lower.' },
      () => 12
    );
    expect(values).toEqual({
      Title: '2026-11: 2 x 4', RiskId: 3, PeriodKey: '2026-11', Likelihood: 2, Impact: 4, ReviewedOn: '2026-11-18T00:00:00Z',
      ReviewedById: 12, ReviewedByName: 'Priya Shah', ReviewNote: 'Lower.'
    });
  });
});
