import { buildPlanView } from '../../../../src/ui/hooks/usePlanData';
import { asAtEnd, planViewAsAt } from '../../../../src/ui/views/reports/asAtView';
import { NOW, samplePlan, staff } from '../../support/fixtures';
import { sampleSnapshots } from '../../support/reportingFixtures';

describe('the plan view as at a closed period', () => {
  const plan = samplePlan();
  const withReported = { ...plan, themes: plan.themes.map((t) => ({ ...t, reportedRating: { rating: 'Amber' as const, reason: 'Today’s judgement' } })) };
  const live = buildPlanView({ plan: withReported, actionVersions: {}, storedRatings: {}, loadedAt: NOW, requestCount: 1 }, staff, NOW);
  const [september] = sampleSnapshots(plan);
  const view = planViewAsAt(live, september);

  it('ends on the period’s last day', () => {
    expect(asAtEnd(september)).toBe('2026-09-30');
  });

  it('keeps only what was recorded by the end of the period', () => {
    // October's and November's updates came later.
    expect(view.loaded.plan.progressUpdates).toEqual([]);
    // The constitution went to Audit Committee on 14 October: not yet achieved at the end of September.
    expect(view.loaded.plan.milestones.find((m) => m.id === 'm1')?.achievedOn).toBeUndefined();
    // Both change requests were made in November.
    expect(view.loaded.plan.changeRequests).toEqual([]);
  });

  it('shows a decision taken after the period as still waiting then', () => {
    const decided = { ...plan.changeRequests[0], requestedOn: '2026-09-10', status: 'Approved' as const, decidedOn: '2026-10-05', decidedBy: staff.person, decisionNote: 'Agreed.' };
    const laterDecision = buildPlanView({ plan: { ...plan, changeRequests: [decided] }, actionVersions: {}, storedRatings: {}, loadedAt: NOW, requestCount: 1 }, staff, NOW);
    const [request] = planViewAsAt(laterDecision, september).loaded.plan.changeRequests;
    expect(request.status).toBe('Submitted');
    expect(request.decidedOn).toBeUndefined();
    expect(request.decisionNote).toBeUndefined();
  });

  it('leaves out today’s reported theme ratings, which the snapshot did not record', () => {
    expect(view.loaded.plan.themes.every((t) => t.reportedRating === undefined)).toBe(true);
  });
});
