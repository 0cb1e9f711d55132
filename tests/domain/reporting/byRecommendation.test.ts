import {
  actionsByRecommendation,
  groupBySource,
  summariseRecommendations,
  WORST_OF,
  type ActionSnapshot,
  type PlanSnapshot,
  type Recommendation
} from '../../../src/domain';

/** A frozen action answering the given recommendations; tests set only what they are about. */
const line = (overrides: Partial<ActionSnapshot> & Pick<ActionSnapshot, 'actionId' | 'code'>): ActionSnapshot => ({
  title: `Action ${overrides.code}`,
  kind: 'main',
  themeCode: 'GV',
  workstreamCode: 'GV.A',
  status: 'InProgress',
  rating: 'Green',
  calculatedRating: 'Green',
  overridden: false,
  reason: 'On track',
  daysOverdue: 0,
  reprofileCount: 0,
  recommendationIds: [],
  ...overrides
});

const snapshotOf = (actions: ActionSnapshot[]): PlanSnapshot => ({ periodId: '2026-11', asOf: '2026-11-23', policyName: 'default', actions });

const recs: Recommendation[] = [
  { id: '1', reference: 'EA2', source: 'ExternalAuditor', text: 'Clear the accounts backlog', statutory: false },
  { id: '2', reference: 'EA1', source: 'ExternalAuditor', text: 'Balance the medium-term budget', statutory: true },
  { id: '3', reference: 'D1', source: 'Direction', text: 'Prepare an improvement plan', statutory: true },
  { id: '4', reference: 'PC1', source: 'LGAPeerChallenge', text: 'Agree a shared vision', statutory: false },
  { id: '5', reference: 'EA9', source: 'ExternalAuditor', text: 'Review the housing business plan', statutory: false }
];

describe('the recommendations register', () => {
  const actions = [
    line({ actionId: 'a', code: 'UR.A1', recommendationIds: ['2'], rating: 'Red', dueDate: '2026-10-31', daysOverdue: 23 }),
    line({ actionId: 'b', code: 'UR.A2', recommendationIds: ['2', '1'], rating: 'Green', dueDate: '2027-03-31' }),
    line({ actionId: 'c', code: 'UR.A3', recommendationIds: ['2'], rating: 'Complete', status: 'Complete', dueDate: '2027-09-30' }),
    line({ actionId: 'd', code: 'CI.A1', recommendationIds: ['3'], rating: 'Complete', status: 'Complete', dueDate: '2026-06-30' }),
    line({ actionId: 'e', code: 'CI.A2', recommendationIds: ['3'], rating: 'Closed', status: 'Closed' }),
    line({ actionId: 'f', code: 'LD.C1', recommendationIds: ['4'], rating: 'Amber', status: 'OnHold' })
  ];
  const report = actionsByRecommendation(recs, snapshotOf(actions));
  const byRef = (ref: string) => report.recommendations.find((r) => r.recommendation.reference === ref)!;

  it('counts the open and overdue answering actions and says when the last open one is due', () => {
    const ea1 = byRef('EA1');
    expect(ea1.state).toBe('open');
    expect(ea1.openCount).toBe(2);
    expect(ea1.overdueCount).toBe(1);
    // The complete action due later does not count: only open work says when the rest is due.
    expect(ea1.lastDue).toBe('2027-03-31');
    expect(byRef('PC1')).toMatchObject({ state: 'open', openCount: 1, overdueCount: 0 });
    expect(byRef('PC1').lastDue).toBeUndefined();
  });

  it('calls a recommendation complete when every answering action is complete or closed', () => {
    expect(byRef('D1')).toMatchObject({ state: 'complete', openCount: 0, overdueCount: 0, answered: true });
    expect(byRef('D1').lastDue).toBeUndefined();
  });

  it('flags a recommendation no action answers', () => {
    expect(byRef('EA9')).toMatchObject({ state: 'notAnswered', answered: false, openCount: 0 });
    expect(byRef('EA9').actions).toEqual([]);
  });

  it('rolls the ratings up with the method given, carrying a critical action up under the threshold rule', () => {
    // One Red in two rated actions is at least a fifth: Red under the default threshold rule.
    expect(byRef('EA1').rollup.rating).toBe('Red');
    expect(byRef('EA2').rollup.rating).toBe('Green');
    const worst = actionsByRecommendation(recs, snapshotOf(actions), WORST_OF);
    expect(worst.recommendations.find((r) => r.recommendation.reference === 'EA2')?.rollup.methodName).toBe('worst of');
    const many = [
      ...Array.from({ length: 9 }, (_, i) => line({ actionId: `g${i}`, code: `SD.B${i + 1}`, recommendationIds: ['4'] })),
      line({ actionId: 'crit', code: 'SD.B10', recommendationIds: ['4'], rating: 'Amber' })
    ];
    expect(actionsByRecommendation(recs, snapshotOf(many)).recommendations.find((r) => r.recommendation.id === '4')?.rollup.rating).toBe('Green');
    expect(actionsByRecommendation(recs, snapshotOf(many), undefined, new Set(['crit'])).recommendations.find((r) => r.recommendation.id === '4')?.rollup.rating).toBe('Amber');
  });

  it('groups by source, Directions first, statutory first within a source', () => {
    const groups = groupBySource(report.recommendations);
    expect(groups.map((g) => g.source)).toEqual(['Direction', 'ExternalAuditor', 'LGAPeerChallenge']);
    expect(groups[1].lines.map((l) => l.recommendation.reference)).toEqual(['EA1', 'EA2', 'EA9']);
  });

  it('summarises by source and counts the recommendations nothing answers', () => {
    const summary = summariseRecommendations(report.recommendations);
    expect(summary.total).toBe(5);
    expect(summary.notAnswered).toBe(1);
    expect(summary.bySource).toEqual([
      { source: 'Direction', total: 1, open: 0, complete: 1, notAnswered: 0 },
      { source: 'ExternalAuditor', total: 3, open: 2, complete: 0, notAnswered: 1 },
      { source: 'LGAPeerChallenge', total: 1, open: 1, complete: 0, notAnswered: 0 }
    ]);
  });
});
