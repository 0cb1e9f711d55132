import type { StoredSnapshot } from '../../../../src/application/periods';
import type { ProgressRating } from '../../../../src/domain';
import { buildPlanView, type PlanView } from '../../../../src/ui/hooks/usePlanData';
import { changeSinceLastPeriod } from '../../../../src/ui/views/overview/periodChange';
import { makeAction, NOW, samplePlan, staff } from '../../support/fixtures';

/** A plan whose actions are rated today as given (overrides make the rating certain). */
function viewRatedToday(today: Record<string, ProgressRating>): PlanView {
  const plan = samplePlan();
  const actions = Object.entries(today).map(([id, rating], i) =>
    makeAction(id, `GV.A${i + 1}`, `Action ${id}`, {
      status: rating === 'Complete' ? 'Complete' : 'InProgress',
      ...(rating === 'Amber' || rating === 'Red' || rating === 'Green'
        ? { override: { rating, reason: 'Set for the test', by: staff.person, at: new Date('2026-11-20T10:00:00Z') } }
        : {})
    })
  );
  return buildPlanView({ plan: { ...plan, actions, progressUpdates: [] }, actionVersions: {}, storedRatings: {}, loadedAt: NOW, requestCount: 1 }, staff, NOW);
}

function closedPeriod(ratings: Record<string, ProgressRating>): StoredSnapshot {
  return {
    period: { periodId: '2026-10', label: 'October 2026', closedAt: '2026-11-02T09:00:00Z', closedBy: staff.person },
    themes: [],
    snapshot: { periodId: '2026-10', asOf: '2026-10-31', policyName: 'test', actions: Object.entries(ratings).map(([actionId, rating]) => ({ actionId, rating }) as never) }
  };
}

describe('change since the last report', () => {
  it('compares with the last closed period when there is one, and names it', () => {
    const view = viewRatedToday({ a: 'Red', b: 'Green', c: 'Amber', d: 'Green', e: 'Complete', f: 'Green' });
    const rated = (id: string): ProgressRating | undefined => view.ratings.get(id)?.rating;
    expect([rated('a'), rated('c'), rated('e')]).toEqual(['Red', 'Amber', 'Complete']);

    const change = changeSinceLastPeriod(view, undefined, closedPeriod({ a: 'Amber', b: 'Red', c: 'Green', d: 'NotStarted', e: 'Green', f: 'Green' }));
    expect(change.label).toBe('October 2026');
    // a: Amber to Red and c: Green to Amber slipped; b recovered from Red, e finished.
    expect(change.worse.map((x) => x.id).sort()).toEqual(['a', 'c']);
    expect(change.better.map((x) => x.id).sort()).toEqual(['b', 'e']);
    // d: work that started (Not started to Green) is neither worse nor better.
    expect(change.otherChanges).toBe(1);
    expect(change.unchanged).toBe(1);
    expect(change.compared).toBe(6);
  });

  it('leaves out actions that were not in the closed period', () => {
    const view = viewRatedToday({ a: 'Red', b: 'Green' });
    const change = changeSinceLastPeriod(view, undefined, closedPeriod({ a: 'Red' }));
    expect(change.compared).toBe(1);
    expect(change.unchanged).toBe(1);
  });

  it('falls back to the ratings recorded with last month’s updates when no period is closed', () => {
    const view = viewRatedToday({ a: 'Red' });
    const change = changeSinceLastPeriod(view);
    expect(change.label).toBe('October 2026');
    expect(change.compared).toBe(0);
  });
});
