/**
 * The permission model as SharePoint enforces it: provisioning against the emulator (a
 * Teams-connected site: Members hold Edit on the site), then every row of the README's table tried
 * as the person it allows and as the people it does not, with hand-made REST requests through
 * PnPjs. Each crafted request of the security review is here too, refused with SharePoint's 403.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { LIST_GRANTS, PROGRAMME_OFFICE_GROUP, ADD_ONLY_LEVEL } from '../../../src/data/provisioning/permissionModel';
import { ActionProgressWriter } from '../../../src/data/repositories/actionProgressWriter';
import { loadPlan } from '../../../src/data/repositories/planLoader';
import {
  ACTION_PROGRESS_LIST, ACTIONS_LIST, ALERT_RECEIPTS_LIST, BUSINESS_CASE_DECISIONS_LIST, BUSINESS_CASES_LIST, CHANGE_LOG_LIST, NOTIFICATIONS_LIST, PLAN_LISTS,
  PROGRESS_UPDATES_LIST, RISK_REVIEWS_LIST, RISKS_LIST, SETTINGS_LIST, SNAPSHOTS_LIST, THEMES_LIST
} from '../../../src/data/schema/planLists';

const OWNER = 'owner@council.test';
const PMO = 'pmo@council.test';
const LEAD = 'lead@council.test';
const STAFF = 'staff@council.test';
const DIRECTOR = 'director@council.test';
const MEMBER = 'cllr@council.test';
const users = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: PMO, displayName: 'Programme Officer', email: PMO, permission: 'Contribute' as const },
  { login: LEAD, displayName: 'Action Lead', email: LEAD, permission: 'Contribute' as const },
  { login: STAFF, displayName: 'Other Officer', email: STAFF, permission: 'Contribute' as const },
  { login: DIRECTOR, displayName: 'Theme Director', email: DIRECTOR, permission: 'Contribute' as const },
  { login: MEMBER, displayName: 'Cllr Reader', email: MEMBER, permission: 'Read' as const }
];

const ACCESS_DENIED = /Access denied/;

describe('the permission model, enforced by SharePoint', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  const as = (login: string): SPFI => createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': login }, retries: 1 });
  const list = (login: string, title: string) => as(login).web.lists.getByTitle(title);
  let actionId: number;
  let progressId: number;
  let userIds: Map<string, number>;

  /** Resolves with the HTTP status of a refused request; fails the test if it succeeded. */
  async function refused(work: Promise<unknown>): Promise<{ status: number; body: string }> {
    const error = (await work.then(
      () => undefined,
      (e: unknown) => e
    )) as { status?: number; response?: Response; message?: string } | undefined;
    if (!error) throw new Error('SharePoint accepted a request the permission model refuses.');
    const body = error.response ? await error.response.clone().text().catch(() => '') : '';
    return { status: error.status ?? 0, body };
  }

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-permissions-'));
    emulator = await startEmulator({ port: 0, dataDir, users, siteOwner: OWNER, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
    await provisionPlan(as(OWNER));
    userIds = new Map();
    for (const u of users) userIds.set(u.login, (await as(OWNER).web.ensureUser(u.login)).Id as number);
    // The programme office shapes the plan: a theme and an action led by LEAD.
    const theme = (await list(PMO, THEMES_LIST).items.add({ Title: 'Leadership', Code: 'LD', LeadDirectorId: userIds.get(DIRECTOR) })) as { Id: number };
    const action = (await list(PMO, ACTIONS_LIST).items.add({
      Title: 'Leadership development programme', Code: 'LD.A1', ActionKind: 'main', ThemeId: theme.Id, LeadId: userIds.get(LEAD),
      BaselineDueDate: '2027-01-31T00:00:00Z', CurrentDueDate: '2027-01-31T00:00:00Z'
    })) as { Id: number };
    actionId = action.Id;
    const writer = new ActionProgressWriter(as(PMO));
    progressId = (await writer.write([{ actionId, values: { Status: 'InProgress', Rating: 'Green' } }])).get(actionId) as number;
    await writer.grant([{ actionId, editorIds: [userIds.get(LEAD) as number] }]);
  });
  afterAll(() => emulator.close());

  it('gives the site the groups of a Teams-connected site: Members hold Edit, which is why nothing of the plan inherits', async () => {
    const members = await as(OWNER).web.associatedMemberGroup.select('Id')<{ Id: number }>();
    const rows = await as(OWNER).web.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Name')<Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }>>();
    expect(rows.find((r) => r.PrincipalId === members.Id)?.RoleDefinitionBindings.map((b) => b.Name)).toEqual(['Edit']);
  });

  it('provisions exactly the grants of the README table on every list (read back from SharePoint)', async () => {
    const sp = as(OWNER);
    const principals = {
      owners: (await sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>()).Id,
      members: (await sp.web.associatedMemberGroup.select('Id')<{ Id: number }>()).Id,
      visitors: (await sp.web.associatedVisitorGroup.select('Id')<{ Id: number }>()).Id,
      programmeOffice: (await sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')<{ Id: number }>()).Id
    };
    const levelName = { FullControl: 'Full Control', Contribute: 'Contribute', AddOnly: ADD_ONLY_LEVEL, Read: 'Read' } as const;
    for (const def of PLAN_LISTS) {
      const l = sp.web.lists.getByTitle(def.title);
      expect(await l.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).toMatchObject({ HasUniqueRoleAssignments: true });
      const rows = await l.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Name')<Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }>>();
      const held = Object.fromEntries(rows.map((r) => [r.PrincipalId, r.RoleDefinitionBindings.map((b) => b.Name)]));
      const expected = Object.fromEntries(
        Object.entries(LIST_GRANTS[def.key]).map(([who, level]) => [principals[who as keyof typeof principals], [levelName[level as keyof typeof levelName]]])
      );
      expect({ list: def.title, grants: held }).toEqual({ list: def.title, grants: expected });
    }
  });

  it('is idempotent, and a second run repairs drift (a grant added by hand is removed)', async () => {
    expect((await provisionPlan(as(OWNER))).permissionsChanged).toEqual([]);
    const members = (await as(OWNER).web.associatedMemberGroup.select('Id')<{ Id: number }>()).Id;
    const edit = (await as(OWNER).web.roleDefinitions.getByType(6).select('Id')<{ Id: number }>()).Id;
    await as(OWNER).web.lists.getByTitle(ACTIONS_LIST).roleAssignments.add(members, edit);
    const repaired = await provisionPlan(as(OWNER));
    expect(repaired.permissionsChanged.join('\n')).toMatch(/Plan Actions/);
    expect((await provisionPlan(as(OWNER))).permissionsChanged).toEqual([]);
    await expect(refused(list(STAFF, ACTIONS_LIST).items.getById(actionId).update({ Title: 'changed' }))).resolves.toMatchObject({ status: 403 });
  });

  describe("an action's progress: its lead and delegates, and the programme office", () => {
    it('lets the lead update their own action', async () => {
      await list(LEAD, ACTION_PROGRESS_LIST).items.getById(progressId).update({ Commentary: 'On track: cohort one started.', Rating: 'Green' });
    });

    it('refuses another officer, the theme director who is not a delegate, and a councillor (crafted request 1)', async () => {
      for (const login of [STAFF, DIRECTOR, MEMBER]) {
        const r = await refused(list(login, ACTION_PROGRESS_LIST).items.getById(progressId).update({ Rating: 'Green', Commentary: 'All fine' }));
        expect({ login, status: r.status }).toEqual({ login, status: 403 });
        expect(r.body).toMatch(ACCESS_DENIED);
      }
    });

    it('lets the programme office make a director a delegate, after which the director may update it', async () => {
      await new ActionProgressWriter(as(PMO)).grant([{ actionId, editorIds: [userIds.get(LEAD) as number, userIds.get(DIRECTOR) as number] }]);
      await list(DIRECTOR, ACTION_PROGRESS_LIST).items.getById(progressId).update({ NextSteps: 'Board review in January.' });
      await new ActionProgressWriter(as(PMO)).grant([{ actionId, editorIds: [userIds.get(LEAD) as number] }]);
      expect((await refused(list(DIRECTOR, ACTION_PROGRESS_LIST).items.getById(progressId).update({ NextSteps: 'x' }))).status).toBe(403);
    });

    it('tells the app with the plan which actions each person may update (one read, still three requests at most)', async () => {
      const forLead = await loadPlan(as(LEAD), () => new Date('2026-12-07T10:00:00Z'));
      const forStaff = await loadPlan(as(STAFF), () => new Date('2026-12-07T10:00:00Z'));
      const forPmo = await loadPlan(as(PMO), () => new Date('2026-12-07T10:00:00Z'));
      expect([...(forLead.updatableActionIds ?? [])]).toEqual([String(actionId)]);
      expect([...(forStaff.updatableActionIds ?? [])]).toEqual([]);
      expect([...(forPmo.updatableActionIds ?? [])]).toEqual([String(actionId)]);
      expect(forLead.requestCount).toBeLessThanOrEqual(3);
    });
  });

  describe("an action's definition: change control only", () => {
    it('refuses the lead moving their own baseline and current due dates (crafted request 2)', async () => {
      const r = await refused(list(LEAD, ACTIONS_LIST).items.getById(actionId).update({ BaselineDueDate: '2027-06-30T00:00:00Z', CurrentDueDate: '2027-06-30T00:00:00Z' }));
      expect(r.status).toBe(403);
      expect(r.body).toMatch(ACCESS_DENIED);
    });

    it('refuses staff and councillors adding an action, and lets the programme office change one', async () => {
      for (const login of [LEAD, STAFF, MEMBER]) expect((await refused(list(login, ACTIONS_LIST).items.add({ Title: 'Forged', Code: 'LD.A9' }))).status).toBe(403);
      await list(PMO, ACTIONS_LIST).items.getById(actionId).update({ CurrentDueDate: '2027-02-28T00:00:00Z' });
    });
  });

  describe('records that people add to but never change', () => {
    it('lets staff add a progress update, never edit or delete one, not even their own', async () => {
      const added = (await list(LEAD, PROGRESS_UPDATES_LIST).items.add({ Title: '2026-12: InProgress', ActionId: actionId, Period: '2026-12', Commentary: 'Started' })) as { Id: number };
      expect((await refused(list(LEAD, PROGRESS_UPDATES_LIST).items.getById(added.Id).update({ Commentary: 'Rewritten' }))).status).toBe(403);
      expect((await refused(list(LEAD, PROGRESS_UPDATES_LIST).items.getById(added.Id).delete())).status).toBe(403);
      expect((await refused(list(MEMBER, PROGRESS_UPDATES_LIST).items.add({ Title: 'x', ActionId: actionId }))).status).toBe(403);
    });

    it('lets staff request a change but not approve it, their own or anyone else\'s (crafted request 5)', async () => {
      const request = (await list(LEAD, CHANGE_LOG_LIST).items.add({ Title: 'New date for LD.A1', Reference: 7, ChangeType: 'Timescale', Status: 'Submitted', ActionId: actionId })) as { Id: number };
      for (const login of [LEAD, STAFF, DIRECTOR]) {
        expect((await refused(list(login, CHANGE_LOG_LIST).items.getById(request.Id).update({ Status: 'Approved', DecidedById: userIds.get(login) }))).status).toBe(403);
      }
      await list(PMO, CHANGE_LOG_LIST).items.getById(request.Id).update({ Status: 'Approved', DecidedById: userIds.get(PMO), DecisionNote: 'Agreed at the board' });
    });

    it('keeps closed periods for the programme office to add and nobody but site owners to change (crafted request 3)', async () => {
      const period = (await list(PMO, SNAPSHOTS_LIST).items.add({ Title: 'November 2026', PeriodKey: '2026-11', SnapshotJson: '{"actions":[]}', ChunkIndex: 0, ChunkCount: 1 })) as { Id: number };
      expect((await refused(list(STAFF, SNAPSHOTS_LIST).items.getById(period.Id).update({ SnapshotJson: '{"forged":true}' }))).status).toBe(403);
      expect((await refused(list(STAFF, SNAPSHOTS_LIST).items.add({ Title: 'Forged period', PeriodKey: '2026-12' }))).status).toBe(403);
      expect((await refused(list(PMO, SNAPSHOTS_LIST).items.getById(period.Id).update({ SnapshotJson: '{"rewritten":true}' }))).status).toBe(403);
      expect((await refused(list(PMO, SNAPSHOTS_LIST).items.getById(period.Id).delete())).status).toBe(403);
      await list(OWNER, SNAPSHOTS_LIST).items.getById(period.Id).update({ Title: 'November 2026 (corrected by the site owner)' });
    });
  });

  describe('the risk register and its reviews: the programme office records, everyone reads', () => {
    it('lets the programme office add a review of a risk and never change or delete one, so a closed period\'s scores stand', async () => {
      const risk = (await list(PMO, RISKS_LIST).items.add({ Title: 'Capacity to deliver the plan', Code: 'R01', Status: 'Open', ResidualLikelihood: 3, ResidualImpact: 4 })) as { Id: number };
      const review = (await list(PMO, RISK_REVIEWS_LIST).items.add({ Title: '2026-10: 3 x 4', RiskId: risk.Id, PeriodKey: '2026-10', Likelihood: 3, Impact: 4, ReviewNote: 'Two leads left.' })) as { Id: number };
      expect((await refused(list(PMO, RISK_REVIEWS_LIST).items.getById(review.Id).update({ Likelihood: 1 }))).status).toBe(403);
      expect((await refused(list(PMO, RISK_REVIEWS_LIST).items.getById(review.Id).delete())).status).toBe(403);
      // A later review of the same period is added alongside: the app lets it supersede only while the period is open.
      await list(PMO, RISK_REVIEWS_LIST).items.add({ Title: '2026-11: 2 x 4', RiskId: risk.Id, PeriodKey: '2026-11', Likelihood: 2, Impact: 4 });
      await list(PMO, RISKS_LIST).items.getById(risk.Id).update({ ResidualLikelihood: 2 });
      await list(OWNER, RISK_REVIEWS_LIST).items.getById(review.Id).update({ ReviewNote: 'Two leads left (corrected by the site owner).' });
    });

    it('refuses staff, directors and councillors adding or changing a review, or changing a risk\'s score', async () => {
      const risk = (await list(OWNER, RISKS_LIST).items.select('Id').top(1)<Array<{ Id: number }>>())[0];
      const review = (await list(OWNER, RISK_REVIEWS_LIST).items.select('Id').top(1)<Array<{ Id: number }>>())[0];
      for (const who of [STAFF, DIRECTOR, MEMBER]) {
        const forged = await refused(list(who, RISK_REVIEWS_LIST).items.add({ Title: 'forged', RiskId: risk.Id, PeriodKey: '2026-10', Likelihood: 1, Impact: 1 }));
        expect(forged.status).toBe(403);
        expect(forged.body).toMatch(ACCESS_DENIED);
        expect((await refused(list(who, RISK_REVIEWS_LIST).items.getById(review.Id).update({ Likelihood: 1 }))).status).toBe(403);
        expect((await refused(list(who, RISKS_LIST).items.getById(risk.Id).update({ ResidualLikelihood: 1 }))).status).toBe(403);
      }
      await expect(list(STAFF, RISK_REVIEWS_LIST).items.select('Id', 'Likelihood')()).resolves.toHaveLength(2);
    });
  });

  describe('alerts and settings: the programme office and the sweep only', () => {
    it('refuses staff writing or suppressing an entry of record in the notifications log (crafted request 4)', async () => {
      const forged = { Title: `${actionId}:Green->Red:2027-01-31`, SlipKey: `${actionId}:Green->Red:2027-01-31`, State: 'Failed', Payload: '{"url":"https://attacker.example"}' };
      expect((await refused(list(STAFF, NOTIFICATIONS_LIST).items.add(forged))).status).toBe(403);
      expect((await refused(list(STAFF, NOTIFICATIONS_LIST).items.add({ ...forged, State: 'Sent' }))).status).toBe(403);
      await list(PMO, NOTIFICATIONS_LIST).items.add({ Title: 'digest:LD:2026-12-07', SlipKey: 'digest:LD:2026-12-07', State: 'Sent' });
      const entry = (await list(OWNER, NOTIFICATIONS_LIST).items.select('Id')<Array<{ Id: number }>>())[0];
      expect((await refused(list(STAFF, NOTIFICATIONS_LIST).items.getById(entry.Id).update({ State: 'Failed' }))).status).toBe(403);
    });

    it('lets staff add a receipt for a card they posted, never change one', async () => {
      const receipt = (await list(LEAD, ALERT_RECEIPTS_LIST).items.add({ Title: 'k', SlipKey: 'k', ActionId: actionId, MessageId: 'm1' })) as { Id: number };
      expect((await refused(list(LEAD, ALERT_RECEIPTS_LIST).items.getById(receipt.Id).update({ SlipKey: 'other' }))).status).toBe(403);
      expect((await refused(list(MEMBER, ALERT_RECEIPTS_LIST).items.add({ Title: 'k', SlipKey: 'k' }))).status).toBe(403);
    });

    it('refuses staff changing alert routing; lets the programme office', async () => {
      expect((await refused(list(STAFF, SETTINGS_LIST).items.add({ Title: 'routing:LD', SettingValue: '{"teamId":"x","channelId":"y"}' }))).status).toBe(403);
      await list(PMO, SETTINGS_LIST).items.add({ Title: 'routing:LD', SettingValue: '{"teamId":"t","channelId":"c"}' });
    });
  });

  describe('business cases: revisions added by leads, decisions by the programme office', () => {
    const revision = () => ({ Title: 'LD.A1', ActionId: actionId, RevisionState: 'Submitted', CaseJson: '{}' });

    it("lets staff add a revision (the reader keeps only the lead's), never change or delete one, not even their own", async () => {
      const mine = (await list(LEAD, BUSINESS_CASES_LIST).items.add(revision())) as { Id: number };
      expect((await refused(list(LEAD, BUSINESS_CASES_LIST).items.getById(mine.Id).update({ RevisionState: 'Draft' }))).status).toBe(403);
      expect((await refused(list(LEAD, BUSINESS_CASES_LIST).items.getById(mine.Id).delete())).status).toBe(403);
      expect((await refused(list(STAFF, BUSINESS_CASES_LIST).items.getById(mine.Id).update({ CaseJson: '{"summary":"changed"}' }))).status).toBe(403);
      expect((await refused(list(PMO, BUSINESS_CASES_LIST).items.getById(mine.Id).update({ RevisionState: 'Draft' }))).status).toBe(403);
      // Another officer's add is accepted, but SharePoint records them as its author: see the store's test.
      const other = (await list(STAFF, BUSINESS_CASES_LIST).items.add(revision())) as { Id: number };
      const stored = await list(OWNER, BUSINESS_CASES_LIST).items.getById(other.Id).select('AuthorId')<{ AuthorId: number }>();
      expect(stored.AuthorId).toBe(userIds.get(STAFF));
    });

    it('refuses a decision from staff, the lead or a director; lets the programme office add one and change none', async () => {
      const decision = { Title: 'LD.A1', ActionId: actionId, RevisionId: 1, Decision: 'Approved', ApprovedCaseJson: '{}' };
      for (const who of [LEAD, STAFF, DIRECTOR, MEMBER]) expect((await refused(list(who, BUSINESS_CASE_DECISIONS_LIST).items.add(decision))).status).toBe(403);
      const made = (await list(PMO, BUSINESS_CASE_DECISIONS_LIST).items.add({ ...decision, Decision: 'Returned', Reason: 'Savings need evidence.' })) as { Id: number };
      expect((await refused(list(PMO, BUSINESS_CASE_DECISIONS_LIST).items.getById(made.Id).update({ Decision: 'Approved' }))).status).toBe(403);
      expect((await refused(list(PMO, BUSINESS_CASE_DECISIONS_LIST).items.getById(made.Id).delete())).status).toBe(403);
    });

    it('keeps drafts from councillors: they cannot read the revisions, only the decisions', async () => {
      const status = (await refused(list(MEMBER, BUSINESS_CASES_LIST).items.select('Id')())).status;
      expect([403, 404]).toContain(status);
      await expect(list(MEMBER, BUSINESS_CASE_DECISIONS_LIST).items.select('Id')()).resolves.toBeDefined();
    });
  });

  it('lets councillors read every list of the plan but business case drafts, and write none', async () => {
    for (const def of PLAN_LISTS) {
      if (def.title !== BUSINESS_CASES_LIST) await expect(list(MEMBER, def.title).items.select('Id').top(1)()).resolves.toBeDefined();
      // A list they hold nothing on is hidden from them (404), as SharePoint does.
      expect((await refused(list(MEMBER, def.title).items.add({ Title: 'x' }))).status).toBe(def.title === BUSINESS_CASES_LIST ? 404 : 403);
    }
  });
});
