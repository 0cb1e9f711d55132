import type { Action } from '../../../src/domain';
import { actionChangesToValues, actionFromItem, actionToValues, etagOf } from '../../../src/data/mapping';
import { collector, user } from './collect';

const ITEM = {
  'odata.type': 'SP.Data.PlanActionsListItem',
  'odata.etag': '"3"',
  Id: 41,
  Title: 'Deliver the workforce strategy',
  Code: 'OC.A2.1',
  ActionKind: 'sub',
  ThemeId: 4,
  Theme: { 'odata.type': 'SP.Data.PlanThemesListItem', Code: 'OC' },
  WorkstreamId: 9,
  Workstream: { Code: 'OC.A' },
  ParentActionId: 40,
  Lead: user('Jo Lead', 'jo@council.example'),
  LeadName: 'Head of HR',
  Delegates: [user('Sam Officer', 'sam@council.example')],
  Description: 'Full text',
  StartDate: '2025-12-01T00:00:00Z',
  StartDateText: 'December 2025',
  BaselineDueDate: '2026-03-31T00:00:00Z',
  CurrentDueDate: '2026-06-30T00:00:00Z',
  DueDateText: 'June 2026',
  ForecastDate: '2026-06-15T00:00:00Z',
  CompletedOn: null,
  Status: 'InProgress',
  ProgressPercent: 60.0,
  Rating: 'Amber',
  RatingReason: 'Past the baseline',
  RatingOverride: 'Red',
  OverrideReason: 'Funding withdrawn',
  OverrideBy: user('Ali Director', 'ali@council.example'),
  OverrideAt: '2026-05-01T10:00:00Z',
  RiskRating: 'Green',
  Commentary: 'On track',
  NextSteps: 'Cabinet',
  IssuesJson: JSON.stringify([{ id: 'i1', description: 'Recruitment', severity: 'Medium', raisedOn: '2026-04-01' }]),
  EvidenceJson: JSON.stringify([{ url: 'https://council.example/s', title: 'Strategy' }]),
  ReprofileCount: 1,
  ClosureRationale: null,
  RecommendationRefs: '3,5',
  RiskRefs: '7',
  Outcomes: 'Lower turnover\nBetter morale',
  LastUpdated: '2026-04-28T08:00:00Z',
  Modified: '2026-05-01T10:00:00Z'
};

describe('actionFromItem', () => {
  it('maps every column of a sub-action, people, lookups and JSON included', () => {
    const { sink, problems } = collector();
    const record = actionFromItem(ITEM, sink);
    expect(record.version).toBe('"3"');
    expect(record.stored).toEqual({ rating: 'Amber', reason: 'Past the baseline', lastUpdated: new Date('2026-04-28T08:00:00Z') });
    expect(record.action).toEqual({
      id: '41',
      code: 'OC.A2.1',
      title: 'Deliver the workforce strategy',
      description: 'Full text',
      themeCode: 'OC',
      workstreamCode: 'OC.A',
      parentId: '40',
      kind: 'sub',
      lead: { displayName: 'Jo Lead', email: 'jo@council.example', login: 'i:0#.f|membership|jo@council.example' },
      delegates: [{ displayName: 'Sam Officer', email: 'sam@council.example', login: 'i:0#.f|membership|sam@council.example' }],
      startDate: '2025-12-01',
      startDateText: 'December 2025',
      baselineDueDate: '2026-03-31',
      currentDueDate: '2026-06-30',
      dueDateText: 'June 2026',
      forecastDate: '2026-06-15',
      status: 'InProgress',
      progressPercent: 60,
      rating: 'Amber',
      override: { rating: 'Red', reason: 'Funding withdrawn', by: { displayName: 'Ali Director', email: 'ali@council.example', login: 'i:0#.f|membership|ali@council.example' }, at: new Date('2026-05-01T10:00:00Z') },
      riskRating: 'Green',
      commentary: 'On track',
      nextSteps: 'Cabinet',
      issues: [{ id: 'i1', description: 'Recruitment', severity: 'Medium', raisedOn: '2026-04-01' }],
      evidence: [{ url: 'https://council.example/s', title: 'Strategy' }],
      reprofileCount: 1,
      recommendationIds: ['3', '5'],
      riskIds: ['7'],
      outcomes: ['Lower turnover', 'Better morale']
    });
    expect(problems).toEqual([]);
  });

  it('reads a bare item with defaults and codes from the index when lookups are not expanded', () => {
    const { sink, problems } = collector();
    const { action, version } = actionFromItem({ Id: 2, ThemeId: 4, WorkstreamId: 9 }, sink, { themes: new Map([['4', 'OC']]), workstreams: new Map([['9', 'OC.A']]) });
    expect(version).toBe('*');
    expect(action).toEqual({
      id: '2',
      code: '',
      title: '',
      themeCode: 'OC',
      workstreamCode: 'OC.A',
      kind: 'main',
      status: 'NotStarted',
      issues: [],
      evidence: [],
      reprofileCount: 0,
      recommendationIds: [],
      riskIds: []
    });
    expect(problems).toEqual([]);
  });

  it('survives malformed columns: reports them and falls back', () => {
    const { sink, problems } = collector();
    const { action } = actionFromItem(
      { Id: 3, Status: 'Green', ActionKind: 'weird', ParentActionId: 2, IssuesJson: 'not json', EvidenceJson: '[{"title":"x"}]', RatingOverride: 'Amber', ProgressPercent: 'lots', CurrentDueDate: 'soon' },
      sink
    );
    expect(action).toMatchObject({ status: 'NotStarted', kind: 'sub', issues: [], evidence: [], override: { rating: 'Amber', reason: '', by: { displayName: 'Not recorded' }, at: new Date(0) } });
    expect(action.progressPercent).toBeUndefined();
    expect(action.currentDueDate).toBeUndefined();
    expect(problems.map((p) => p.column)).toEqual(['Status', 'OverrideBy', 'IssuesJson', 'EvidenceJson']);
    expect(problems.every((p) => p.itemId === 3 && p.list === 'Plan Actions')).toBe(true);
  });

  it('reads the ETag in verbose form too', () => {
    expect(etagOf({ __metadata: { etag: '"9"' } })).toBe('"9"');
  });
});

