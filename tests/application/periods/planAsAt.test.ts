import { closedBefore, planAsAt, type ClosedPeriod, type StoredSnapshot } from '../../../src/application/periods';
import { parsePeriodId, takeSnapshot, type Plan } from '../../../src/domain';
import { director, lead, makeAction, makeTheme } from '../../domain/fixtures';

const period = (periodId: string): ClosedPeriod => {
  const parsed = parsePeriodId(periodId);
  if (!parsed.ok) throw new Error(parsed.error);
  return { periodId, label: parsed.value.label, closedAt: `${parsed.value.end}T17:00:00Z`, closedBy: director };
};

describe('the closed period before another (the last return)', () => {
  const periods = [period('2026-10'), period('2026-07'), period('2026-09')];
  it('is the latest closed period that began before it, closed or not', () => {
    expect(closedBefore(periods, '2026-11')?.periodId).toBe('2026-10');
    expect(closedBefore(periods, '2026-10')?.periodId).toBe('2026-09');
    expect(closedBefore(periods, '2026-09')?.periodId).toBe('2026-07');
    expect(closedBefore(periods, '2026-07')).toBeUndefined();
    expect(closedBefore([], '2026-11')).toBeUndefined();
  });
});

describe('the plan as at a closed period', () => {
  const september = parsePeriodId('2026-09');
  if (!september.ok) throw new Error(september.error);
  const then = makeAction({ id: 'a', code: 'OC.A1', title: 'Old title', commentary: 'Then', status: 'InProgress', baselineDueDate: '2026-12-31' });
  const stored: StoredSnapshot = { period: period('2026-09'), themes: [{ code: 'OC', name: 'Culture (as named then)', order: 1 }], snapshot: takeSnapshot([then], september.value, '2026-09-30') };
  const plan: Plan = {
    id: 'p', name: 'Plan', council: 'Council', shape: 'codedThemes', terminology: { theme: 'Theme', workstream: 'Workstream', mainAction: 'Main action', subAction: 'Sub-action' },
    startDate: '2026-01-01', endDate: '2028-12-31', cadence: 'month',
    themes: [makeTheme({ reportedRating: { rating: 'Red' } }), makeTheme({ id: 't2', code: 'NEW', name: 'Added since' })],
    workstreams: [],
    actions: [{ ...then, title: 'New title', commentary: 'Now', status: 'Complete', completedOn: '2026-10-15' }, makeAction({ id: 'b', code: 'OC.A2' })],
    milestones: [
      { id: 'm1', title: 'Met then', themeCode: 'OC', dueDate: '2026-09-10', achievedOn: '2026-09-09' },
      { id: 'm2', title: 'Met later', themeCode: 'OC', dueDate: '2026-09-20', achievedOn: '2026-10-02' }
    ],
    progressUpdates: [
      { id: 'u1', actionId: 'a', periodId: '2026-09', submittedBy: lead, submittedAt: new Date('2026-09-25T10:00:00Z'), status: 'InProgress', commentary: 'x', achievements: [], evidence: [] },
      { id: 'u2', actionId: 'a', periodId: '2026-10', submittedBy: lead, submittedAt: new Date('2026-10-25T10:00:00Z'), status: 'Complete', commentary: 'x', achievements: [], evidence: [] }
    ],
    risks: [],
    changeRequests: [],
    recommendations: []
  };

  it('keeps only what was recorded by the period’s end, with the snapshot’s facts and names', () => {
    const asAt = planAsAt(plan, stored);
    expect(asAt.actions.map((a) => [a.code, a.title, a.status, a.commentary])).toEqual([['OC.A1', 'Old title', 'InProgress', 'Then']]);
    expect(asAt.themes.map((t) => [t.code, t.name, t.reportedRating])).toEqual([['OC', 'Culture (as named then)', undefined]]);
    expect(asAt.progressUpdates.map((u) => u.id)).toEqual(['u1']);
    expect(asAt.milestones.map((m) => [m.id, m.achievedOn])).toEqual([
      ['m1', '2026-09-09'],
      ['m2', undefined]
    ]);
  });
});
