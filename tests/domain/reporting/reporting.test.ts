import {
  actionsByRecommendation,
  changesSince,
  exceptionReport,
  NO_COMMENTARY,
  periodContaining,
  requestReprofile,
  takeSnapshot,
  themeSummary,
  type Action,
  type Milestone,
  type ProgressUpdate,
  type Recommendation
} from '../../../src/domain';
import { director, lead, makeAction, makeTheme, pmo } from '../fixtures';

const march = periodContaining('month', '2026-03-01');
const april = periodContaining('month', '2026-04-01');

const actions: Action[] = [
  makeAction({ id: 'a21', code: 'OC.A2.1', title: 'Workforce Strategy approved', baselineDueDate: '2026-03-20', commentary: 'Cabinet on 13 March', nextSteps: 'Publish', recommendationIds: ['r1'], lead, forecastDate: '2026-04-30', progressPercent: 80, startDate: '2026-01-01', parentId: 'a2', kind: 'sub' }),
  makeAction({ id: 'a2', code: 'OC.A2', title: 'Workforce', baselineDueDate: '2026-06-30', recommendationIds: ['r1', 'ghost'] }),
  makeAction({ id: 'c42', code: 'OC.C4.2', title: 'Member-officer insight', baselineDueDate: '2026-01-31', issues: [{ id: 'i1', description: 'Survey delayed', severity: 'Medium', raisedOn: '2026-03-05' }] }),
  makeAction({ id: 'e24', code: 'OC.E2.4', title: 'Recognition scheme', status: 'Complete', completedOn: '2026-03-10', closureRationale: undefined }),
  makeAction({ id: 'co', code: 'CO.B3.1', title: 'Continuous improvement framework', themeCode: 'CO', workstreamCode: 'CO.B', baselineDueDate: '2025-12-31', commentary: '  ' })
];

const updates: ProgressUpdate[] = [
  { id: 'u1', actionId: 'e24', periodId: '2026-03', submittedBy: lead, submittedAt: new Date('2026-03-28T10:00:00Z'), status: 'Complete', commentary: 'Done', achievements: ['Recognition scheme launched'], evidence: [] },
  { id: 'u2', actionId: 'a21', periodId: '2026-02', submittedBy: lead, submittedAt: new Date('2026-02-27T10:00:00Z'), status: 'InProgress', commentary: 'Drafted', achievements: ['Strategy drafted', 'Consultation closed'], evidence: [] },
  { id: 'u3', actionId: 'a2', periodId: '2026-03', submittedBy: lead, submittedAt: new Date('2026-03-27T10:00:00Z'), status: 'InProgress', commentary: 'On track', achievements: [], evidence: [] },
  { id: 'u4', actionId: 'co', periodId: '2026-03', submittedBy: lead, submittedAt: new Date('2026-03-27T10:00:00Z'), status: 'InProgress', commentary: 'x', achievements: ['Other theme'], evidence: [] },
  { id: 'u5', actionId: 'ghost-action', periodId: 'bad', submittedBy: lead, submittedAt: new Date('2026-03-27T10:00:00Z'), status: 'InProgress', commentary: 'x', achievements: ['ignored'], evidence: [] },
  { id: 'u6', actionId: 'a21', periodId: '2026-03', submittedBy: lead, submittedAt: new Date('2026-03-20T10:00:00Z'), status: 'InProgress', commentary: 'x', achievements: ['Cabinet approved'], evidence: [] }
];

const milestones: Milestone[] = [
  { id: 'm1', title: 'Strategy to Cabinet', themeCode: 'OC', actionId: 'a21', dueDate: '2026-03-13', achievedOn: '2026-03-13' },
  { id: 'm2', title: 'Member survey', themeCode: 'OC', actionId: 'c42', dueDate: '2026-02-28' },
  { id: 'm3', title: 'Leadership event', themeCode: 'OC', dueDate: '2026-05-15' },
  { id: 'm4', title: 'Other theme', themeCode: 'CO', dueDate: '2026-05-01' },
  { id: 'm5', title: 'Staff awards', themeCode: 'OC', actionId: 'unknown', dueDate: '2026-04-20' }
];

