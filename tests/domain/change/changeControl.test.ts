import {
  actionFromChange,
  applyChangeToAction,
  approveChange,
  changeLog,
  countApprovedChanges,
  decideChange,
  describeChangeCounts,
  nextChangeReference,
  pendingReprofile,
  rateAction,
  rejectChange,
  requestClosure,
  requestDescriptionChange,
  requestNewAction,
  requestNewWorkstream,
  requestReprofile,
  summariseChange,
  withdrawChange,
  workstreamFromChange,
  type ChangeRequest,
  type ChangeRequestBasis,
  type Result
} from '../../../src/domain';
import { director, lead, makeAction, pmo } from '../fixtures';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function error<T>(result: Result<T>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const basis: ChangeRequestBasis = { id: 'cr-81', reference: 81, requestedBy: lead, requestedOn: '2026-04-02', rationale: 'Cabinet approval moved to March' };
const action = makeAction({ id: 'a1', code: 'OC.A2.1', baselineDueDate: '2026-03-31', currentDueDate: '2026-03-31' });

describe('reprofiling', () => {
  it('keeps the baseline, counts the reprofile and rates against the new date once approved', () => {
    const request = value(requestReprofile(action, '2026-06-30', basis));
    expect(request).toMatchObject({ type: 'Timescale', status: 'Submitted', targetCode: 'OC.A2.1', changes: [{ field: 'currentDueDate', oldValue: '2026-03-31', newValue: '2026-06-30' }] });
    expect(rateAction(action, '2026-04-12').rating).toBe('Amber');
    expect(error(applyChangeToAction(action, request))).toMatch(/has not been approved/);

    const approved = value(approveChange(request, director, '2026-04-10', '  Improvement Board  '));
    expect(approved).toMatchObject({ status: 'Approved', decidedBy: director, decidedOn: '2026-04-10', decisionNote: 'Improvement Board' });
    const reprofiled = value(applyChangeToAction(action, approved));
    expect(reprofiled).toMatchObject({ baselineDueDate: '2026-03-31', currentDueDate: '2026-06-30', reprofileCount: 1 });
    expect(rateAction(reprofiled, '2026-04-12').rating).toBe('Green');
    expect(summariseChange(approved)).toBe('Due date 31 Mar 2026 to 30 Jun 2026');
  });

  it('records the first date as the baseline when the action only had a current date', () => {
    const undated = makeAction({ currentDueDate: '2026-03-31' });
    const approved = value(approveChange(value(requestReprofile(undated, '2026-05-31', basis)), director, '2026-04-03'));
    expect(value(applyChangeToAction(undated, approved))).toMatchObject({ baselineDueDate: '2026-03-31', currentDueDate: '2026-05-31' });
  });

  it('can give a date to an action that had none', () => {
    const request = value(requestReprofile(makeAction({ dueDateText: 'TBC' }), '2026-09-30', basis));
    expect(request.changes).toEqual([{ field: 'currentDueDate', newValue: '2026-09-30' }]);
    expect(summariseChange(request)).toBe('Due date none to 30 Sep 2026');
  });

  it.each([
    [action, '2026-02-30', basis, /new due date must be a real day/],
    [makeAction({ status: 'Complete' }), '2026-06-30', basis, /is complete; its dates can no longer change/],
    [makeAction({ status: 'Closed' }), '2026-06-30', basis, /is closed/],
    [action, '2026-03-31', basis, /already due on 31 Mar 2026/],
    [action, '2026-06-30', { ...basis, rationale: '   ' }, /needs a rationale/],
    [action, '2026-06-30', { ...basis, reference: 0 }, /reference must be a whole number/],
    [action, '2026-06-30', { ...basis, requestedOn: 'yesterday' }, /request date must be a real day/]
  ])('refuses %#', (target, date, b, message) => {
    expect(error(requestReprofile(target, date, b))).toMatch(message);
  });

  it('refuses to apply a request made against a date that has since changed', () => {
    const approved = value(approveChange(value(requestReprofile(action, '2026-06-30', basis)), director, '2026-04-10'));
    const moved = { ...action, currentDueDate: '2026-05-31' };
    expect(error(applyChangeToAction(moved, approved))).toMatch(/now due 31 May 2026, not the date change 81 was made against/);
    expect(error(applyChangeToAction({ ...action, currentDueDate: undefined, baselineDueDate: undefined }, approved))).toMatch(/now due with no date/);
    const broken: ChangeRequest = { ...approved, changes: [] };
    expect(error(applyChangeToAction(action, broken))).toMatch(/has no new due date/);
    expect(error(applyChangeToAction(makeAction({ id: 'other' }), approved))).toMatch(/for a different action/);
  });

  it('finds the reprofile awaiting decision', () => {
    const request = value(requestReprofile(action, '2026-06-30', basis));
    expect(pendingReprofile('a1', [request])).toBe(request);
    expect(pendingReprofile('a1', [value(withdrawChange(request))])).toBeUndefined();
  });
});

describe('decisions', () => {
  const request = value(requestReprofile(action, '2026-06-30', basis));

  it.each([
    [request, lead, '2026-04-10', /decided by someone other than its requester/],
    [request, { displayName: 'Another', email: lead.email }, '2026-04-10', /someone other than its requester/],
    [request, director, '2026-04-01', /on or after the request date/],
    [request, director, 'soon', /real day/],
    [{ ...request, status: 'Approved' as const }, director, '2026-04-10', /already approved/]
  ])('refuses %#', (r, by, on, message) => {
    expect(error(decideChange(r, 'Approved', by, on))).toMatch(message);
  });

  it('rejects and withdraws', () => {
    const rejected = value(rejectChange(request, director, '2026-04-10'));
    expect(rejected.status).toBe('Rejected');
    expect(rejected).not.toHaveProperty('decisionNote');
    expect(error(withdrawChange(rejected))).toMatch(/already rejected/);
    expect(value(withdrawChange(request)).status).toBe('Withdrawn');
  });
});

describe('descriptions and closures', () => {
  const described = makeAction({ title: 'Old title', description: 'Old wording' });

  it('changes the wording once approved', () => {
    const request = value(requestDescriptionChange(described, { title: ' New title ', description: 'New wording' }, basis));
    expect(request.changes).toEqual([
      { field: 'title', oldValue: 'Old title', newValue: 'New title' },
      { field: 'description', oldValue: 'Old wording', newValue: 'New wording' }
    ]);
    expect(summariseChange(request)).toBe('Title reworded; Description reworded');
    const approved = value(approveChange(request, director, '2026-04-05'));
    expect(value(applyChangeToAction(described, approved))).toMatchObject({ title: 'New title', description: 'New wording' });
    expect(error(applyChangeToAction({ ...described, title: 'Edited meanwhile' }, approved))).toMatch(/title of OC.A2 has changed/);
  });

  it('adds a description where there was none', () => {
    const request = value(requestDescriptionChange(makeAction(), { description: 'First wording' }, basis));
    expect(request.changes).toEqual([{ field: 'description', newValue: 'First wording' }]);
    const approved = value(approveChange(request, director, '2026-04-05'));
    expect(value(applyChangeToAction(makeAction(), approved)).description).toBe('First wording');
  });

  it('falls back to the old title when a title change has no new value', () => {
    const approved: ChangeRequest = { ...value(approveChange(value(requestDescriptionChange(described, { title: 'X title' }, basis)), director, '2026-04-05')), changes: [{ field: 'title', oldValue: 'Old title' }] };
    expect(value(applyChangeToAction(described, approved)).title).toBe('Old title');
  });

  it.each([
    [{ title: 'Old title', description: 'Old wording' }, /same as the current wording/],
    [{}, /same as the current wording/],
    [{ title: '  ' }, /title cannot be empty/]
  ])('refuses %p', (proposed, message) => {
    expect(error(requestDescriptionChange(described, proposed, basis))).toMatch(message);
  });

  it('closes with the rationale', () => {
    const closure = value(requestClosure(action, { ...basis, rationale: 'Merged into the customer journey programme' }));
    const approved = value(approveChange(closure, director, '2026-04-05'));
    expect(value(applyChangeToAction(action, approved))).toMatchObject({ status: 'Closed', closureRationale: 'Merged into the customer journey programme' });
    expect(rateAction(value(applyChangeToAction(action, approved)), '2026-04-12').rating).toBe('Closed');
    expect(summariseChange(approved)).toBe('Closed: Merged into the customer journey programme');
    expect(error(requestClosure(makeAction({ status: 'Closed' }), basis))).toMatch(/already closed/);
    expect(error(requestClosure(makeAction({ status: 'Complete' }), basis))).toMatch(/already complete/);
  });
});

describe('new actions and workstreams', () => {
  it('adds a lettered sub-action with baseline equal to its due date', () => {
    const parent = makeAction({ id: 'p53', code: '5.3', themeCode: 'A2', workstreamCode: '5' });
    const request = value(
      requestNewAction(
        { kind: 'sub', code: '5.3 (j)', title: ' Evaluate training ', description: 'Survey attendees', themeCode: 'A2', workstreamCode: '5', parent, startDate: '2026-05-01', dueDate: '2026-07-31', lead },
        basis
      )
    );
    expect(request).toMatchObject({ type: 'NewSubAction', targetCode: '5.3(j)', targetTitle: 'Evaluate training' });
    expect(summariseChange(request)).toBe('New sub-action 5.3(j) added: Evaluate training');
    expect(error(actionFromChange(request, 'n1'))).toMatch(/not been approved/);
    const created = value(actionFromChange(value(approveChange(request, director, '2026-04-03')), 'n1'));
    expect(created).toEqual({
      id: 'n1',
      code: '5.3(j)',
      title: 'Evaluate training',
      description: 'Survey attendees',
      themeCode: 'A2',
      workstreamCode: '5',
      parentId: 'p53',
      kind: 'sub',
      lead: { displayName: lead.displayName, email: lead.email },
      startDate: '2026-05-01',
      baselineDueDate: '2026-07-31',
      currentDueDate: '2026-07-31',
      status: 'NotStarted',
      issues: [],
      evidence: [],
      reprofileCount: 0,
      recommendationIds: [],
      riskIds: []
    });
  });

  it('adds a bare main action', () => {
    const request = value(requestNewAction({ kind: 'main', code: 'OC.A7', title: 'Recognition scheme', themeCode: 'OC', workstreamCode: 'OC.A', lead: { displayName: 'HR' } }, basis));
    expect(request.type).toBe('NewMainAction');
    const created = value(actionFromChange(value(approveChange(request, director, '2026-04-03')), 'n2'));
    expect(created).toMatchObject({ kind: 'main', lead: { displayName: 'HR' } });
    expect(created).not.toHaveProperty('baselineDueDate');
    const bare: ChangeRequest = { ...value(approveChange(request, director, '2026-04-03')), changes: [] };
    expect(value(actionFromChange(bare, 'n3'))).toMatchObject({ themeCode: '', workstreamCode: '' });
  });

  it.each([
    [{ kind: 'main', code: 'OC..A', title: 'x', themeCode: 'OC', workstreamCode: 'OC.A' }, /empty part/],
    [{ kind: 'main', code: 'OC.A7', title: ' ', themeCode: 'OC', workstreamCode: 'OC.A' }, /needs a title/],
    [{ kind: 'sub', code: 'OC.A7.1', title: 'x', themeCode: 'OC', workstreamCode: 'OC.A' }, /new sub-action needs a parent/],
    [{ kind: 'assurance', code: 'OC.A7.2', title: 'x', themeCode: 'OC', workstreamCode: 'OC.A' }, /new assurance action needs a parent/],
    [{ kind: 'main', code: 'OC.A7', title: 'x', themeCode: 'OC', workstreamCode: 'OC.A', startDate: '2026-13-01' }, /start date must be a real day/],
    [{ kind: 'main', code: 'OC.A7', title: 'x', themeCode: 'OC', workstreamCode: 'OC.A', dueDate: 'March' }, /due date must be a real day/],
    [{ kind: 'main', code: 'OC.A7', title: 'x', themeCode: 'OC', workstreamCode: 'OC.A', startDate: '2026-05-01', dueDate: '2026-04-01' }, /before the start date/]
  ] as const)('refuses new action %#', (proposal, message) => {
    expect(error(requestNewAction(proposal, basis))).toMatch(message);
  });

  it('adds an assurance action and a workstream', () => {
    const assurance = value(requestNewAction({ kind: 'assurance', code: 'OC.A2.9', title: 'Check strategy is embedded', themeCode: 'OC', workstreamCode: 'OC.A', parent: action }, basis));
    expect(assurance.type).toBe('NewAssuranceAction');
    const ws = value(requestNewWorkstream({ code: 'sd.g', name: ' Customer journey ', themeCode: 'SD', description: 'Customer experience' }, basis));
    expect(ws).toMatchObject({ type: 'NewWorkstream', targetCode: 'SD.G', targetTitle: 'Customer journey' });
    const approved = value(approveChange(ws, director, '2026-04-03'));
    expect(value(workstreamFromChange(approved, 'w9', 7))).toEqual({ id: 'w9', code: 'SD.G', themeCode: 'SD', name: 'Customer journey', description: 'Customer experience', order: 7 });
    const plain = value(approveChange(value(requestNewWorkstream({ code: 'SD.H', name: 'Digital', themeCode: 'SD' }, basis)), director, '2026-04-03'));
    expect(value(workstreamFromChange(plain, 'w10', 8))).not.toHaveProperty('description');
    expect(value(workstreamFromChange({ ...plain, changes: [] }, 'w11', 9)).themeCode).toBe('');
    expect(error(workstreamFromChange(ws, 'w9', 7))).toMatch(/not been approved/);
    expect(error(workstreamFromChange(value(approveChange(assurance, director, '2026-04-03')), 'w9', 7))).toMatch(/does not add a workstream/);
    expect(error(actionFromChange(approved, 'x'))).toMatch(/does not add an action/);
    expect(error(applyChangeToAction(action, { ...approved, actionId: 'a1' }))).toMatch(/adds a new item/);
    expect(error(requestNewWorkstream({ code: '', name: 'x', themeCode: 'SD' }, basis))).toMatch(/required/);
    expect(error(requestNewWorkstream({ code: 'SD.I', name: ' ', themeCode: 'SD' }, basis))).toMatch(/needs a name/);
  });
});

describe('the change log', () => {
  const timescale = value(approveChange(value(requestReprofile(action, '2026-06-30', { ...basis, id: 'c2', reference: 82 })), director, '2026-04-10'));
  const closure = value(approveChange(value(requestClosure(action, { ...basis, id: 'c1', reference: 81, requestedOn: '2026-03-15' })), director, '2026-03-20'));
  const rejected = value(rejectChange(value(requestReprofile(action, '2026-05-31', { ...basis, id: 'c3', reference: 83 })), director, '2026-04-11'));
  const submitted = value(requestNewWorkstream({ code: 'SD.G', name: 'Customer journey', themeCode: 'SD' }, { ...basis, id: 'c4', reference: 84 }));

  it('lists every change, decided or not, by reference', () => {
    const log = changeLog([submitted, timescale, rejected, closure]);
    expect(log.map((e) => [e.reference, e.typeLabel, e.status])).toEqual([
      [81, 'Closure', 'Approved'],
      [82, 'Change of timescale', 'Approved'],
      [83, 'Change of timescale', 'Rejected'],
      [84, 'New workstream', 'Submitted']
    ]);
    expect(log[1]).toMatchObject({ summary: 'Due date 31 Mar 2026 to 30 Jun 2026', decidedBy: director, decidedOn: '2026-04-10', requestedBy: lead });
    expect(log[3]).not.toHaveProperty('decidedBy');
  });

  it('numbers the next change after the highest', () => {
    expect(nextChangeReference([closure, rejected, timescale])).toBe(84);
    expect(nextChangeReference([])).toBe(1);
  });

  it('counts approved changes by type within dates and writes them as a report does', () => {
    const all = [timescale, closure, rejected, submitted];
    const counts = countApprovedChanges(all);
    expect(counts).toMatchObject({ Timescale: 1, Closure: 1, NewWorkstream: 0 });
    expect(countApprovedChanges(all, '2026-04-01', '2026-04-30')).toMatchObject({ Timescale: 1, Closure: 0 });
    expect(countApprovedChanges(all, undefined, '2026-03-31')).toMatchObject({ Timescale: 0, Closure: 1 });
    expect(countApprovedChanges([{ ...timescale, decidedOn: undefined }])).toMatchObject({ Timescale: 0 });
    expect(describeChangeCounts(counts)).toEqual(['1 change of timescale', '1 closure']);
    expect(
      describeChangeCounts({ Description: 3, Timescale: 42, NewWorkstream: 1, NewMainAction: 6, NewSubAction: 29, NewAssuranceAction: 28, Closure: 8 })
    ).toEqual([
      '3 changes of description',
      '42 changes of timescale',
      '1 new workstream',
      '6 new main actions',
      '29 new sub-actions',
      '28 new assurance actions',
      '8 closures'
    ]);
    expect(pmo.displayName).toBe('Programme Office');
  });
});
