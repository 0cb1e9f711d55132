import { decideChangeRequest } from '../../../src/application/changes';
import type { CurrentUser, PlanServices, Versioned } from '../../../src/application/ports/planRepository';
import type { Action, ChangeRequest, Person } from '../../../src/domain';

const officer: Person = { displayName: 'Tom Okafor', email: 't.okafor@northmoor.gov.uk', login: 't.okafor@northmoor.gov.uk' };
const head: Person = { displayName: 'Priya Shah', email: 'p.shah@northmoor.gov.uk', login: 'p.shah@northmoor.gov.uk' };
const lead: Person = { displayName: 'Aisha Bello', email: 'a.bello@northmoor.gov.uk', login: 'a.bello@northmoor.gov.uk' };
const now = (): Date => new Date('2026-11-23T10:00:00Z');

const action: Action = {
  id: '17', code: 'LD.A1', title: 'Leadership development programme', themeCode: 'LD', workstreamCode: 'LD.A', kind: 'main', lead,
  baselineDueDate: '2027-01-31', currentDueDate: '2027-01-31', status: 'InProgress', rating: 'Amber', issues: [], evidence: [],
  reprofileCount: 0, recommendationIds: [], riskIds: []
};

function request(requestedBy: Person): Versioned<ChangeRequest> {
  return {
    version: '"1"',
    value: {
      id: '5', reference: 5, type: 'Timescale', status: 'Submitted', actionId: '17', targetCode: 'LD.A1', targetTitle: action.title,
      rationale: 'The external facilitator moved the second cohort to March.', requestedBy, requestedOn: '2026-11-20',
      changes: [{ field: 'currentDueDate', oldValue: '2027-01-31', newValue: '2027-03-31' }]
    } as unknown as ChangeRequest
  };
}

function services(user: CurrentUser): PlanServices & { decided: jest.Mock; updated: jest.Mock } {
  const decided = jest.fn(async () => '"2"');
  const updated = jest.fn(async () => '"3"');
  return {
    decided,
    updated,
    currentUser: async () => user,
    decideChangeRequest: decided,
    getAction: async () => ({ value: action, version: '"1"' }),
    updateAction: updated
  } as unknown as PlanServices & { decided: jest.Mock; updated: jest.Mock };
}

describe('deciding a change request', () => {
  it('refuses the programme officer who asked for it, and writes nothing', async () => {
    const s = services({ person: officer, canEdit: true, canManage: true });
    const result = await decideChangeRequest(s, request(officer), 'Approved', 'Fine', now);
    expect(result).toEqual({ outcome: 'refused', reason: 'Change 5 must be decided by someone other than its requester.' });
    expect(s.decided).not.toHaveBeenCalled();
    expect(s.updated).not.toHaveBeenCalled();
  });

  it('refuses anyone who does not manage the plan, even for someone else\'s request', async () => {
    const s = services({ person: lead, canEdit: true, canManage: false });
    expect(await decideChangeRequest(s, request(officer), 'Approved', '', now)).toEqual({ outcome: 'refused', reason: 'Only the programme office can decide change requests.' });
    expect(s.decided).not.toHaveBeenCalled();
  });

  it('records the decision with the signed-in decider\'s name and applies an approved new date', async () => {
    const s = services({ person: head, canEdit: true, canManage: true });
    const result = await decideChangeRequest(s, request(lead), 'Approved', ' Agreed at the board ', now);
    expect(s.decided).toHaveBeenCalledWith('5', { status: 'Approved', by: head, on: '2026-11-23', note: 'Agreed at the board' }, '"1"');
    expect(result).toMatchObject({ outcome: 'decided', request: { decidedBy: head, status: 'Approved' }, applied: { ok: true, actionCode: 'LD.A1' } });
    expect(s.updated).toHaveBeenCalledWith('17', expect.objectContaining({ currentDueDate: '2027-03-31', reprofileCount: 1 }), '"1"');
  });

  it('records a rejection without touching the action', async () => {
    const s = services({ person: head, canEdit: true, canManage: true });
    expect(await decideChangeRequest(s, request(lead), 'Rejected', 'Not evidenced', now)).toMatchObject({ outcome: 'decided', applied: { ok: true } });
    expect(s.updated).not.toHaveBeenCalled();
  });
});
