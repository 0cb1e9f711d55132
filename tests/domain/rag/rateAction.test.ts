import { DEFAULT_RAG_POLICY, explainRating, rateAction, rateActionAt, type Action, type ActionIssue, type RagPolicy } from '../../../src/domain';
import { makeAction, pmo } from '../fixtures';

const today = '2026-04-12';
const issue = (severity: ActionIssue['severity'], raisedOn: string = '2026-04-01', resolvedOn?: string): ActionIssue => ({
  id: `${severity}-${raisedOn}`,
  description: 'Cabinet slot not yet confirmed',
  severity,
  raisedOn,
  ...(resolvedOn ? { resolvedOn } : {})
});

describe('rateAction: statuses that are not judgements', () => {
  it.each([
    [{ status: 'Closed', closureRationale: 'Moved into the customer journey workstream' }, 'Closed', 'Closed: Moved into the customer journey workstream'],
    [{ status: 'Closed' }, 'Closed', 'Closed: no rationale recorded'],
    [{ status: 'Complete', completedOn: '2026-03-02' }, 'Complete', 'Completed 2 Mar 2026'],
    [{ status: 'Complete' }, 'Complete', 'Complete'],
    [{ status: 'OnHold', baselineDueDate: '2026-01-31' }, 'OnHold', 'On hold']
  ] as const)('%p is %s', (facts, rating, text) => {
    const assessment = rateAction(makeAction(facts as Partial<Action>), today);
    expect(assessment.rating).toBe(rating);
    expect(assessment.daysOverdue).toBe(0);
    expect(explainRating(assessment)).toBe(text);
  });
});

describe('rateAction: overdue against the due date in force', () => {
  it.each([
    ['2026-04-12', 'Green', 'On track; due 12 Apr 2026, today', 0],
    ['2026-04-13', 'Green', 'On track; due 13 Apr 2026, 1 day left', 0],
    ['2026-04-11', 'Amber', 'Due 11 Apr 2026, 1 day overdue', 1],
    ['2026-03-31', 'Amber', 'Due 31 Mar 2026, 12 days overdue', 12],
    ['2026-03-13', 'Amber', 'Due 13 Mar 2026, 30 days overdue', 30],
    ['2026-03-12', 'Red', 'Due 12 Mar 2026, 31 days overdue', 31]
  ])('due %s is %s', (due, rating, text, overdue) => {
    const assessment = rateAction(makeAction({ baselineDueDate: due }), today);
    expect(assessment.rating).toBe(rating);
    expect(explainRating(assessment)).toBe(text);
    expect(assessment.daysOverdue).toBe(overdue);
    expect(assessment.dueDate).toBe(due);
  });

  it('honours a grace period', () => {
    const policy: RagPolicy = { ...DEFAULT_RAG_POLICY, overdue: { graceDays: 5, redAfterDays: 30 } };
    expect(rateAction(makeAction({ baselineDueDate: '2026-04-07' }), today, policy).rating).toBe('Green');
    expect(rateAction(makeAction({ baselineDueDate: '2026-04-06' }), today, policy).rating).toBe('Amber');
  });

  it('rates against the approved reprofiled date and still shows the baseline', () => {
    const reprofiled = makeAction({ baselineDueDate: '2026-01-31', currentDueDate: '2026-06-30', reprofileCount: 1 });
    expect(rateAction(reprofiled, today).rating).toBe('Green');
    const slippedAgain = makeAction({ baselineDueDate: '2026-01-31', currentDueDate: '2026-04-01', reprofileCount: 1 });
    expect(explainRating(rateAction(slippedAgain, today))).toBe('Due 1 Apr 2026 (baseline 31 Jan 2026), 11 days overdue');
  });

  it('has no due date to miss when the plan says Ongoing', () => {
    expect(explainRating(rateAction(makeAction({ dueDateText: 'Ongoing' }), today))).toBe('On track; no fixed due date (Ongoing)');
    expect(explainRating(rateAction(makeAction(), today))).toBe('On track; no fixed due date');
  });
});