describe('snapshots', () => {
  it('rates as at the period end when printed later, and as at today within the period', () => {
    const late = takeSnapshot(actions, march, '2026-05-02');
    expect(late.asOf).toBe('2026-03-31');
    expect(late.periodId).toBe('2026-03');
    expect(late.actions.map((a) => a.code)).toEqual(['CO.B3.1', 'OC.A2', 'OC.A2.1', 'OC.C4.2', 'OC.E2.4']);
    const a21 = late.actions.find((a) => a.code === 'OC.A2.1');
    expect(a21).toMatchObject({ rating: 'Amber', reason: 'Due 20 Mar 2026, 11 days overdue; Forecast 30 Apr 2026 is 41 days after the due date 20 Mar 2026', parentId: 'a2', lead });
    expect(takeSnapshot(actions, march, '2026-03-10').asOf).toBe('2026-03-10');
  });

  it('records an override', () => {
    const overridden = makeAction({ id: 'o', override: { rating: 'Red', reason: 'Funding withdrawn by partner', by: pmo, at: new Date('2026-03-02T09:00:00Z') } });
    const [snap] = takeSnapshot([overridden], march, '2026-03-31').actions;
    expect(snap).toMatchObject({ rating: 'Red', calculatedRating: 'Green', overridden: true });
  });
});

describe('exceptions', () => {
  const snapshot = takeSnapshot(actions, march, '2026-03-31');

  it('lists every Amber and Red action with commentary, Red first then by code', () => {
    const request = requestReprofile(actions[0], '2026-05-31', { id: 'cr', reference: 90, requestedBy: lead, requestedOn: '2026-03-25', rationale: 'Cabinet moved' });
    if (!request.ok) throw new Error(request.error);
    const report = exceptionReport(snapshot, { requests: [request.value] });
    expect(report.map((e) => [e.code, e.rating])).toEqual([
      ['CO.B3.1', 'Red'],
      ['OC.C4.2', 'Red'],
      ['OC.A2.1', 'Amber']
    ]);
    expect(report[0].commentary).toBe(NO_COMMENTARY);
    expect(report[2]).toMatchObject({ commentary: 'Cabinet on 13 March', nextSteps: 'Publish', requestedDueDate: '2026-05-31', requestedChangeReference: 90, lead, baselineDueDate: '2026-03-20' });
    expect(report[1]).not.toHaveProperty('requestedDueDate');
  });

  it('filters to one theme', () => {
    expect(exceptionReport(snapshot, { themeCode: 'CO' }).map((e) => e.code)).toEqual(['CO.B3.1']);
    expect(exceptionReport(snapshot).length).toBe(3);
  });
});

