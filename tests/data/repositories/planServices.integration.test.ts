/**
 * The plan services against a freshly started SharePoint emulator: real PnPjs over HTTP, no fetch
 * mocks. Covers provisioning twice, the batched whole-plan load, ETag saves and conflicts,
 * throttling, permissions, people and change references.
 */
import { ConflictError, NotFoundError, PermissionDeniedError } from '../../../src/application/errors';
import { createPlanServices } from '../../../src/data';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { createSp } from '../../../src/data/sp/createSp';
import type { MappingProblem } from '../../../src/data/mapping';
import { PLAN_DETAILS_KEY } from '../../../src/data/mapping/planDetails';
import { ROLLUP_METHOD_KEY, rollupMethodToValues } from '../../../src/data/mapping/rollupSetting';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST, PLAN_LISTS, SETTINGS_LIST, THEMES_LIST } from '../../../src/data/schema/planLists';
import { decodeActionVersion } from '../../../src/data/mapping/actionProgress';
import { EDITOR, LEADS, OWNER, READER, startPlanSite, type PlanSite } from '../support/planSite';
import { seedPlan, type SeededPlan } from '../support/seedRows';

jest.setTimeout(60_000);

let site: PlanSite;
let seeded: SeededPlan;
const problems: MappingProblem[] = [];
const services = (login = OWNER) => createPlanServices(site.as(login), { now: () => new Date('2026-05-01T09:00:00Z'), onProblem: (p) => problems.push(p) });

beforeAll(async () => {
  site = await startPlanSite();
  // 400 main actions with three sub-actions each: 1,600 actions, the size the load must handle in 3 requests.
  seeded = await seedPlan(site, 8, 400, 3);
  // Rows went straight into the store: give each action's lead their progress item, as an import does.
  await provisionPlan(site.sp);
  site.emu.bulkAddItems(SETTINGS_LIST, [
    { Title: PLAN_DETAILS_KEY, SettingValue: JSON.stringify({ name: 'Council Improvement Plan 2025-2028', council: 'Eastmere', shape: 'codedThemes', startDate: '2025-04-01', endDate: '2028-03-31', cadence: 'quarter' }) }
  ]);
});
afterAll(async () => site.stop());

describe('provisioning', () => {
  it('creates every list on the first run', () => {
    expect(site.firstProvision.listsCreated).toEqual(PLAN_LISTS.map((l) => l.title));
  });

  it('changes nothing on a second run and keeps the data', async () => {
    const before = (await site.sp.web.lists.getByTitle(ACTIONS_LIST).select('ItemCount')<{ ItemCount: number }>()).ItemCount;
    const again = await provisionPlan(site.sp);
    expect(again).toEqual({ listsCreated: [], fieldsAdded: [], indexesAdded: [], permissionsChanged: [] });
    const after = (await site.sp.web.lists.getByTitle(ACTIONS_LIST).select('ItemCount')<{ ItemCount: number }>()).ItemCount;
    expect(after).toBe(before);
    expect(after).toBe(1600);
  });

  it('adds back a missing index without touching items', async () => {
    await site.sp.web.lists.getByTitle(ACTIONS_LIST).fields.getByInternalNameOrTitle('CurrentDueDate').update({ Indexed: false });
    const repaired = await provisionPlan(site.sp);
    expect(repaired).toEqual({ listsCreated: [], fieldsAdded: [], indexesAdded: [`${ACTIONS_LIST}.CurrentDueDate`], permissionsChanged: [] });
  });
});

