import { parsePeriodId, takeSnapshot } from '../../../src/domain';
import { returnToGovernment, themeNextSteps, themeRisks, type ReturnToGovernment } from '../../../src/export';
import { eastmerePlan, eastmereReturn, TODAY } from '../fixturePlan';

describe('what the return to government says', () => {
  let r: ReturnToGovernment;
  beforeAll(async () => {
    r = await eastmereReturn();
  }, 60000);

  it('counts every action by rating and the slips into Amber or Red since the last return', () => {
    expect(r.totalActions).toBe(200);
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(200);
    const exceptions = r.themes.flatMap((t) => t.summary.exceptions).map((e) => e.code).sort();
    expect(r.previous?.label).toBe('February 2026');
    expect(r.previous?.slips.map((s) => s.code).sort()).toEqual(exceptions);
    expect(r.previous?.slips.every((s) => s.from === 'Green' && (s.to === 'Amber' || s.to === 'Red'))).toBe(true);
  });

  it('lists every recommendation and Direction, statutory first, and flags one no action answers', () => {
    expect(r.recommendations.map((x) => [x.recommendation.reference, x.answered])).toEqual([
      ['D1', true],
      ['R3', false]
    ]);
    expect(r.recommendations[0].actions.map((a) => a.code)).toEqual(['GD.A1', 'LC.A1']);
  });

  it('gives each theme its open risks, highest residual score first, and its next steps', () => {
    const lc = r.themes.find((t) => t.summary.themeCode === 'LC');
    expect(lc?.risks.map((k) => [k.risk.reference, k.assessment.residual.value])).toEqual([
      ['IP1', 12],
      ['IP2', 6]
    ]);
    expect(lc?.nextSteps).toEqual([{ actionCode: 'LC.A1', text: 'Take the strategy to Cabinet in April.' }]);
    expect(lc?.narrative).toBe('Leadership and Culture made steady progress in March, with its exceptions under recovery.');
    expect(r.themes.find((t) => t.summary.themeCode === 'FR')?.risks).toEqual([]);
  });

  it('leaves out the slips when no period was closed before', async () => {
    const plan = await eastmerePlan();
    const march = parsePeriodId('2026-03');
    if (!march.ok) throw new Error(march.error);
    const first = returnToGovernment({ plan, period: march.value, snapshot: takeSnapshot(plan.actions, march.value, TODAY), preparedOn: '2026-04-02' });
    expect(first.previous).toBeUndefined();
    expect(first.title).toBe('Eastmere Improvement Plan 2025-2028: return to government');
  });

  it('takes next steps only from the period’s updates on main actions, the latest of each', async () => {
    const plan = await eastmerePlan();
    const march = parsePeriodId('2026-03');
    if (!march.ok) throw new Error(march.error);
    const lead = { displayName: 'Lead' };
    const u = (id: string, actionId: string, periodId: string, at: string, nextSteps: string) => ({ id, actionId, periodId, submittedBy: lead, submittedAt: new Date(at), status: 'InProgress' as const, commentary: 'x', nextSteps, achievements: [], evidence: [] });
    const sub = plan.actions.find((a) => a.themeCode === 'LC' && a.kind === 'sub');
    const withUpdates = {
      ...plan,
      progressUpdates: [
        u('a', 'LC.A2', '2026-03', '2026-03-10T10:00:00Z', 'Earlier words'),
        u('b', 'LC.A2', '2026-03', '2026-03-25T10:00:00Z', 'Latest words'),
        u('c', 'LC.A3', '2026-02', '2026-02-25T10:00:00Z', 'Last month'),
        ...(sub ? [u('d', sub.id, '2026-03', '2026-03-25T10:00:00Z', 'A sub-action')] : [])
      ]
    };
    expect(themeNextSteps(withUpdates, 'LC', march.value, '2026-03-31')).toEqual([{ actionCode: 'LC.A2', text: 'Latest words' }]);
    expect(themeRisks(plan.risks, 'LC').map((k) => k.risk.status)).toEqual(['Open', 'Open']);
  });
});
