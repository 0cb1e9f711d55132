import { ConflictError, NotFoundError, PermissionDeniedError } from '../../../src/application/errors';
import { createInMemoryPlanServices } from '../../support/fakes/inMemoryPlanServices';
import { submitActionUpdate } from '../../../src/application/updates';
import { aisha, member, NOW, pmo, samplePlan, staff } from '../support/fixtures';

describe('in-memory plan services', () => {
  it('loads the plan with a version per action', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    const loaded = await services.loadPlan();
    expect(loaded.plan.actions).toHaveLength(7);
    expect(loaded.actionVersions.a1).toBe('"1"');
    expect(await services.currentUser()).toBe(staff);
  });

  it('moves the version on with every write and refuses a stale one, holding both versions', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    const v2 = await services.updateAction('a1', { commentary: 'First.' }, '"1"');
    expect(v2).toBe('"2"');
    const error = await services.updateAction('a1', { commentary: 'Second.' }, '"1"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError<{ commentary: string }, { commentary: string }>;
    expect(conflict.mine.commentary).toBe('Second.');
    expect(conflict.theirs.commentary).toBe('First.');
    expect(conflict.theirsVersion).toBe('"2"');
    expect((await services.getAction('a1')).value.commentary).toBe('First.');
  });

  it('records the stored rating, reason and last update, and clears an override on request', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    const override = { rating: 'Amber' as const, reason: 'Legal review found gaps', by: aisha, at: NOW };
    await services.updateAction('a1', { override, rating: 'Amber', ratingReason: 'Set to Amber', lastUpdated: NOW }, '"1"');
    expect((await services.loadPlan()).storedRatings.a1).toEqual({ rating: 'Amber', reason: 'Set to Amber', lastUpdated: NOW });
    await services.updateAction('a1', { clearOverride: true }, '"2"');
    expect(services.peekAction('a1')?.value.override).toBeUndefined();
  });

  it('enforces edit and manage permissions like SharePoint', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: member });
    await expect(services.updateAction('a1', { commentary: 'x' }, '"1"')).rejects.toBeInstanceOf(PermissionDeniedError);
    services.setUser(staff);
    await expect(services.decideChangeRequest('cr1', { status: 'Approved', by: aisha, on: '2026-11-23' }, '"1"')).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(services.getAction('missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('numbers change requests and checks their versions', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: pmo });
    const request = await services.submitChangeRequest({ type: 'Closure', actionId: 'c2', targetCode: 'CU.A2', targetTitle: 'Run the staff survey', rationale: 'Merged into CU.A1.', requestedBy: aisha, requestedOn: '2026-11-23', changes: [] });
    expect(request).toMatchObject({ reference: 3, status: 'Submitted' });
    const decided = await services.decideChangeRequest(request.id, { status: 'Approved', by: pmo.person, on: '2026-11-23', note: 'Board agreed.' }, '"1"');
    expect(decided).toBe('"2"');
    await expect(services.decideChangeRequest(request.id, { status: 'Rejected', by: pmo.person, on: '2026-11-23' }, '"1"')).rejects.toBeInstanceOf(ConflictError);
    expect(services.peekChangeRequests()[2].value).toMatchObject({ status: 'Approved', decisionNote: 'Board agreed.' });
  });

  it('fails on request, then recovers, and counts calls', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    services.failNext('loadPlan', new Error('down'), 2);
    await expect(services.loadPlan()).rejects.toThrow('down');
    await expect(services.loadPlan()).rejects.toThrow('down');
    await expect(services.loadPlan()).resolves.toBeDefined();
    expect(services.calls.loadPlan).toBe(3);
  });

  it('runs the real staff-update use case end to end', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    const { value, version } = await services.getAction('a2');
    const result = await submitActionUpdate(services, value, version, { status: 'InProgress', commentary: 'Draft with legal.', requestedDueDate: '2027-02-28', dateChangeRationale: 'Legal capacity.' }, aisha, NOW);
    expect(result.version).toBe('"2"');
    expect(result.changeRequest?.reference).toBe(3);
    expect(services.peekProgressUpdates()).toHaveLength(6);
  });
});
