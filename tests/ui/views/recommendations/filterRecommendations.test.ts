import { actionsByRecommendation, type ActionSnapshot, type Recommendation } from '../../../../src/domain';
import { anyFilter, filterRecommendations } from '../../../../src/ui/views/recommendations/filterRecommendations';

const action = (actionId: string, recommendationIds: string[], rating: ActionSnapshot['rating'], status: ActionSnapshot['status'] = 'InProgress'): ActionSnapshot => ({
  actionId,
  code: `GV.A${actionId}`,
  title: actionId,
  kind: 'main',
  themeCode: 'GV',
  workstreamCode: 'GV.A',
  status,
  rating,
  calculatedRating: rating,
  overridden: false,
  reason: '',
  daysOverdue: 0,
  reprofileCount: 0,
  recommendationIds
});

const recs: Recommendation[] = [
  { id: 'a', reference: 'EA1', source: 'ExternalAuditor', text: 'a', statutory: false },
  { id: 'b', reference: 'PC1', source: 'LGAPeerChallenge', text: 'b', statutory: false },
  { id: 'c', reference: 'PC2', source: 'LGAPeerChallenge', text: 'c', statutory: false }
];
const lines = actionsByRecommendation(recs, { periodId: '2026-11', asOf: '2026-11-23', policyName: 'x', actions: [action('1', ['a'], 'Red'), action('2', ['b'], 'Complete', 'Complete')] }).recommendations;
const refs = (filters: Parameters<typeof filterRecommendations>[1]): string[] => filterRecommendations(lines, filters).map((l) => l.recommendation.reference);

describe('filtering the register', () => {
  it('narrows by source, status and rating together', () => {
    expect(refs({})).toEqual(['EA1', 'PC1', 'PC2']);
    expect(refs({ source: 'LGAPeerChallenge' })).toEqual(['PC1', 'PC2']);
    expect(refs({ source: 'LGAPeerChallenge', state: 'complete' })).toEqual(['PC1']);
    expect(refs({ state: 'open', rating: 'Red' })).toEqual(['EA1']);
    expect(refs({ state: 'open', rating: 'Green' })).toEqual([]);
  });

  it('never matches an unanswered recommendation by the Not started of its empty roll-up', () => {
    expect(lines.find((l) => l.recommendation.id === 'c')?.rollup.rating).toBe('NotStarted');
    expect(refs({ rating: 'NotStarted' })).toEqual([]);
    expect(refs({ state: 'notAnswered' })).toEqual(['PC2']);
  });

  it('knows when any filter is set', () => {
    expect(anyFilter({})).toBe(false);
    expect(anyFilter({ rating: 'Red' })).toBe(true);
  });
});
