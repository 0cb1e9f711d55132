import { parsePeriodId } from '../../../src/domain';
import { actionsAsAtEndOf, demoSnapshots } from '../../../tools/local/seedDemoSnapshots';
import { makeAction, priya, samplePlan } from '../../ui/support/fixtures';

describe('demo closed periods', () => {
  it('closes the four months before today, oldest first, a few days after each ended', () => {
    const snapshots = demoSnapshots(samplePlan(), '2026-11-23', priya);
    expect(snapshots.map((s) => s.period.label)).toEqual(['July 2026', 'August 2026', 'September 2026', 'October 2026']);
    expect(snapshots[3].period.closedAt).toBe('2026-11-05T16:00:00.000Z');
    expect(snapshots[3].snapshot.asOf).toBe('2026-10-31');
  });

  it('rebuilds an action from the last update reported by then and undoes later reprofiles', () => {
    const plan = samplePlan();
    const period = parsePeriodId('2026-10');
    if (!period.ok) throw new Error(period.error);
    const later = { ...plan, actions: [...plan.actions, makeAction('z1', 'CU.A9', 'Start later', { startDate: '2026-11-10', status: 'InProgress' })] };
    const decided = { ...later, changeRequests: [{ ...plan.changeRequests[0], status: 'Approved' as const, decidedOn: '2026-11-15' }] };
    const actions = new Map(actionsAsAtEndOf(decided, period.value).map((a) => [a.code, a]));
    expect(actions.get('GV.B1')?.commentary).toBe('Forward plan template delayed.');
    expect(actions.get('CU.A9')?.status).toBe('NotStarted');
    // Change 1 moved GV.A2 from 30 Sep 2026 in November, after October closed.
    expect(actions.get('GV.A2')?.currentDueDate).toBe('2026-09-30');
    expect(actions.get('GV.A2')?.reprofileCount).toBe(0);
  });
});
