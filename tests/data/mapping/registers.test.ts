import type { ChangeRequest, Milestone, Recommendation, Risk } from '../../../src/domain';
import {
  changeRequestFromItem, changeRequestToValues, decisionToValues, milestoneFromItem, milestoneToValues, recommendationFromItem, recommendationToValues, riskFromItem, riskToValues
} from '../../../src/data/mapping';
import { collector, user } from './collect';

describe('milestones', () => {
  const m: Milestone = { id: '5', title: 'Strategy to Cabinet', themeCode: 'OC', actionId: '41', dueDate: '2026-03-31', achievedOn: '2026-03-25' };
  it('maps both ways', () => {
    const values = milestoneToValues(m, 41);
    expect(values).toEqual({ Title: 'Strategy to Cabinet', ThemeCode: 'OC', ActionId: 41, DueDate: '2026-03-30T23:00:00Z', AchievedOn: '2026-03-25T00:00:00Z' });
    expect(milestoneFromItem({ ...values, Id: 5 }, () => undefined)).toEqual(m);
  });
  it('reports a milestone without a due date', () => {
    const { sink, problems } = collector();
    expect(milestoneFromItem({ Id: 6, Title: 'x', ThemeCode: 'OC', DueDate: 'never' }, sink)).toEqual({ id: '6', title: 'x', themeCode: 'OC', dueDate: '1970-01-01' });
    expect(problems.map((p) => p.column)).toEqual(['DueDate']);
  });
});

describe('risks', () => {
  const risk: Risk = {
    id: '7',
    reference: 'IP6',
    title: 'Investment',
    description: 'If funding...',
    owner: { displayName: 'Ali Director', email: 'ali@x', login: 'i:0#.f|membership|ali@x' },
    themeCode: 'FR',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 3, impact: 3 },
    target: { likelihood: 2, impact: 2 },
    previousResidual: { likelihood: 3, impact: 4 },
    mitigations: [{ description: 'Bid for funds', done: false, actionId: '41' }],
    actionIds: ['41', '42'],
    reviewedOn: '2026-04-01',
    status: 'Open'
  };
  it('maps both ways', () => {
    const values = riskToValues(risk, 3, () => 8);
    expect(values).toMatchObject({ Code: 'IP6', ThemeId: 3, OwnerId: 8, OwnerName: 'Ali Director', PreviousResidualImpact: 4, ActionRefs: '41,42', ReviewedOn: '2026-03-31T23:00:00Z', Status: 'Open' });
    expect(riskFromItem({ ...values, Id: 7, Theme: { Code: 'FR' }, Owner: user('Ali Director', 'ali@x') }, () => undefined)).toEqual(risk);
    expect(riskFromItem({ ...values, Id: 7, Owner: user('Ali Director', 'ali@x') }, () => undefined, new Map([['3', 'FR']]))).toEqual(risk);
  });
  it('fills incomplete scores with 1, reports them, and reads bad mitigations as none', () => {
    const { sink, problems } = collector();
    const r = riskFromItem({ Id: 2, Code: 'R2', Title: 't', InherentLikelihood: 3, ResidualLikelihood: 2, ResidualImpact: 2, TargetLikelihood: 1, TargetImpact: 1, MitigationsJson: '[', Status: 'Dormant' }, sink);
    expect(r).toMatchObject({ inherent: { likelihood: 3, impact: 1 }, owner: { displayName: 'Not yet assigned' }, mitigations: [], status: 'Open', actionIds: [] });
    expect(r.previousResidual).toBeUndefined();
    expect(problems.map((p) => p.column)).toEqual(['InherentLikelihood', 'MitigationsJson']);
    expect(riskToValues({ ...risk, previousResidual: undefined, mitigations: [], actionIds: [] }, null, () => null)).toMatchObject({ PreviousResidualLikelihood: null, MitigationsJson: null, ActionRefs: null, ThemeId: null, OwnerId: null });
  });
});

