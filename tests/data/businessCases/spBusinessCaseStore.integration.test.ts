/**
 * Business cases through real PnPjs against the emulator: the lead saves revisions, the programme
 * office decides, everything is read back; a revision another officer adds by hand is ignored and
 * reported, a councillor cannot write and sees only approved cases, and the programme office
 * cannot approve a case it wrote itself.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { PROGRAMME_OFFICE_GROUP } from '../../../src/data/provisioning/permissionModel';
import { SpBusinessCaseStore } from '../../../src/data/businessCases/spBusinessCaseStore';
import { ACTIONS_LIST, BUSINESS_CASE_DECISIONS_LIST, BUSINESS_CASES_LIST, THEMES_LIST } from '../../../src/data/schema/planLists';
import { ConflictError, PermissionDeniedError } from '../../../src/application/errors';
import { decideBusinessCase, saveBusinessCase } from '../../../src/application/businessCases';
import type { CaseAction } from '../../../src/application/ports/businessCaseStore';
import type { CurrentUser } from '../../../src/application/ports/planRepository';
import type { MappingProblem } from '../../../src/data/mapping';
import { caseInputFrom, emptyBusinessCase, type BusinessCaseInput, type Person } from '../../../src/domain';

jest.setTimeout(60_000);

const OWNER = 'owner@council.test';
const PMO = 'pmo@council.test';
const PMO_LEAD = 'pmo.lead@council.test';
const LEAD = 'lead@council.test';
const STAFF = 'staff@council.test';
const MEMBER = 'cllr@council.test';
const users = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: PMO, displayName: 'Priya Office', email: PMO, permission: 'Contribute' as const },
  { login: PMO_LEAD, displayName: 'Pat Office', email: PMO_LEAD, permission: 'Contribute' as const },
  { login: LEAD, displayName: 'Lee Lead', email: LEAD, permission: 'Contribute' as const },
  { login: STAFF, displayName: 'Other Officer', email: STAFF, permission: 'Contribute' as const },
  { login: MEMBER, displayName: 'Cllr Reader', email: MEMBER, permission: 'Read' as const }
];
const person = (login: string): Person => {
  const u = users.find((x) => x.login === login) as (typeof users)[number];
  return { displayName: u.displayName, email: u.email, login: `i:0#.f|membership|${u.login}` };
};
const me = (login: string, canManage = false): CurrentUser => ({ person: person(login), canEdit: login !== MEMBER, canManage });

function input(summary: string, capital2026 = '250,000'): BusinessCaseInput {
  const base = caseInputFrom(emptyBusinessCase());
  return {
    ...base,
    text: { ...base.text, summary, risks: 'Supplier delay; mitigated by a fixed-price contract.' },
    impact: { ...base.impact, efficiency: 'Fewer manual reconciliations each month.' },
    options: [{ title: 'Replace the finance system', assessment: 'Preferred: one supported platform.', preferred: true }],
    finance: { ...base.finance, capital: { ...base.finance.capital, '2026/27': capital2026 }, benefits: { ...base.finance.benefits, '2027/28': '120000' } }
  };
}

describe('business cases on SharePoint', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  const problems: MappingProblem[] = [];
  const as = (login: string): SPFI => createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': login }, retries: 1 });
  const store = (login: string) => new SpBusinessCaseStore(as(login), (p) => problems.push(p));
  let action: CaseAction;
  let pmoAction: CaseAction;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-cases-'));
    emulator = await startEmulator({ port: 0, dataDir, users, siteOwner: OWNER, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO, PMO_LEAD] } });
    await provisionPlan(as(OWNER));
    const id = async (login: string) => (await as(OWNER).web.ensureUser(login)).Id as number;
    const theme = (await as(PMO).web.lists.getByTitle(THEMES_LIST).items.add({ Title: 'Use of resources', Code: 'UR' })) as { Id: number };
    const add = async (code: string, lead: string) =>
      ((await as(PMO).web.lists.getByTitle(ACTIONS_LIST).items.add({ Title: code, Code: code, ActionKind: 'main', ThemeId: theme.Id, LeadId: await id(lead) })) as { Id: number }).Id;
    action = { id: String(await add('UR.A1', LEAD)), code: 'UR.A1', lead: person(LEAD) };
    pmoAction = { id: String(await add('UR.A2', PMO_LEAD)), code: 'UR.A2', lead: person(PMO_LEAD) };
  });
  afterAll(() => emulator.close());

  it('saves a draft, then a submission, each as a new revision, and reads them back', async () => {
    const draft = await saveBusinessCase(store(LEAD), me(LEAD), action, input('First draft'), 'Draft', undefined, 'k-draft');
    expect(draft.outcome).toBe('saved');
    const first = draft.outcome === 'saved' ? draft.record : undefined;
    expect(first).toMatchObject({ status: 'Draft', latest: { state: 'Draft', author: { displayName: 'Lee Lead' } } });
    const submitted = await saveBusinessCase(store(LEAD), me(LEAD), action, input('Replace the ledger'), 'Submitted', first?.latest?.id, 'k-submit');
    const record = submitted.outcome === 'saved' ? submitted.record : undefined;
    expect(record?.status).toBe('Submitted');
    expect(record?.latest?.content.summary).toBe('Replace the ledger');
    expect(record?.latest?.content.finance.capital['2026/27']).toBe(250000);
    expect(Number(record?.latest?.id)).toBeGreaterThan(Number(first?.latest?.id));
  });

  it('saving again with the same operation key after a lost answer finds the revision instead of adding another', async () => {
    const before = (await as(OWNER).web.lists.getByTitle(BUSINESS_CASES_LIST).items.select('Id')()).length;
    const record = await store(LEAD).readBusinessCase(action);
    const again = await store(LEAD).addRevision(action, record.latest!.content, 'Submitted', 'stale', 'k-submit');
    expect(again.latest?.id).toBe(record.latest?.id);
    expect((await as(OWNER).web.lists.getByTitle(BUSINESS_CASES_LIST).items.select('Id')()).length).toBe(before);
  });

  it('surfaces a newer revision as a conflict and writes nothing', async () => {
    const error = await store(LEAD).addRevision(action, emptyBusinessCase(), 'Draft', '1', 'k-stale').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<unknown, { latest?: { id: string } }>).theirs.latest?.id).not.toBe('1');
  });

  it('ignores and reports a revision another officer adds by a hand-made request', async () => {
    const seen = (await store(PMO).readBusinessCase(action)).latest?.id;
    await as(STAFF).web.lists.getByTitle(BUSINESS_CASES_LIST).items.add({ Title: 'UR.A1', ActionId: Number(action.id), RevisionState: 'Submitted', CaseJson: JSON.stringify({ ...emptyBusinessCase(), summary: 'Forged' }) });
    problems.length = 0;
    const record = await store(PMO).readBusinessCase(action);
    expect(record.latest?.id).toBe(seen);
    expect(record.latest?.content.summary).toBe('Replace the ledger');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/Other Officer, who neither leads this action nor is a delegate/);
  });

  it('refuses the application-layer save by someone who does not lead the action', async () => {
    const result = await saveBusinessCase(store(STAFF), me(STAFF), action, input('Mine now'), 'Draft', undefined, 'k-staff');
    expect(result).toEqual({ outcome: 'refused', reason: expect.stringMatching(/Only the lead/) });
  });

  it('lets a councillor write nothing and read nothing until the case is approved', async () => {
    // The list is hidden from councillors, so SharePoint answers as if it were not there.
    const latest = (await store(LEAD).readBusinessCase(action)).latest?.id;
    await expect(store(MEMBER).addRevision(action, emptyBusinessCase(), 'Draft', latest, 'k-cllr')).rejects.toBeInstanceOf(Error);
    expect((await as(OWNER).web.lists.getByTitle(BUSINESS_CASES_LIST).items.filter("OperationKey eq 'k-cllr'").select('Id')()).length).toBe(0);
    expect(await store(MEMBER).readBusinessCase(action)).toMatchObject({ status: 'None' });
  });

  it('returns a case with a reason, then approves the next submission with the decider recorded', async () => {
    const seen = (await store(PMO).readBusinessCase(action)).latest!.id;
    const returned = await decideBusinessCase(store(PMO), me(PMO, true), action, seen, 'Returned', 'Show how the savings were estimated.', 'k-return');
    expect(returned).toMatchObject({ outcome: 'decided', record: { status: 'Returned', decision: { reason: 'Show how the savings were estimated.', by: { displayName: 'Priya Office' } } } });
    const resubmitted = await saveBusinessCase(store(LEAD), me(LEAD), action, input('Replace the ledger, with savings evidence'), 'Submitted', seen, 'k-resubmit');
    const latest = resubmitted.outcome === 'saved' ? resubmitted.record.latest!.id : '';
    const approved = await decideBusinessCase(store(PMO), me(PMO, true), action, latest, 'Approved', '', 'k-approve');
    expect(approved).toMatchObject({ outcome: 'decided', record: { status: 'Approved', approved: { by: { displayName: 'Priya Office' }, approvedContent: { summary: 'Replace the ledger, with savings evidence' } } } });
    // The councillor now reads the case as approved.
    expect(await store(MEMBER).readBusinessCase(action)).toMatchObject({ status: 'Approved', approved: { approvedContent: { summary: 'Replace the ledger, with savings evidence' } } });
  });

  it('refuses the programme office approving a case it wrote itself, and a decision by staff', async () => {
    const saved = await saveBusinessCase(store(PMO_LEAD), me(PMO_LEAD, true), pmoAction, input('Programme office case'), 'Submitted', undefined, 'k-pmo');
    const id = saved.outcome === 'saved' ? saved.record.latest!.id : '';
    expect(await decideBusinessCase(store(PMO_LEAD), me(PMO_LEAD, true), pmoAction, id, 'Approved', '', 'k-own')).toEqual({ outcome: 'refused', reason: expect.stringMatching(/You wrote this version/) });
    expect(await decideBusinessCase(store(STAFF), me(STAFF), pmoAction, id, 'Approved', '', 'k-staff-decide')).toMatchObject({ outcome: 'refused' });
    // SharePoint refuses staff too, whatever the screen does.
    await expect(store(STAFF).addDecision(pmoAction, { revisionId: id, decision: 'Approved', approvedContent: emptyBusinessCase() }, 'k-forged')).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await decideBusinessCase(store(PMO), me(PMO, true), pmoAction, id, 'Approved', '', 'k-other')).toMatchObject({ outcome: 'decided', record: { status: 'Approved' } });
  });

  it('adds one revision and one decision when SharePoint carries each out but the answer is lost', async () => {
    const count = async (title: string) => (await as(OWNER).web.lists.getByTitle(title).items.select('Id')()).length;
    const [revisionsBefore, decisionsBefore] = [await count(BUSINESS_CASES_LIST), await count(BUSINESS_CASE_DECISIONS_LIST)];
    const seen = (await store(LEAD).readBusinessCase(action)).latest?.id;
    emulator.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "business%20cases')/items" });
    const saved = await store(LEAD).addRevision(action, { ...emptyBusinessCase(), summary: 'After a lost answer' }, 'Submitted', seen, 'k-lost');
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([]);
    expect(saved).toMatchObject({ status: 'Submitted', latest: { content: { summary: 'After a lost answer' } } });
    emulator.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "business%20case%20decisions')/items" });
    const decided = await decideBusinessCase(store(PMO), me(PMO, true), action, saved.latest!.id, 'Returned', 'Fill in the dependencies.', 'k-lost-decision');
    expect(decided).toMatchObject({ outcome: 'decided', record: { status: 'Returned' } });
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([]);
    expect([await count(BUSINESS_CASES_LIST), await count(BUSINESS_CASE_DECISIONS_LIST)]).toEqual([revisionsBefore + 1, decisionsBefore + 1]);
    emulator.clearFaults();
  });

  it('reads every case of the plan at once for the roll-up', async () => {
    const all = await store(PMO).readAllBusinessCases([action, pmoAction, { id: '999', code: 'UR.A9' }]);
    // The first action's newest version was returned; its earlier approval stays in force.
    expect(all.map((r) => [r.actionId, r.status, r.approved?.approvedContent.summary])).toEqual([
      [action.id, 'Returned', 'Replace the ledger, with savings evidence'],
      [pmoAction.id, 'Approved', 'Programme office case']
    ]);
  });
});
