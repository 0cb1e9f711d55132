import { ConflictError, ValidationError } from '../../../src/application/errors';
import type { PlanServices } from '../../../src/application/ports/planRepository';
import { periodOf, previewRating, submitActionUpdate, validateActionUpdate, type ActionUpdateInput } from '../../../src/application/updates';
import type { Action, Person } from '../../../src/domain';

const lead: Person = { displayName: 'Priya Shah', email: 'p.shah@northmoor.gov.uk', login: 'p.shah@northmoor.gov.uk' };
/** 23 Nov 2026, 10:00 in London. */
const now = new Date('2026-11-23T10:00:00Z');

function action(overrides: Partial<Action> = {}): Action {
  return {
    id: '17',
    code: 'GV.B2',
    title: 'Refresh the scheme of delegation',
    themeCode: 'GV',
    workstreamCode: 'GV.B',
    kind: 'main',
    lead,
    startDate: '2026-04-01',
    baselineDueDate: '2027-03-31',
    currentDueDate: '2027-03-31',
    status: 'InProgress',
    progressPercent: 40,
    rating: 'Green',
    issues: [],
    evidence: [],
    reprofileCount: 0,
    recommendationIds: [],
    riskIds: [],
    ...overrides
  };
}

function input(overrides: Partial<ActionUpdateInput> = {}): ActionUpdateInput {
  return { status: 'InProgress', progressPercent: 45, commentary: 'Draft scheme out for consultation with group leaders.', ...overrides };
}

/** Port doubles recording the order of calls, so the use case's ordering is what is tested. */
function services(overrides: Partial<PlanServices> = {}): PlanServices & { calls: string[] } {
  const calls: string[] = [];
  const record = <T>(name: string, value: T) =>
    jest.fn(async () => {
      calls.push(name);
      return value;
    });
  return {
    calls,
    loadPlan: record('loadPlan', undefined as never),
    getAction: record('getAction', undefined as never),
    updateAction: record('updateAction', '"2"'),
    addProgressUpdate: jest.fn(async (u) => {
      calls.push('addProgressUpdate');
      return { ...u, id: 'pu1' };
    }),
    listProgressUpdates: record('listProgressUpdates', []),
    listChangeRequests: record('listChangeRequests', []),
    submitChangeRequest: jest.fn(async (r) => {
      calls.push('submitChangeRequest');
      return { ...r, id: 'cr1', reference: 41, status: 'Submitted' as const };
    }),
    decideChangeRequest: record('decideChangeRequest', '"2"'),
    currentUser: record('currentUser', { person: lead, canEdit: true, canManage: false }),
    ...overrides
  } as PlanServices & { calls: string[] };
}