describe('change requests', () => {
  const request: ChangeRequest = {
    id: '3',
    reference: 81,
    type: 'Timescale',
    actionId: '41',
    targetCode: 'OC.A2.1',
    targetTitle: 'Workforce strategy',
    rationale: 'Consultation extended',
    requestedBy: { displayName: 'Jo Lead', email: 'jo@x', login: 'i:0#.f|membership|jo@x' },
    requestedOn: '2026-04-15',
    changes: [{ field: 'currentDueDate', oldValue: '2026-03-31', newValue: '2026-06-30' }],
    status: 'Approved',
    decidedBy: { displayName: 'Ali Director', email: 'ali@x', login: 'i:0#.f|membership|ali@x' },
    decidedOn: '2026-04-30',
    decisionNote: 'Improvement Board'
  };
  it('maps both ways', () => {
    const { id, ...rest } = request;
    const values = changeRequestToValues(rest, (p) => (p.email === 'jo@x' ? 6 : 8));
    expect(values).toMatchObject({ Title: '81 Timescale OC.A2.1', Reference: 81, ChangeType: 'Timescale', Status: 'Approved', ActionId: 41, RequestedById: 6, DecidedById: 8, DecidedOn: '2026-04-29T23:00:00Z', DecisionNote: 'Improvement Board' });
    const back = changeRequestFromItem({ ...values, Id: Number(id), RequestedBy: user('Jo Lead', 'jo@x'), DecidedBy: user('Ali Director', 'ali@x') }, () => undefined);
    // The item id is the reference of record (unique under any concurrency); the column repeats it.
    expect(back).toEqual({ ...request, reference: Number(id) });
  });
  it('writes a decision and reads an odd item with fallbacks', () => {
    expect(decisionToValues({ status: 'Rejected', by: { displayName: 'Ali', login: 'ali' }, on: '2026-05-01' }, () => 8)).toEqual({ Status: 'Rejected', DecidedById: 8, DecidedByName: 'Ali', DecidedOn: '2026-04-30T23:00:00Z', DecisionNote: null });
    const { sink, problems } = collector();
    expect(changeRequestFromItem({ Id: 4, ChangeType: 'Rename', Created: '2026-04-02T09:00:00Z', ChangesJson: '"x"' }, sink)).toEqual({
      id: '4', reference: 4, type: 'Description', targetCode: '', targetTitle: '', rationale: '', requestedBy: { displayName: 'Not recorded' }, requestedOn: '2026-04-02', changes: [], status: 'Submitted'
    });
    expect(problems.map((p) => p.column)).toEqual(['ChangeType', 'ChangesJson']);
    expect(changeRequestToValues({ ...request, actionId: undefined, decidedBy: undefined, decidedOn: undefined, decisionNote: undefined }, () => null)).not.toHaveProperty('DecidedById');
  });
});

describe('recommendations', () => {
  const rec: Recommendation = { id: '2', reference: 'R4', source: 'LGAPeerChallenge', sourceDocument: 'Peer challenge 2025', issuedOn: '2025-11-01', text: 'Strengthen scrutiny', statutory: false };
  it('maps both ways', () => {
    const values = recommendationToValues(rec);
    expect(values).toEqual({ Title: 'R4', Code: 'R4', Source: 'LGAPeerChallenge', SourceDocument: 'Peer challenge 2025', IssuedOn: '2025-11-01T00:00:00Z', Description: 'Strengthen scrutiny', Statutory: false });
    expect(recommendationFromItem({ ...values, Id: 2 }, () => undefined)).toEqual(rec);
  });
  it('reads an unknown source as Other, reported', () => {
    const { sink, problems } = collector();
    expect(recommendationFromItem({ Id: 3, Title: 'D2', Source: 'Auditor' }, sink)).toEqual({ id: '3', reference: 'D2', source: 'Other', text: '', statutory: false });
    expect(problems.map((p) => p.column)).toEqual(['Source']);
  });
});