describe('theme summary', () => {
  it('gives the rating with its reason, counts, exceptions, achievements, milestones and issues', () => {
    const quarter = periodContaining('quarter', '2026-03-01');
    const summary = themeSummary({
      theme: makeTheme(),
      period: quarter,
      snapshot: takeSnapshot(actions, quarter, '2026-03-31'),
      actions,
      updates,
      milestones
    });
    expect(summary).toMatchObject({ themeCode: 'OC', themeName: 'Organisational Culture', leadDirector: director, rating: 'Red', totalActions: 4 });
    expect(summary.ratingReason).toMatch(/^Red: threshold rule \(.*\) over 4 actions \(1 Red, 1 Amber, 1 Green, 1 Complete\)$/);
    expect(summary.counts.Complete).toBe(1);
    expect(summary.exceptions.map((e) => e.code)).toEqual(['OC.C4.2', 'OC.A2.1']);
    expect(summary.achievements).toEqual([
      {
        periodId: '2026-03',
        label: 'March 2026',
        items: [
          { actionCode: 'OC.A2.1', text: 'Cabinet approved', source: 'reported' },
          { actionCode: 'OC.A2.1', text: 'Milestone met: Strategy to Cabinet.', source: 'milestone' },
          // The completion of OC.E2.4 is not repeated: its lead's update already names it.
          { actionCode: 'OC.E2.4', text: 'Recognition scheme launched', source: 'reported' }
        ]
      },
      { periodId: '2026-02', label: 'February 2026', items: [{ actionCode: 'OC.A2.1', text: 'Strategy drafted', source: 'reported' }, { actionCode: 'OC.A2.1', text: 'Consultation closed', source: 'reported' }] }
    ]);
    expect(summary.nextMilestones).toEqual([
      { title: 'Member survey', dueDate: '2026-02-28', status: 'Missed', actionCode: 'OC.C4.2' },
      { title: 'Staff awards', dueDate: '2026-04-20', status: 'Due' },
      { title: 'Leadership event', dueDate: '2026-05-15', status: 'Due' }
    ]);
    expect(summary.issuesRaised).toEqual([{ actionCode: 'OC.C4.2', description: 'Survey delayed', severity: 'Medium', raisedOn: '2026-03-05' }]);
  });

  it('limits milestones, uses the chosen method and sorts issues by code then day', () => {
    const withIssues = [
      makeAction({ id: 'x1', code: 'OC.A9', issues: [{ id: 'b', description: 'Later', severity: 'Low', raisedOn: '2026-03-20' }, { id: 'a', description: 'Earlier', severity: 'Low', raisedOn: '2026-03-02' }, { id: 'c', description: 'Same day', severity: 'Low', raisedOn: '2026-03-02' }] })
    ];
    const summary = themeSummary({
      theme: makeTheme(),
      period: march,
      snapshot: takeSnapshot(withIssues, march, '2026-03-31'),
      actions: withIssues,
      updates: [],
      milestones,
      method: { kind: 'threshold', redShare: 0.5, amberShare: 0.5 },
      milestoneLimit: 1
    });
    expect(summary.nextMilestones).toHaveLength(1);
    expect(summary.issuesRaised.map((i) => i.description)).toEqual(['Earlier', 'Same day', 'Later']);
    expect(summary.ratingReason).toMatch(/^Red: threshold rule \(Red at 50% Red/);
  });
});

describe('changes since the previous period', () => {
  it('is the difference of two snapshots', () => {
    const before = takeSnapshot(actions, march, '2026-03-31');
    const nowActions: Action[] = [
      { ...actions[0], status: 'Complete', completedOn: '2026-04-10' },
      { ...actions[1], currentDueDate: '2026-09-30', reprofileCount: 1 },
      { ...actions[2], status: 'Closed', closureRationale: 'Merged into member development' },
      makeAction({ id: 'new', code: 'OC.A2.5', baselineDueDate: '2026-02-01' }),
      { ...actions[4], baselineDueDate: undefined, dueDateText: 'TBC' }
    ];
    const after = takeSnapshot(nowActions, april, '2026-04-30');
    const diff = changesSince(before, after);
    expect(diff.fromPeriodId).toBe('2026-03');
    expect(diff.toPeriodId).toBe('2026-04');
    expect(diff.added.map((a) => a.code)).toEqual(['OC.A2.5']);
    expect(diff.removed.map((a) => a.code)).toEqual(['OC.E2.4']);
    expect(diff.ratingChanges.map((c) => [c.code, c.from, c.to, c.direction])).toEqual([
      ['CO.B3.1', 'Red', 'Green', 'Better'],
      ['OC.A2.1', 'Amber', 'Complete', 'Better'],
      ['OC.C4.2', 'Red', 'Closed', 'Better']
    ]);
    expect(diff.dueDateChanges).toEqual([
      { actionId: 'co', code: 'CO.B3.1', title: 'Continuous improvement framework', from: '2025-12-31' },
      { actionId: 'a2', code: 'OC.A2', title: 'Workforce', from: '2026-06-30', to: '2026-09-30', baselineDueDate: '2026-06-30' }
    ]);
    expect(diff.completed.map((a) => a.code)).toEqual(['OC.A2.1']);
    expect(diff.closed.map((a) => a.code)).toEqual(['OC.C4.2']);
  });

  it('lists worsened ratings first', () => {
    const before = takeSnapshot([makeAction({ id: 'g', code: '1.1' }), makeAction({ id: 'r', code: '1.2', baselineDueDate: '2026-01-01' })], march, '2026-03-31');
    const after = takeSnapshot([makeAction({ id: 'g', code: '1.1', baselineDueDate: '2026-04-01' }), makeAction({ id: 'r', code: '1.2', status: 'Complete' })], april, '2026-04-30');
    expect(changesSince(before, after).ratingChanges.map((c) => [c.code, c.direction])).toEqual([
      ['1.1', 'Worse'],
      ['1.2', 'Better']
    ]);
    expect(changesSince(after, after).ratingChanges).toEqual([]);
  });
});

describe('actions per recommendation', () => {
  const recommendations: Recommendation[] = [
    { id: 'r2', reference: 'R10', source: 'LGAPeerChallenge', text: 'Strengthen scrutiny', statutory: false },
    { id: 'r3', reference: 'R2', source: 'CIPFA', text: 'Rebuild reserves', statutory: false },
    { id: 'r1', reference: 'Direction 2', source: 'Direction', text: 'Prepare and agree an improvement plan', statutory: true }
  ];

  it('puts statutory items first, rolls up the answering actions and flags gaps and unknown links', () => {
    const report = actionsByRecommendation(recommendations, takeSnapshot(actions, march, '2026-03-31'));
    expect(report.recommendations.map((r) => r.recommendation.reference)).toEqual(['Direction 2', 'R2', 'R10']);
    expect(report.recommendations[0].actions.map((a) => a.code)).toEqual(['OC.A2', 'OC.A2.1']);
    expect(report.recommendations[0].rollup.rating).toBe('Amber');
    expect(report.recommendations[0].answered).toBe(true);
    expect(report.recommendations[1].answered).toBe(false);
    expect(report.recommendations[1].rollup.explanation).toMatch(/^Not started: threshold rule .* over no actions$/);
    expect(report.unknownRecommendationIds).toEqual(['ghost']);
  });
});