describe('rateAction: forecast against the due date', () => {
  it.each([
    ['2026-06-30', '2026-07-07', 'Green'],
    ['2026-06-30', '2026-07-08', 'Amber'],
    ['2026-06-30', '2026-08-29', 'Amber'],
    ['2026-06-30', '2026-08-30', 'Red'],
    ['2026-06-30', '2026-06-01', 'Green']
  ])('due %s, forecast %s is %s', (due, forecast, rating) => {
    expect(rateAction(makeAction({ baselineDueDate: due, forecastDate: forecast }), today).rating).toBe(rating);
  });

  it('explains the forecast slip', () => {
    expect(explainRating(rateAction(makeAction({ baselineDueDate: '2026-06-30', forecastDate: '2026-07-31' }), today))).toBe(
      'Forecast 31 Jul 2026 is 31 days after the due date 30 Jun 2026'
    );
  });
});

describe('rateAction: progress against time elapsed', () => {
  // 1 Jan to 11 May 2026 is 130 days; 12 April is 101 days in, 77.7% elapsed.
  it.each([
    [58, 'Green'],
    [57, 'Amber'],
    [38, 'Amber'],
    [37, 'Red'],
    [100, 'Green']
  ])('%p%% complete is %s', (progress, rating) => {
    const action = makeAction({ startDate: '2026-01-01', baselineDueDate: '2026-05-11', progressPercent: progress });
    expect(rateAction(action, today).rating).toBe(rating);
  });

  it('waits until enough time has passed', () => {
    const early = makeAction({ startDate: '2026-04-01', baselineDueDate: '2026-12-31', progressPercent: 0 });
    expect(rateAction(early, today).rating).toBe('Green');
  });

  it('caps elapsed time at 100% and explains the gap', () => {
    const late = makeAction({ startDate: '2026-01-01', baselineDueDate: '2026-04-12', progressPercent: 10 });
    expect(explainRating(rateAction(late, today))).toBe('10% complete with 100% of the time to 12 Apr 2026 gone');
  });

  it.each([
    [{ startDate: '2026-01-01', baselineDueDate: '2026-05-11' }],
    [{ baselineDueDate: '2026-05-11', progressPercent: 0 }],
    [{ startDate: '2026-05-11', baselineDueDate: '2026-05-11', progressPercent: 0 }]
  ])('is skipped without the facts it needs: %p', (facts) => {
    expect(rateAction(makeAction(facts), today).rating).toBe('Green');
  });
});

describe('rateAction: not started', () => {
  it.each([
    [undefined, 'NotStarted', 'Not started'],
    ['2026-05-01', 'NotStarted', 'Not started; planned start 1 May 2026'],
    ['2026-03-29', 'NotStarted', 'Not started; planned start 29 Mar 2026'],
    ['2026-03-28', 'Amber', 'Not started 15 days after the planned start of 28 Mar 2026'],
    ['2026-02-11', 'Amber', 'Not started 60 days after the planned start of 11 Feb 2026'],
    ['2026-02-10', 'Red', 'Not started 61 days after the planned start of 10 Feb 2026']
  ])('planned start %p is %s', (start, rating, text) => {
    const assessment = rateAction(makeAction({ status: 'NotStarted', startDate: start }), today);
    expect(assessment.rating).toBe(rating);
    expect(explainRating(assessment)).toBe(text);
  });

  it('is still overdue when the due date has passed', () => {
    expect(rateAction(makeAction({ status: 'NotStarted', baselineDueDate: '2026-04-01' }), today).rating).toBe('Amber');
  });

  it('ignores progress against time for work not begun', () => {
    const action = makeAction({ status: 'NotStarted', startDate: '2026-04-10', baselineDueDate: '2026-04-20', progressPercent: 0 });
    expect(rateAction(action, today).rating).toBe('NotStarted');
  });
});

