import {
  ACTION_STATUSES,
  CHANGE_TYPE_LABELS,
  CHANGE_TYPES,
  DEFAULT_TERMINOLOGY,
  dueDateInForce,
  isIssueOpen,
  isReprofiled,
  isSamePerson,
  milestoneStatus,
  RECOMMENDATION_SOURCE_LABELS,
  type ActionIssue,
  type Milestone
} from '../../../src/domain';

describe('people', () => {
  it.each([
    [{ displayName: 'A', login: 'I:0#.F|membership|jo@x.gov.uk' }, { displayName: 'B', login: 'i:0#.f|membership|jo@x.gov.uk' }, true],
    [{ displayName: 'A', login: 'jo' }, { displayName: 'A', login: 'sam' }, false],
    [{ displayName: 'A', email: 'Jo@x.gov.uk' }, { displayName: 'B', email: 'jo@x.gov.uk' }, true],
    [{ displayName: 'Head of HR ' }, { displayName: 'head of hr' }, true],
    [{ displayName: 'Head of HR', email: 'a@x' }, { displayName: 'Head of Finance' }, false]
  ])('%p and %p are the same person: %p', (a, b, expected) => {
    expect(isSamePerson(a, b)).toBe(expected);
  });
});

describe('action helpers', () => {
  it.each([
    [{ baselineDueDate: '2026-03-31' }, '2026-03-31'],
    [{ baselineDueDate: '2026-03-31', currentDueDate: '2026-06-30' }, '2026-06-30'],
    [{}, undefined]
  ])('due date in force of %p is %p', (dates, expected) => {
    expect(dueDateInForce(dates)).toBe(expected);
  });

  it.each([
    [{ reprofileCount: 0, baselineDueDate: '2026-03-31', currentDueDate: '2026-03-31' }, false],
    [{ reprofileCount: 0, baselineDueDate: '2026-03-31' }, false],
    [{ reprofileCount: 1, baselineDueDate: '2026-03-31', currentDueDate: '2026-03-31' }, true],
    [{ reprofileCount: 0, baselineDueDate: '2026-03-31', currentDueDate: '2026-06-30' }, true]
  ])('%p reprofiled: %p', (facts, expected) => {
    expect(isReprofiled(facts)).toBe(expected);
  });

  it('offers every status', () => {
    expect(ACTION_STATUSES).toEqual(['NotStarted', 'InProgress', 'OnHold', 'Complete', 'Closed']);
  });
});

describe('issues and milestones', () => {
  const issue: ActionIssue = { id: 'i', description: 'x', severity: 'Low', raisedOn: '2026-03-10', resolvedOn: '2026-03-20' };
  it.each([
    ['2026-03-09', false],
    ['2026-03-10', true],
    ['2026-03-19', true],
    ['2026-03-20', false]
  ])('issue open on %s: %p', (day, expected) => {
    expect(isIssueOpen(issue, day)).toBe(expected);
  });

  const milestone: Milestone = { id: 'm', title: 'Strategy to Cabinet', themeCode: 'OC', dueDate: '2026-03-13' };
  it.each([
    [milestone, '2026-03-13', 'Due'],
    [milestone, '2026-03-14', 'Missed'],
    [{ ...milestone, achievedOn: '2026-03-12' }, '2026-03-20', 'Achieved'],
    [{ ...milestone, achievedOn: '2026-03-16' }, '2026-03-15', 'Missed']
  ] as const)('%p on %s is %s', (m, day, status) => {
    expect(milestoneStatus(m, day)).toBe(status);
  });
});

describe('labels', () => {
  it('names every change type, recommendation source and plan shape', () => {
    expect(CHANGE_TYPES.map((t) => CHANGE_TYPE_LABELS[t])).toEqual([
      'Change of description',
      'Change of timescale',
      'New workstream',
      'New main action',
      'New sub-action',
      'New assurance action',
      'Closure'
    ]);
    expect(RECOMMENDATION_SOURCE_LABELS.Direction).toBe('Direction of the Secretary of State');
    expect(DEFAULT_TERMINOLOGY.aimsAndProgrammes.workstream).toBe('Programme');
    expect(DEFAULT_TERMINOLOGY.bestValueThemes.workstream).toBe('Area of focus');
  });
});