describe('loading the whole plan', () => {
  it('loads 400 main and 1,200 sub-actions in at most 3 HTTP requests', async () => {
    // PnPjs caches the digest per web URL for the process, so provisioning may have fetched it
    // already: the load is then the $batch alone, otherwise digest + $batch.
    const { result: loaded, served } = await site.served(() => services().loadPlan());
    expect(loaded.requestCount).toBe(served);
    expect(served).toBeGreaterThanOrEqual(1);
    expect(served).toBeLessThanOrEqual(3);
    console.info(`whole plan (1,600 actions): ${served} HTTP request(s)`);
    expect(loaded.plan.actions).toHaveLength(1600);
    expect(loaded.plan.actions.filter((a) => a.kind === 'sub' && a.parentId !== undefined)).toHaveLength(1200);
    expect(loaded.plan.themes.map((t) => t.code)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    expect(loaded.plan.name).toBe('Council Improvement Plan 2025-2028');
    expect(Object.keys(loaded.actionVersions)).toHaveLength(1600);
  });

  it('counts the digest fetch of a cold client: digest + $batch = 2 requests', async () => {
    // PnPjs caches digests per web URL for the whole process; the same site reached under another
    // host name has no cached digest yet, as in a fresh browser session.
    const cold = createPlanServices(createSp({ siteUrl: site.emu.siteUrl.replace('127.0.0.1', 'localhost'), headers: { 'X-Emulator-User': OWNER } }), { onProblem: () => undefined });
    const { result: loaded, served } = await site.served(() => cold.loadPlan());
    console.info(`whole plan (1,600 actions), cold client: ${served} HTTP request(s)`);
    expect(served).toBe(2);
    expect(loaded.requestCount).toBe(2);
    expect(loaded.plan.actions).toHaveLength(1600);
  });

  it('resolves people to display names and e-mail addresses, and lookups to codes', async () => {
    const { plan } = await services().loadPlan();
    const first = plan.actions.find((a) => a.id === String(seeded.mainIds[0]));
    expect(first).toMatchObject({ code: 'T1.A1', themeCode: 'T1', workstreamCode: 'T1.A', kind: 'main', status: 'InProgress', currentDueDate: '2026-04-01' });
    expect(first?.lead).toEqual({ displayName: 'Jo Lead', email: 'jo.lead@council.example', login: 'i:0#.f|membership|jo.lead@council.example' });
    expect(plan.themes[0].leadDirector).toMatchObject({ displayName: 'Ali Director', email: 'ali.director@council.example' });
  });
});

describe('saving an action', () => {
  it('saves with the ETag it was read at and returns the new one', async () => {
    // Main action 2 is led by LEADS[1]: only its lead (and the programme office) may update it.
    const svc = services(LEADS[1].login);
    const id = String(seeded.mainIds[1]);
    const read = await svc.getAction(id);
    const version = await svc.updateAction(id, { commentary: 'Business case approved.', progressPercent: 40, forecastDate: '2026-09-30' }, read.version);
    expect(version).not.toBe(read.version);
    const again = await svc.getAction(id);
    expect(again.version).toBe(version);
    expect(again.value).toMatchObject({ commentary: 'Business case approved.', progressPercent: 40, forecastDate: '2026-09-30' });
  });

  it('gives one success and one ConflictError with both versions when two people save at once', async () => {
    const id = String(seeded.mainIds[2]);
    const { version } = await services().getAction(id);
    const results = await Promise.allSettled([
      services(OWNER).updateAction(id, { commentary: 'From the site owner' }, version),
      services(LEADS[2].login).updateAction(id, { commentary: 'From the lead' }, version)
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    const conflict = failed[0].reason as ConflictError<{ commentary?: string }, { commentary?: string }>;
    expect(conflict).toBeInstanceOf(ConflictError);
    const winner = (await services().getAction(id)).value.commentary;
    expect(conflict.theirs.commentary).toBe(winner);
    expect(conflict.mine.commentary).not.toBe(winner);
    expect(conflict.theirsVersion).toBe((await services().getAction(id)).version);
  });

  it('still saves through a 429 storm, honouring Retry-After', async () => {
    const id = String(seeded.mainIds[3]);
    const svc = services(LEADS[0].login);
    const { version } = await svc.getAction(id);
    const progressId = decodeActionVersion(version).progressId as number;
    site.emu.addFault({ status: 429, retryAfterSeconds: 1, count: 2, pathContains: `/items(${progressId})`, method: 'POST' });
    site.emu.addFault({ status: 503, retryAfterSeconds: 0, count: 1, pathContains: `/items(${progressId})`, method: 'POST' });
    await svc.updateAction(id, { nextSteps: 'Report to Cabinet.' }, version);
    // Every injected throttle was answered (spent rules are dropped), so the save did go through them.
    expect(await (await fetch(`${site.emu.url}/_emulator/faults`)).json()).toEqual([]);
    expect((await svc.getAction(id)).value.nextSteps).toBe('Report to Cabinet.');
  });

  it('turns a 403 for a Read user into PermissionDeniedError with a plain sentence', async () => {
    const svc = services(READER);
    const id = String(seeded.mainIds[4]);
    const { version } = await svc.getAction(id);
    const error = await svc.updateAction(id, { commentary: 'Not allowed' }, version).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toBe(
      "SharePoint did not let you change this action. Only the action's lead, its delegates and the programme office can update its progress; only the programme office can change its title, lead or dates, through change control."
    );
  });

  it('refuses an officer who does not lead the action, in words that say who may', async () => {
    const svc = services(EDITOR);
    const id = String(seeded.mainIds[4]);
    const { version } = await svc.getAction(id);
    const error = await svc.updateAction(id, { commentary: 'Not mine' }, version).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(/Only the action's lead, its delegates and the programme office/);
  });

  it('turns a missing item into NotFoundError', async () => {
    await expect(services().getAction('999999')).rejects.toBeInstanceOf(NotFoundError);
    await expect(services().updateAction('999999', { commentary: 'x' }, '"1"')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('writes an override with the person who made it, resolved to a user id', async () => {
    const svc = services(OWNER);
    const id = String(seeded.mainIds[5]);
    const { version } = await svc.getAction(id);
    const by = { displayName: 'Site Owner', login: OWNER };
    await svc.updateAction(id, { override: { rating: 'Amber', reason: 'Funding at risk', by, at: new Date('2026-05-01T10:00:00Z') } }, version);
    const after = (await svc.getAction(id)).value.override;
    expect(after).toMatchObject({ rating: 'Amber', reason: 'Funding at risk', by: { displayName: 'Site Owner', email: OWNER } });
    expect(after?.at.toISOString()).toBe('2026-05-01T10:00:00.000Z');
  });
});

describe('reading stored data defensively', () => {
  it('loads the plan when a Note column holds bad JSON, and reports it', async () => {
    const id = seeded.subIds[0];
    const progress = await site.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.filter(`ActionId eq ${id}`).select('Id')<Array<{ Id: number }>>();
    await site.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.getById(progress[0].Id).update({ IssuesJson: '{not json' });
    problems.length = 0;
    const { plan, problems: reported } = await services().loadPlan();
    expect(plan.actions.find((a) => a.id === String(id))?.issues).toEqual([]);
    expect(reported).toEqual([expect.objectContaining({ list: ACTIONS_LIST, itemId: id, column: 'IssuesJson' })]);
    expect(problems).toEqual(reported);
  });
});

describe('session', () => {
  it('reads the signed-in person and what they may do', async () => {
    expect(await services(OWNER).currentUser()).toMatchObject({ canEdit: true, canManage: true, person: { displayName: 'Site Owner', email: OWNER } });
    expect(await services(EDITOR).currentUser()).toMatchObject({ canEdit: true, canManage: false, person: { displayName: 'Erin Editor' } });
    expect(await services(READER).currentUser()).toMatchObject({ canEdit: false, canManage: false, person: { displayName: 'Rory Reader', email: READER } });
  });
});

describe('progress history', () => {
  it('adds updates and lists them oldest first with the submitter resolved', async () => {
    const svc = services(LEADS[1].login);
    const actionId = String(seeded.mainIds[6]);
    const me = (await svc.currentUser()).person;
    const base = { actionId, periodId: '2026-04', submittedBy: me, status: 'InProgress' as const, achievements: ['Board agreed'], evidence: [{ url: 'https://council.example/doc', title: 'Minutes' }] };
    const second = await svc.addProgressUpdate({ ...base, submittedAt: new Date('2026-04-20T10:00:00Z'), commentary: 'Second' });
    await svc.addProgressUpdate({ ...base, submittedAt: new Date('2026-04-10T10:00:00Z'), commentary: 'First', ratingAtSubmission: 'Amber', forecastDate: '2026-06-30' });
    expect(second.id).toMatch(/^\d+$/);
    const list = await svc.listProgressUpdates(actionId);
    expect(list.map((u) => u.commentary)).toEqual(['First', 'Second']);
    expect(list[0]).toMatchObject({ ratingAtSubmission: 'Amber', forecastDate: '2026-06-30', achievements: ['Board agreed'], submittedBy: { displayName: 'Sam Officer', email: 'sam.officer@council.example' } });
  });
});

describe('change control', () => {
  const request = (code: string) => ({
    type: 'Timescale' as const,
    actionId: String(seeded.mainIds[7]),
    targetCode: code,
    targetTitle: 'Main action 8',
    rationale: 'Dependency on the new finance system',
    requestedBy: { displayName: 'Jo Lead', login: LEADS[0].login },
    requestedOn: '2026-04-15',
    changes: [{ field: 'currentDueDate', oldValue: '2026-04-08', newValue: '2026-07-31' }]
  });

  it('numbers requests max+1, distinct even when submitted together', async () => {
    const svc = services(LEADS[0].login);
    const first = await svc.submitChangeRequest(request('T8.A8'));
    const [a, b] = await Promise.all([svc.submitChangeRequest(request('T8.A8')), services(EDITOR).submitChangeRequest(request('T8.A8'))]);
    expect(first.reference).toBe(1);
    expect([a.reference, b.reference].sort()).toEqual([2, 3]);
    const listed = await svc.listChangeRequests();
    expect(listed.map((r) => r.value.reference)).toEqual([1, 2, 3]);
    expect(listed[0].value).toMatchObject({ type: 'Timescale', status: 'Submitted', requestedBy: { displayName: 'Jo Lead', email: 'jo.lead@council.example' }, changes: request('').changes });
  });

  it('records a decision with the ETag and refuses a stale one with a conflict', async () => {
    const svc = services(OWNER);
    const [current] = await svc.listChangeRequests();
    const decision = { status: 'Approved' as const, by: { displayName: 'Site Owner', login: OWNER }, on: '2026-04-30', note: 'Improvement Board' };
    await svc.decideChangeRequest(current.value.id, decision, current.version);
    const stale = await svc.decideChangeRequest(current.value.id, { ...decision, status: 'Rejected' }, current.version).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError<unknown, { status: string }>).theirs.status).toBe('Approved');
  });
});

describe('how ratings roll up, as the programme office sets it', () => {
  it('reads the roll-up method from Plan Settings, a theme’s reported rating and an action marked critical', async () => {
    const owner = site.sp;
    await owner.web.lists.getByTitle(SETTINGS_LIST).items.add(rollupMethodToValues({ kind: 'threshold', redShare: 0.1, amberShare: 0.3 }));
    const themeId = Number((await services().loadPlan()).plan.themes[0].id);
    await owner.web.lists.getByTitle(THEMES_LIST).items.getById(themeId).update({ ThemeRating: 'Amber', ThemeRatingReason: 'Two exceptions, both with recovery plans.' });
    await owner.web.lists.getByTitle(ACTIONS_LIST).items.getById(seeded.mainIds[0]).update({ Critical: true });
    const { plan } = await services().loadPlan();
    expect(plan.rollupMethod).toEqual({ kind: 'threshold', redShare: 0.1, amberShare: 0.3 });
    expect(plan.themes.find((t) => t.id === String(themeId))?.reportedRating).toEqual({ rating: 'Amber', reason: 'Two exceptions, both with recovery plans.' });
    expect(plan.actions.find((a) => a.id === String(seeded.mainIds[0]))?.critical).toBe(true);
    expect(plan.actions.find((a) => a.id === String(seeded.mainIds[1]))?.critical).toBeUndefined();
    expect(plan.name).toBe('Council Improvement Plan 2025-2028');
  });

  it('falls back to the default method, and says so, when the setting cannot be read', async () => {
    const list = site.sp.web.lists.getByTitle(SETTINGS_LIST);
    const [row] = await list.items.filter(`Title eq '${ROLLUP_METHOD_KEY}'`)<Array<{ Id: number }>>();
    await list.items.getById(row.Id).update({ SettingValue: '{"kind":"average"}' });
    problems.length = 0;
    const { plan } = await services().loadPlan();
    expect(plan.rollupMethod).toBeUndefined();
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/"kind" must be .* The default roll-up method is used\./));
  });
});