describe('actionChangesToValues', () => {
  const ids = (p: { login?: string }) => (p.login ? 12 : null);

  it('writes only the fields present, clearing those present but undefined', () => {
    expect(actionChangesToValues({ commentary: 'Done', forecastDate: undefined, progressPercent: 100, status: 'Complete', completedOn: '2026-05-01' }, ids)).toEqual({
      Commentary: 'Done',
      ForecastDate: null,
      ProgressPercent: 100,
      Status: 'Complete',
      CompletedOn: '2026-04-30T23:00:00Z'
    });
    expect(actionChangesToValues({}, ids)).toEqual({});
  });

  it('writes issues and evidence as JSON, the rating, the update time and the due date', () => {
    const v = actionChangesToValues(
      {
        issues: [{ id: 'i', description: 'd', severity: 'High', raisedOn: '2026-01-01' }],
        evidence: [],
        rating: 'Red',
        ratingReason: 'High issue',
        lastUpdated: new Date('2026-05-01T09:00:00Z'),
        currentDueDate: '2026-09-30',
        reprofileCount: 2,
        title: 'New title',
        description: '',
        closureRationale: 'x',
        nextSteps: 'y'
      },
      ids
    );
    expect(v).toEqual({
      IssuesJson: '[{"id":"i","description":"d","severity":"High","raisedOn":"2026-01-01"}]',
      EvidenceJson: null,
      Rating: 'Red',
      RatingReason: 'High issue',
      LastUpdated: '2026-05-01T09:00:00.000Z',
      CurrentDueDate: '2026-09-29T23:00:00Z',
      ReprofileCount: 2,
      Title: 'New title',
      Description: null,
      ClosureRationale: 'x',
      NextSteps: 'y'
    });
  });

  it('writes an override by user id, and clears one', () => {
    const at = new Date('2026-05-01T10:00:00Z');
    expect(actionChangesToValues({ override: { rating: 'Red', reason: 'r', by: { displayName: 'A', login: 'a' }, at } }, ids)).toEqual({
      RatingOverride: 'Red',
      OverrideReason: 'r',
      OverrideAt: '2026-05-01T10:00:00.000Z',
      OverrideById: 12
    });
    expect(actionChangesToValues({ clearOverride: true }, ids)).toEqual({ RatingOverride: null, OverrideReason: null, OverrideById: null, OverrideAt: null });
  });

  it('round-trips a whole action through actionToValues and back', () => {
    const { action } = actionFromItem(ITEM, () => undefined);
    const values = actionToValues(action, { themeId: 4, workstreamId: 9, parentId: 40 }, (p) => (p.email === 'jo@council.example' ? 6 : p.email === 'ali@council.example' ? 8 : 7));
    expect(values).toMatchObject({ ThemeId: 4, WorkstreamId: 9, ParentActionId: 40, LeadId: 6, LeadName: 'Jo Lead', DelegatesId: [7], OverrideById: 8, RecommendationRefs: '3,5', Outcomes: 'Lower turnover\nBetter morale' });
    const back = actionFromItem(
      { ...values, Id: 41, Theme: { Code: 'OC' }, Workstream: { Code: 'OC.A' }, Lead: ITEM.Lead, Delegates: ITEM.Delegates, OverrideBy: ITEM.OverrideBy, 'odata.etag': '"3"' },
      () => undefined
    ).action;
    expect(back).toEqual(action);
  });
});
