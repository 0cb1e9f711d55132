/**
 * secureRestrictedLists against a fresh emulator over HTTP with the production PnPjs wiring:
 * the emulator enforces per-list unique permissions as SharePoint does, so these are real refusals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { startEmulator, type EmulatorHandle, type EmulatorUser } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { secureRestrictedLists } from '../../../src/data/provisioning/secureSettingsList';

const OWNER = 'owner@council.example';
const READER = 'reader@council.example';
const CONTRIBUTOR = 'contributor@council.example';
const PMO = 'pmo@council.example';
const PMO_GROUP = 'Improvement Programme Office';
const LISTS = ['Plan Settings', 'Plan Notifications Log'];

const person = (login: string, displayName: string, permission: EmulatorUser['permission']): EmulatorUser => ({ login, displayName, email: login, permission });
const USERS = [person(OWNER, 'Olu Owner', 'FullControl'), person(READER, 'Rae Reader', 'Read'), person(CONTRIBUTOR, 'Cam Contributor', 'Contribute'), person(PMO, 'Pat Office', 'Read')];

let dataDir: string;
let emu: EmulatorHandle;
let sp: SPFI;
const as = (login: string): SPFI => createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': login }, retries: 1 });

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-secure-'));
  emu = await startEmulator({ port: 0, dataDir, users: USERS });
  sp = as(OWNER);
  for (const title of LISTS) await sp.web.lists.add(title, '', 100, false);
  await sp.web.lists.getByTitle('Plan Settings').items.add({ Title: 'slippage-alerts' });
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('secureRestrictedLists', () => {
  it('creates the group, breaks inheritance and grants only the programme office and owners', async () => {
    const first = await secureRestrictedLists(sp, { programmeOfficeGroup: PMO_GROUP, listTitles: LISTS });
    expect(first.changed).toEqual([
      `Created site group "${PMO_GROUP}" owned by "Improvement Owners".`,
      'Stopped "Plan Settings" inheriting the site\'s permissions.',
      'Granted "Improvement Owners" Full Control on "Plan Settings".',
      `Granted "${PMO_GROUP}" Full Control on "Plan Settings".`,
      'Removed the personal grant of "Olu Owner" on "Plan Settings" made by breaking inheritance.',
      'Stopped "Plan Notifications Log" inheriting the site\'s permissions.',
      'Granted "Improvement Owners" Full Control on "Plan Notifications Log".',
      `Granted "${PMO_GROUP}" Full Control on "Plan Notifications Log".`,
      'Removed the personal grant of "Olu Owner" on "Plan Notifications Log" made by breaking inheritance.'
    ]);
    expect(first.warnings).toEqual([]);
    const group = await sp.web.siteGroups.getByName(PMO_GROUP)();
    expect(group.OwnerTitle).toBe('Improvement Owners');
    expect(await sp.web.siteGroups.getByName(PMO_GROUP).users()).toEqual([]);
    for (const title of LISTS) {
      const list = sp.web.lists.getByTitle(title);
      expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
      const ras = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Array<{ Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }>>();
      expect(ras.map((r) => [r.Member.Title, r.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([
        ['Improvement Owners', ['Full Control']],
        [PMO_GROUP, ['Full Control']]
      ]);
    }
  });

  it('is idempotent: a second run changes nothing', async () => {
    const again = await secureRestrictedLists(sp, { programmeOfficeGroup: PMO_GROUP, listTitles: LISTS });
    expect(again).toEqual({ changed: [], warnings: [] });
    expect(await sp.web.lists.getByTitle('Plan Settings').roleAssignments()).toHaveLength(2);
  });

  it('refuses a Read user and a Contribute user outside the group, for reads and writes', async () => {
    for (const login of [READER, CONTRIBUTOR]) {
      for (const title of LISTS) {
        const list = as(login).web.lists.getByTitle(title);
        expect(await status(list())).toBe(404);
        expect(await status(list.items())).toBe(404);
        expect(await status(list.items.add({ Title: 'sneaky' }))).toBe(404);
        expect(await status(list.items.getById(1).update({ Title: 'sneaky' }))).toBe(404);
      }
      // The rest of the site is unchanged for them.
      expect((await as(login).web.lists.select('Title')<Array<{ Title: string }>>()).map((l) => l.Title)).toEqual([]);
    }
  });

  it('lets a programme office member and the owner edit', async () => {
    await sp.web.siteGroups.getByName(PMO_GROUP).users.add(PMO);
    const pmoSettings = as(PMO).web.lists.getByTitle('Plan Settings');
    const [route] = await pmoSettings.items.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    await pmoSettings.items.getById(route.Id).update({ Title: 'slippage-alerts (PMO)' });
    await as(PMO).web.lists.getByTitle('Plan Notifications Log').items.add({ Title: 'sent to PMO channel' });
    await sp.web.lists.getByTitle('Plan Settings').items.getById(route.Id).update({ Title: 'slippage-alerts (owner)' });
    expect((await pmoSettings.items.getById(route.Id).select('Title')<{ Title: string }>()).Title).toBe('slippage-alerts (owner)');
    expect((await as(OWNER).web.lists.getByTitle('Plan Notifications Log').items()).length).toBe(1);
  });

  it('keeps assignments it did not make and reports members still granted', async () => {
    const settings = sp.web.lists.getByTitle('Plan Settings');
    const visitors = await sp.web.associatedVisitorGroup();
    await settings.roleAssignments.add(visitors.Id, 1073741826);
    const run = await secureRestrictedLists(sp, { programmeOfficeGroup: PMO_GROUP, listTitles: LISTS, programmeOfficeRole: 'Edit' });
    expect(run.changed).toEqual([`Granted "${PMO_GROUP}" Edit on "Plan Settings".`, `Granted "${PMO_GROUP}" Edit on "Plan Notifications Log".`]);
    expect(run.warnings).toEqual(['"Improvement Visitors" still has access to "Plan Settings"; left in place because this function did not grant it.']);
    expect((await settings.roleAssignments()).map((r: { PrincipalId: number }) => r.PrincipalId)).toContain(visitors.Id);
  });

  it('names a missing list and needs ManagePermissions', async () => {
    await expect(secureRestrictedLists(sp, { programmeOfficeGroup: PMO_GROUP, listTitles: ['Nope'] })).rejects.toThrow('List "Nope" does not exist');
    expect(await status(secureRestrictedLists(as(CONTRIBUTOR), { programmeOfficeGroup: 'Other Group', listTitles: LISTS }))).toBe(403);
  });
});