describe('validateActionUpdate', () => {
  it('accepts an ordinary on-track update', () => {
    expect(validateActionUpdate(action(), input(), now, lead)).toEqual([]);
  });

  it('asks for commentary when the action will be Amber or Red', () => {
    const overdue = action({ currentDueDate: '2026-10-31', baselineDueDate: '2026-10-31' });
    const problems = validateActionUpdate(overdue, input({ commentary: '  ' }), now, lead);
    expect(problems).toEqual([expect.objectContaining({ field: 'commentary', message: expect.stringMatching(/will be (Amber|Red).*commentary/) })]);
  });

  it('needs a reason for an override, and only Red, Amber or Green can be chosen', () => {
    expect(validateActionUpdate(action(), input({ overrideRating: 'Amber' }), now, lead)[0]).toMatchObject({ field: 'overrideReason' });
    expect(validateActionUpdate(action(), input({ overrideRating: 'Complete', overrideReason: 'Finished early, signed off' }), now, lead)[0]).toMatchObject({
      field: 'overrideRating'
    });
  });

  it.each([
    ['progress over 100', { progressPercent: 120 }, 'progressPercent', /0 to 100/],
    ['progress not a number', { progressPercent: Number.NaN }, 'progressPercent', /0 to 100/],
    ['a script link as evidence', { evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl', /https:\/\//],
    ['a day that does not exist', { requestedDueDate: '2026-02-30', dateChangeRationale: 'Consultation extended' }, 'requestedDueDate', /real day/],
    ['a new date in the past', { requestedDueDate: '2026-01-31', dateChangeRationale: 'Consultation extended' }, 'requestedDueDate', /in the past/],
    ['the date already in force', { requestedDueDate: '2027-03-31', dateChangeRationale: 'Consultation extended' }, 'requestedDueDate', /already due/],
    ['a new date without a reason', { requestedDueDate: '2027-06-30' }, 'dateChangeRationale', /why the date needs to change/],
    ['closing without a reason', { status: 'Closed' as const }, 'closureRationale', /change control/],
    ['commentary too long', { commentary: 'x'.repeat(10001) }, 'commentary', /^The commentary is 10,001 characters long; the most it can hold is 10,000\. Shorten it by 1 character\.$/],
    ['next steps too long', { nextSteps: 'x'.repeat(12000) }, 'nextSteps', /^Next steps is 12,000 characters long; the most it can hold is 10,000\. Shorten it by 2,000 characters\.$/],
    ['an evidence title longer than one line holds', { evidenceUrl: 'https://x.sharepoint.com/d', evidenceTitle: 't'.repeat(256) }, 'evidenceTitle', /^The evidence title is 256 characters long; it is one line, and SharePoint keeps at most 255\./]
  ])('explains %s', (_label, change, field, message) => {
    const problems = validateActionUpdate(action(), input(change), now, lead);
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
  });

  it('refuses a new date for a completed action', () => {
    const done = action({ status: 'Complete', completedOn: '2026-10-01' });
    const problems = validateActionUpdate(done, input({ status: 'Complete', requestedDueDate: '2027-06-30', dateChangeRationale: 'x' }), now, lead);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/complete, so its dates can no longer change/);
  });
});

describe('previewRating', () => {
  it('shows the rating the update would give and why', () => {
    const late = action({ currentDueDate: '2026-09-30', baselineDueDate: '2026-09-30' });
    const preview = previewRating(late, input(), now, lead);
    expect(preview.rating).toBe('Red');
    expect(preview.reason).toMatch(/Due 30 Sept? 2026, 54 days overdue/);
  });

  it('shows Complete once the lead reports it done', () => {
    expect(previewRating(action(), input({ status: 'Complete' }), now, lead).rating).toBe('Complete');
  });

  it('keeps an override visible in the reason', () => {
    const preview = previewRating(action(), input({ overrideRating: 'Amber', overrideReason: 'Key officer on long-term leave' }), now, lead);
    expect(preview.rating).toBe('Amber');
    expect(preview.reason).toMatch(/Set to Amber by Priya Shah.*Key officer on long-term leave.*Calculated rating Green/);
  });
});

describe('submitActionUpdate', () => {
  it('saves the action against the version the lead saw, then records history', async () => {
    const s = services();
    const result = await submitActionUpdate(s, action(), '"1"', input(), lead, now);
    expect(s.calls).toEqual(['updateAction', 'addProgressUpdate']);
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.objectContaining({ status: 'InProgress', progressPercent: 45, rating: 'Green', lastUpdated: now }), '"1"', expect.any(String));
    expect(s.addProgressUpdate).toHaveBeenCalledWith(expect.objectContaining({ actionId: '17', periodId: '2026-11', ratingAtSubmission: 'Green', submittedBy: lead }), expect.stringMatching(/:history$/));
    expect(result).toMatchObject({ version: '"2"', action: { progressPercent: 45, rating: 'Green' } });
    expect(result.slipped).toBeUndefined();
  });

  it('keeps the commentary on record when an on-track update leaves the box empty, and records the silence in the history', async () => {
    const s = services();
    await submitActionUpdate(s, action({ commentary: 'Scope agreed with the Monitoring Officer.' }), '"1"', input({ commentary: '   ' }), lead, now);
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.objectContaining({ commentary: 'Scope agreed with the Monitoring Officer.' }), '"1"', expect.any(String));
    expect(s.addProgressUpdate).toHaveBeenCalledWith(expect.objectContaining({ commentary: '' }), expect.any(String));
  });

  it('reports a slip from Green into Amber with a stable key', async () => {
    const s = services();
    const result = await submitActionUpdate(
      s,
      action(),
      '"1"',
      input({ overrideRating: 'Amber', overrideReason: 'Legal review found gaps in the draft', commentary: 'Legal review found gaps.' }),
      lead,
      now
    );
    expect(result.slipped).toMatchObject({ key: '17:Green->Amber:2027-03-31', fromRating: 'Green', toRating: 'Amber', themeCode: 'GV' });
  });

  it('announces a slip once, after the save and its history entry, as the person who saved, without asking who they are', async () => {
    const s = services();
    const announce = jest.fn(async () => {
      s.calls.push('announce');
      return { status: 'posted' as const };
    });
    const slip = input({ overrideRating: 'Amber', overrideReason: 'Legal review found gaps in the draft', commentary: 'Legal review found gaps.' });
    const result = await submitActionUpdate(s, action(), '"1"', slip, lead, now, undefined, { announcer: { announce }, themeName: 'Governance' });
    await expect(result.announcement).resolves.toEqual({ status: 'posted' });
    expect(s.calls).toEqual(['updateAction', 'addProgressUpdate', 'announce']);
    expect(announce).toHaveBeenCalledWith({
      event: expect.objectContaining({ key: '17:Green->Amber:2027-03-31' }),
      action: expect.objectContaining({ id: '17', rating: 'Amber' }),
      changedBy: lead,
      themeName: 'Governance',
      progressUpdateId: 'pu1'
    });
  });

  it('reports an announcer that fails as a card left for the sweep, and the save still stands', async () => {
    const announce = jest.fn(async () => Promise.reject(new Error('Graph answered 403')));
    const slip = input({ overrideRating: 'Red', overrideReason: 'Legal review found gaps in the draft', commentary: 'Legal review found gaps.' });
    const result = await submitActionUpdate(services(), action(), '"1"', slip, lead, now, undefined, { announcer: { announce } });
    expect(result.version).toBe('"2"');
    await expect(result.announcement).resolves.toEqual({ status: 'leftForSweep', detail: 'Graph answered 403' });
  });

  it('announces nothing when nothing slipped', async () => {
    const announce = jest.fn(async () => ({ status: 'posted' as const }));
    const result = await submitActionUpdate(services(), action({ rating: 'Red' }), '"1"', input(), lead, now, undefined, { announcer: { announce } });
    expect(result.announcement).toBeUndefined();
    expect(announce).not.toHaveBeenCalled();
  });

  it('saves a forecast completion date with the update and rates against it; an update that says nothing of it keeps the one on record', async () => {
    const s = services();
    const later = await submitActionUpdate(s, action(), '"1"', input({ forecastDate: '2027-06-30', commentary: 'Forecast moved to June.' }), lead, now);
    expect(later.action.forecastDate).toBe('2027-06-30');
    expect(later.action.rating).toBe('Red');
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.objectContaining({ forecastDate: '2027-06-30' }), '"1"', expect.anything());
    expect(s.addProgressUpdate).toHaveBeenCalledWith(expect.objectContaining({ forecastDate: '2027-06-30' }), expect.anything());
    const silent = await submitActionUpdate(services(), action({ forecastDate: '2027-03-20' }), '"1"', input(), lead, now);
    expect(silent.action.forecastDate).toBe('2027-03-20');
    const cleared = await submitActionUpdate(services(), action({ forecastDate: '2027-03-20' }), '"1"', input({ forecastDate: undefined }), lead, now);
    expect(cleared.action.forecastDate).toBeUndefined();
  });

  it('refuses a forecast completion date in the past', async () => {
    await expect(submitActionUpdate(services(), action(), '"1"', input({ forecastDate: '2026-10-01' }), lead, now)).rejects.toThrow(ValidationError);
  });

  it('never reports an improvement as a slip', async () => {
    const result = await submitActionUpdate(services(), action({ rating: 'Red' }), '"1"', input(), lead, now);
    expect(result.slipped).toBeUndefined();
  });

  it('turns a new date into a change request and leaves the dates alone', async () => {
    const s = services();
    const result = await submitActionUpdate(s, action(), '"1"', input({ requestedDueDate: '2027-06-30', dateChangeRationale: 'Consultation extended by Council' }), lead, now);
    expect(s.calls).toEqual(['updateAction', 'addProgressUpdate', 'submitChangeRequest']);
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.not.objectContaining({ currentDueDate: expect.anything() }), '"1"', expect.any(String));
    expect(s.submitChangeRequest).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'Timescale', actionId: '17', rationale: 'Consultation extended by Council', requestedBy: lead, requestedOn: '2026-11-23' }),
      expect.stringMatching(/:changeRequest$/)
    );
    expect(result.changeRequest).toMatchObject({ reference: 41, status: 'Submitted' });
  });

  it('asks change control to close instead of closing', async () => {
    const s = services();
    const result = await submitActionUpdate(s, action(), '"1"', input({ status: 'Closed', closureRationale: 'Superseded by the new constitution work' }), lead, now);
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.objectContaining({ status: 'InProgress' }), '"1"', expect.any(String));
    expect(result.changeRequest).toMatchObject({ type: 'Closure' });
  });

  it('writes nothing when the input is invalid', async () => {
    const s = services();
    await expect(submitActionUpdate(s, action(), '"1"', input({ progressPercent: -5 }), lead, now)).rejects.toBeInstanceOf(ValidationError);
    expect(s.calls).toEqual([]);
  });

  it('stops at a conflict: no history and no change request describe a save that did not happen', async () => {
    const conflict = new ConflictError('Changed by someone else', {}, action({ progressPercent: 60 }), '"3"');
    const s = services({ updateAction: jest.fn(async () => Promise.reject(conflict)) });
    await expect(
      submitActionUpdate(s, action(), '"1"', input({ requestedDueDate: '2027-06-30', dateChangeRationale: 'Consultation extended' }), lead, now)
    ).rejects.toBe(conflict);
    expect(s.addProgressUpdate).not.toHaveBeenCalled();
    expect(s.submitChangeRequest).not.toHaveBeenCalled();
  });

  it('keeps a saved update when SharePoint refuses the history write for longer than the retries: it is reported with its retry, not as "not saved"', async () => {
    const throttled = new Error('Retry count exceeded (6)');
    let refusals = 1;
    const addProgressUpdate = jest.fn(async (u) => {
      if (refusals-- > 0) throw throttled;
      return { ...u, id: 'pu9' };
    });
    const s = services({ addProgressUpdate: addProgressUpdate as PlanServices['addProgressUpdate'] });
    const result = await submitActionUpdate(
      s,
      action(),
      '"1"',
      input({ overrideRating: 'Red', overrideReason: 'Supplier withdrew', commentary: 'Re-procurement next month.', requestedDueDate: '2027-06-30', dateChangeRationale: 'Re-procurement' }),
      lead,
      now
    );
    // The save stands, the change request still went, and the slip is still reported for the alert.
    expect(result.version).toBe('"2"');
    expect(result.changeRequest).toMatchObject({ reference: 41 });
    expect(result.slipped).toMatchObject({ toRating: 'Red' });
    expect(result.unfinished).toEqual([expect.objectContaining({ kind: 'progressHistory', error: 'Retry count exceeded (6)' })]);
    // Retrying writes exactly the entry that was missing.
    await expect(result.unfinished?.[0].retry()).resolves.toBeUndefined();
    expect(addProgressUpdate).toHaveBeenCalledTimes(2);
    expect(addProgressUpdate.mock.calls[1][0]).toEqual(addProgressUpdate.mock.calls[0][0]);
  });

  it('reports an unfinished change request with a retry that returns the request', async () => {
    let refusals = 1;
    const submitChangeRequest = jest.fn(async (r) => {
      if (refusals-- > 0) throw new Error('The connection was reset');
      return { ...r, id: 'cr2', reference: 42, status: 'Submitted' as const };
    });
    const s = services({ submitChangeRequest: submitChangeRequest as PlanServices['submitChangeRequest'] });
    const result = await submitActionUpdate(s, action(), '"1"', input({ requestedDueDate: '2027-06-30', dateChangeRationale: 'Consultation extended' }), lead, now);
    expect(result.changeRequest).toBeUndefined();
    expect(result.unfinished?.map((u) => u.kind)).toEqual(['changeRequest']);
    await expect(result.unfinished?.[0].retry()).resolves.toMatchObject({ reference: 42 });
  });

  it('keys every write of one update: the history entry and change request follow from the save’s key, and a retry sends the same key', async () => {
    let refusals = 1;
    const addProgressUpdate = jest.fn(async (u: Parameters<PlanServices['addProgressUpdate']>[0], _key?: string) => {
      if (refusals-- > 0) throw new TypeError('fetch failed');
      return { ...u, id: 'pu9' };
    });
    const s = services({ addProgressUpdate });
    const result = await submitActionUpdate(s, action(), '"1"', input({ requestedDueDate: '2027-06-30', dateChangeRationale: 'Consultation extended' }), lead, now, 'op-1');
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.anything(), '"1"', 'op-1');
    expect(s.submitChangeRequest).toHaveBeenCalledWith(expect.anything(), 'op-1:changeRequest');
    await result.unfinished?.[0].retry();
    // The same key both times: if the first attempt was carried out and only its answer lost, the store finds it.
    expect(addProgressUpdate.mock.calls.map((c) => c[1])).toEqual(['op-1:history', 'op-1:history']);
  });

  it('a host that submits again after a lost answer, with the same key, gets the save reported once, not a conflict', async () => {
    const { createInMemoryPlanServices } = await import('../../support/fakes/inMemoryPlanServices');
    const mine = action();
    const store = createInMemoryPlanServices({
      plan: { name: 'Plan', council: 'Northmoor', shape: 'codedThemes', themes: [], workstreams: [], actions: [mine], milestones: [], risks: [], recommendations: [], progressUpdates: [], changeRequests: [] } as never,
      user: { person: lead, canEdit: true, canManage: false }
    });
    const { version } = await store.getAction('17');
    const first = await submitActionUpdate(store, mine, version, input(), lead, now, 'op-2');
    // The first answer never arrived, so the host submits the same update against the version it had.
    const again = await submitActionUpdate(store, mine, version, input(), lead, now, 'op-2');
    expect(again.version).toBe(first.version);
    expect(again.progressUpdateId).toBe(first.progressUpdateId);
    expect(await store.listProgressUpdates('17')).toHaveLength(1);
  });

  it('checks a change request before saving anything', async () => {
    const s = services();
    const closed = action({ status: 'Closed', closureRationale: 'Superseded' });
    await expect(
      submitActionUpdate(s, closed, '"1"', input({ status: 'Closed', requestedDueDate: '2020-01-01', dateChangeRationale: 'x' }), lead, now)
    ).rejects.toBeInstanceOf(ValidationError);
    expect(s.calls).toEqual([]);
  });

  it('removes an override the lead no longer wants', async () => {
    const withOverride = action({ override: { rating: 'Amber', reason: 'Waiting for the legal view', by: lead, at: new Date('2026-10-01T09:00:00Z') } });
    const s = services();
    await submitActionUpdate(s, withOverride, '"1"', input(), lead, now);
    expect(s.updateAction).toHaveBeenCalledWith('17', expect.objectContaining({ clearOverride: true }), '"1"', expect.any(String));
  });
});

describe('periodOf', () => {
  it('uses the London calendar month, so late-evening updates on the last day count for that month', () => {
    expect(periodOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-06');
    expect(periodOf(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12');
    expect(periodOf(new Date('2026-07-31T23:30:00Z'))).toBe('2026-08');
  });
});