describe('rateAction: open issues', () => {
  it.each([
    [[issue('Low')], 'Amber', '1 open issue'],
    [[issue('Low'), issue('Medium', '2026-04-02')], 'Amber', '2 open issues'],
    [[issue('Low'), issue('Low', '2026-04-02'), issue('Low', '2026-04-03')], 'Red', '3 open issues'],
    [[issue('High')], 'Red', '1 open issue (1 high severity)'],
    [[issue('High', '2026-04-01', '2026-04-10')], 'Green', 'On track; no fixed due date'],
    [[issue('Medium', '2026-04-20')], 'Green', 'On track; no fixed due date']
  ] as const)('%p is %s', (issues, rating, text) => {
    const assessment = rateAction(makeAction({ issues }), today);
    expect(assessment.rating).toBe(rating);
    expect(explainRating(assessment)).toBe(text);
  });

  it('uses the policy rating for high-severity issues, worst of count and severity', () => {
    const policy: RagPolicy = { ...DEFAULT_RAG_POLICY, openIssues: { amberAtCount: 2, redAtCount: 4, highSeverityRating: 'Amber' } };
    expect(rateAction(makeAction({ issues: [issue('High')] }), today, policy).rating).toBe('Amber');
    expect(rateAction(makeAction({ issues: [issue('Low')] }), today, policy).rating).toBe('Green');
    const four = [issue('High'), issue('Low', '2026-04-02'), issue('Low', '2026-04-03'), issue('Low', '2026-04-04')];
    expect(rateAction(makeAction({ issues: four }), today, policy).rating).toBe('Red');
    const zeroThresholds: RagPolicy = { ...DEFAULT_RAG_POLICY, openIssues: { amberAtCount: 0, redAtCount: 0, highSeverityRating: 'Red' } };
    expect(rateAction(makeAction(), today, zeroThresholds).rating).toBe('Green');
  });
});

describe('rateAction: several rules at once', () => {
  it('takes the worst and keeps every reason, worst first', () => {
    const action = makeAction({ baselineDueDate: '2026-04-01', forecastDate: '2026-07-31', issues: [issue('Low')] });
    const assessment = rateAction(action, today);
    expect(assessment.rating).toBe('Red');
    expect(assessment.reasons.map((r) => [r.rule, r.rating])).toEqual([
      ['forecast', 'Red'],
      ['overdue', 'Amber'],
      ['openIssues', 'Amber']
    ]);
    expect(explainRating(assessment)).toBe('Forecast 31 Jul 2026 is 121 days after the due date 1 Apr 2026; Due 1 Apr 2026, 11 days overdue; 1 open issue');
    expect(assessment.policyName).toBe('Default RAG policy');
    expect(assessment.assessedOn).toBe(today);
  });
});

describe('rateAction: manual override', () => {
  const override = { rating: 'Amber' as const, reason: 'Decision moved to March Cabinet', by: pmo, at: new Date('2026-04-03T09:00:00Z') };

  it('shows the override and keeps the calculated rating visible', () => {
    const assessment = rateAction(makeAction({ baselineDueDate: '2026-06-30', override }), today);
    expect(assessment.rating).toBe('Amber');
    expect(assessment.calculatedRating).toBe('Green');
    expect(assessment.override).toBe(override);
    expect(assessment.overrideLapsed).toBe(false);
    expect(explainRating(assessment)).toBe(
      'Set to Amber by Programme Office on 3 Apr 2026: Decision moved to March Cabinet. Calculated rating Green: On track; due 30 Jun 2026, 79 days left'
    );
  });

  it('lapses once the action is complete', () => {
    const assessment = rateAction(makeAction({ status: 'Complete', override }), today);
    expect(assessment.rating).toBe('Complete');
    expect(assessment.override).toBeUndefined();
    expect(assessment.overrideLapsed).toBe(true);
  });
});

describe('rateActionAt', () => {
  it('uses the London day of the instant', () => {
    const action = makeAction({ baselineDueDate: '2026-03-31' });
    expect(rateActionAt(action, new Date('2026-03-31T22:59:00Z')).rating).toBe('Green');
    expect(rateActionAt(action, new Date('2026-03-31T23:00:00Z')).rating).toBe('Amber');
  });
});
