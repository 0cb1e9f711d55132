/**
 * Conformance: site groups, role definitions and per-list unique role assignments, driven by real
 * PnPjs v4 (`@pnp/sp/security`, `@pnp/sp/site-groups`) against a fresh emulator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import { PermissionKind } from '@pnp/sp/security';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { EDITOR, failure, OWNER, pnp, READER } from './helpers';

const PMO = 'pmo@improvement.local';
const FULL = { High: '2147483647', Low: '4294967295' };
const CONTRIBUTE = { High: '432', Low: '1011028719' };
const EDIT = { High: '432', Low: '1011030767' };
const READ = { High: '176', Low: '138612833' };
const ACCESS_DENIED = {
  'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } }
};

type Assignment = { PrincipalId: number; Member: { Title: string; Email?: string }; RoleDefinitionBindings: Array<{ Id: number; Name: string }> };
const errorText = (body: unknown): string => (body as { 'odata.error': { message: { value: string } } })['odata.error'].message.value;
const odataType = (entity: unknown): string => (entity as Record<string, string>)['odata.type'];

const USERS = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: EDITOR, displayName: 'Erin Editor', email: EDITOR, permission: 'Contribute' as const },
  { login: READER, displayName: 'Rory Reader', email: READER, permission: 'Read' as const },
  { login: PMO, displayName: 'Pat Office', email: PMO, permission: 'Read' as const }
];

let dataDir: string;
let emu: EmulatorHandle;
let site: string;
let sp: SPFI;
const ids: Record<string, number> = {};

const start = (): Promise<EmulatorHandle> => startEmulator({ port: 0, dataDir, users: USERS, groups: { 'Improvement Programme Office': [PMO] } });
const listAs = (user: string, title: string) => pnp(site, user).web.lists.getByTitle(title);
const notFoundBody = (title: string) => ({ 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List '${title}' does not exist at site with URL '${site}'.` } } });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-sec-'));
  emu = await start();
  site = emu.siteUrl;
  sp = pnp(site);
  for (const u of USERS) ids[u.login] = (await sp.web.siteUsers.getByEmail(u.email)()).Id;
  await sp.web.lists.add('Plan Settings');
  await sp.web.lists.add('Plan Notifications Log');
  await sp.web.lists.add('Open List');
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('associated groups and role definitions', () => {
  it('seeds Owners/Visitors/Members (ids 3, 4, 5) from the users’ levels', async () => {
    const owners = await sp.web.associatedOwnerGroup();
    expect(owners).toMatchObject({ Id: 3, Title: 'Improvement Owners', PrincipalType: 8, OwnerTitle: 'Improvement Owners' });
    expect((await sp.web.associatedVisitorGroup()).Id).toBe(4);
    expect((await sp.web.associatedMemberGroup()).Id).toBe(5);
    const emails = async (g: 'associatedOwnerGroup' | 'associatedMemberGroup' | 'associatedVisitorGroup') => (await sp.web[g].users()).map((u) => u.Email);
    expect(await emails('associatedOwnerGroup')).toEqual([OWNER]);
    expect(await emails('associatedMemberGroup')).toEqual([EDITOR]);
    expect(await emails('associatedVisitorGroup')).toEqual([READER, PMO]);
    const titles = (await sp.web.siteGroups()).map((g) => g.Title);
    expect(titles).toEqual(['Improvement Owners', 'Improvement Visitors', 'Improvement Members', 'Improvement Programme Office']);
  });

  it('binds the associated groups on the web as a Teams-connected site does (Full Control / Edit / Read)', async () => {
    const ras = await sp.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Assignment[]>();
    const byTitle = Object.fromEntries(ras.map((ra) => [ra.Member.Title, ra.RoleDefinitionBindings.map((b) => b.Name)]));
    expect(byTitle).toEqual({ 'Improvement Owners': ['Full Control'], 'Improvement Members': ['Edit'], 'Improvement Visitors': ['Read'] });
    // Members may manage lists (Edit), but not permissions.
    expect(await pnp(site, EDITOR).web.getCurrentUserEffectivePermissions()).toMatchObject(EDIT);
    expect(await pnp(site, EDITOR).web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    expect(await pnp(site, EDITOR).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    expect((await failure(pnp(site, EDITOR).web.roleAssignments())).status).toBe(403);
  });

  it('serves the built-in role definitions by id, type and name', async () => {
    const full = await sp.web.roleDefinitions.getByType(5)();
    expect(full).toMatchObject({ Id: 1073741829, Name: 'Full Control', RoleTypeKind: 5, BasePermissions: FULL });
    expect((await sp.web.roleDefinitions.getByName('Edit')()).Id).toBe(1073741830);
    expect((await sp.web.roleDefinitions.getById(1073741827)()).Name).toBe('Contribute');
    expect((await sp.web.roleDefinitions.getByType(2)()).BasePermissions).toMatchObject(READ);
    expect((await sp.web.roleDefinitions()).map((r) => r.Name)).toEqual(['Full Control', 'Design', 'Edit', 'Contribute', 'Read']);
    expect((await failure(sp.web.roleDefinitions.getByName('Nope')())).status).toBe(400);
  });
});

describe('unique role assignments on a list', () => {
  const LOG = 'Plan Notifications Log';

  it('inherits until broken; only ManagePermissions may break', async () => {
    const log = sp.web.lists.getByTitle(LOG);
    expect((await log.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    expect(odataType(await log.firstUniqueAncestorSecurableObject())).toBe('SP.Web');
    const denied = await failure(listAs(EDITOR, LOG).breakRoleInheritance(false, true));
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual(ACCESS_DENIED);
    const add = await failure(log.roleAssignments.add(5, 1073741826));
    expect(add.status).toBe(500);
    expect(errorText(add.body)).toBe('This operation is not allowed on an object that inherits permissions.');
  });

  it('breakRoleInheritance(false, true) leaves only the caller with Full Control', async () => {
    const log = sp.web.lists.getByTitle(LOG);
    await log.breakRoleInheritance(false, true);
    expect((await log.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    expect(odataType(await log.firstUniqueAncestorSecurableObject())).toBe('SP.List');
    const ras = await log.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Assignment[]>();
    expect(ras.map((ra) => [ra.PrincipalId, ra.Member.Email, ra.RoleDefinitionBindings.map((b) => b.Id)])).toEqual([[ids[OWNER], OWNER, [1073741829]]]);
    // Breaking again is a no-op: the assignments are not reset.
    await log.breakRoleInheritance(true, false);
    expect(await log.roleAssignments()).toHaveLength(1);
  });

  it('denies a member with the catalogue 404 on every read, and trims the list collection', async () => {
    for (const user of [READER, EDITOR]) {
      const r = await failure(listAs(user, LOG)());
      expect(r.status).toBe(404);
      expect(r.body).toEqual(notFoundBody(LOG));
      expect((await failure(listAs(user, LOG).items())).status).toBe(404);
      expect((await failure(listAs(user, LOG).fields())).status).toBe(404);
      expect((await failure(listAs(user, LOG).items.add({ Title: 'x' }))).status).toBe(404);
      expect((await failure(listAs(user, LOG).getCurrentUserEffectivePermissions())).status).toBe(404);
      const titles = (await pnp(site, user).web.lists.select('Title')()).map((l) => l.Title);
      expect(titles).toEqual(['Plan Settings', 'Open List']);
      expect(await pnp(site, user).web.lists.getByTitle('Open List').items()).toEqual([]);
    }
    const byId = (await sp.web.lists.getByTitle(LOG).select('Id')()).Id as string;
    expect((await failure(pnp(site, READER).web.lists.getById(byId)())).status).toBe(404);
    // A $batch part is enforced like a top-level request.
    const [batched, execute] = pnp(site, READER).batched();
    const part = failure(batched.web.lists.getByTitle(LOG).items());
    await execute();
    expect((await part).status).toBe(404);
  });

  it('computes effective permissions per list from its own assignments', async () => {
    const log = sp.web.lists.getByTitle(LOG);
    expect(await log.getUserEffectivePermissions(`i:0#.f|membership|${EDITOR}`)).toMatchObject({ High: '0', Low: '0' });
    expect(await log.getUserEffectivePermissions(READER)).toMatchObject({ High: '0', Low: '0' });
    expect(await log.getCurrentUserEffectivePermissions()).toMatchObject(FULL);
    expect(await listAs(EDITOR, 'Open List').getCurrentUserEffectivePermissions()).toMatchObject(EDIT);
    expect(await sp.web.lists.getByTitle('Open List').getUserEffectivePermissions(READER)).toMatchObject(READ);
  });

  it('granting a group Contribute lets its members read and write; removing it denies them again', async () => {
    const group = await sp.web.siteGroups.add({ Title: 'Log Keepers', Description: 'Reads the log' });
    expect(group).toMatchObject({ Title: 'Log Keepers', OwnerTitle: 'Site Owner', OnlyAllowMembersViewMembership: true });
    await sp.web.siteGroups.getByName('Log Keepers').users.add(`i:0#.f|membership|${READER}`);
    const log = sp.web.lists.getByTitle(LOG);
    await log.roleAssignments.add(group.Id, 1073741827);
    const reader = listAs(READER, LOG);
    const made = await reader.items.add({ Title: 'sent' });
    await reader.items.getById(made.Id).update({ Title: 'sent again' });
    expect((await reader.items()).map((i: { Title: string }) => i.Title)).toEqual(['sent again']);
    expect(await reader.getCurrentUserEffectivePermissions()).toMatchObject(CONTRIBUTE);
    expect(await reader.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
    expect((await reader.select('EffectiveBasePermissions')()).EffectiveBasePermissions).toMatchObject(CONTRIBUTE);
    expect(await listAs(READER, 'Open List').getCurrentUserEffectivePermissions()).toMatchObject(READ);
    expect((await failure(listAs(EDITOR, LOG).items())).status).toBe(404);
    expect((await failure(reader.fields.addText('Extra'))).status).toBe(403);
    await log.roleAssignments.remove(group.Id, 1073741827);
    expect((await failure(reader.items())).status).toBe(404);
  });

  it('a Read grant answers 403 with the access-denied body on writes', async () => {
    const settings = sp.web.lists.getByTitle('Plan Settings');
    const existing = await settings.items.add({ Title: 'route' });
    await settings.breakRoleInheritance(false, true);
    await settings.roleAssignments.add(5, 1073741826);
    const editor = listAs(EDITOR, 'Plan Settings');
    expect((await editor.items()).length).toBe(1);
    expect(await editor.getCurrentUserEffectivePermissions()).toMatchObject(READ);
    for (const write of [editor.items.add({ Title: 'no' }), editor.items.getById(existing.Id).update({ Title: 'no' }), editor.items.getById(existing.Id).delete()]) {
      const f = await failure(write);
      expect(f.status).toBe(403);
      expect(f.body).toEqual(ACCESS_DENIED);
    }
    expect((await failure(listAs(READER, 'Plan Settings').items())).status).toBe(404);
  });

  it('getById on role assignments, DELETE of one, unknown principal, reset', async () => {
    const settings = sp.web.lists.getByTitle('Plan Settings');
    expect(await settings.roleAssignments.getById(5)()).toMatchObject({ PrincipalId: 5 });
    expect(await settings.roleAssignments.getById(5).bindings()).toEqual([expect.objectContaining({ Name: 'Read' })]);
    await settings.roleAssignments.getById(5).delete();
    expect((await settings.roleAssignments()).map((r: { PrincipalId: number }) => r.PrincipalId)).toEqual([ids[OWNER]]);
    const bad = await failure(settings.roleAssignments.add(999, 1073741826));
    expect(bad.status).toBe(400);
    expect(errorText(bad.body)).toBe('Value does not fall within the expected range.');
    await settings.resetRoleInheritance();
    expect((await settings.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    expect((await listAs(READER, 'Plan Settings').items()).length).toBe(1);
    await settings.breakRoleInheritance(true, false);
    expect((await settings.roleAssignments()).map((r: { PrincipalId: number }) => r.PrincipalId).sort()).toEqual([3, 4, 5]);
  });
});

describe('site groups over REST', () => {
  it('reports a missing group, a duplicate title and hidden membership', async () => {
    const missing = await failure(sp.web.siteGroups.getByName('Nobody')());
    expect(missing.status).toBe(404);
    expect(errorText(missing.body)).toBe('Group cannot be found.');
    expect((await failure(sp.web.siteGroups.add({ Title: 'Log Keepers' }))).status).toBe(500);
    expect((await failure(pnp(site, EDITOR).web.siteGroups.add({ Title: 'Mine' }))).status).toBe(403);
    expect((await failure(pnp(site, EDITOR).web.siteGroups.getByName('Log Keepers').users())).status).toBe(403);
    expect((await pnp(site, READER).web.siteGroups.getByName('Log Keepers').users()).map((u) => u.Email)).toEqual([OWNER, READER]);
    expect((await failure(pnp(site, READER).web.siteGroups.getByName('Log Keepers').users.add(EDITOR))).status).toBe(403);
  });

  it('lets the owning group manage membership and SetUserAsOwner hand a group to the Owners group', async () => {
    const keepers = await sp.web.siteGroups.getByName('Log Keepers')();
    await sp.web.siteGroups.getById(keepers.Id).setUserAsOwner(3);
    expect((await sp.web.siteGroups.getById(keepers.Id)()).OwnerTitle).toBe('Improvement Owners');
    await sp.web.siteGroups.getById(keepers.Id).users.removeById(ids[READER]);
    expect((await sp.web.siteGroups.getById(keepers.Id).users()).map((u) => u.Email)).toEqual([OWNER]);
  });

  it('moves a user between associated groups when /_emulator/users changes the level', async () => {
    await fetch(`${emu.url}/_emulator/users`, { method: 'POST', body: JSON.stringify({ login: READER, displayName: 'Rory Reader', email: READER, permission: 'Contribute' }) });
    expect((await sp.web.associatedMemberGroup.users()).map((u) => u.Email)).toEqual([EDITOR, READER]);
    expect((await sp.web.associatedVisitorGroup.users()).map((u) => u.Email)).toEqual([PMO]);
    await fetch(`${emu.url}/_emulator/users`, { method: 'POST', body: JSON.stringify({ login: READER, displayName: 'Rory Reader', email: READER, permission: 'Read' }) });
    expect((await sp.web.associatedVisitorGroup.users()).map((u) => u.Email)).toEqual([PMO, READER]);
  });

  it('persists groups, memberships and unique assignments across a restart', async () => {
    await sp.web.siteGroups.getByName('Improvement Programme Office').users.add(EDITOR);
    await emu.close();
    emu = await start();
    site = emu.siteUrl;
    sp = pnp(site);
    const pmo = await sp.web.siteGroups.getByName('Improvement Programme Office').users();
    expect(pmo.map((u) => u.Email)).toEqual([PMO, EDITOR]);
    expect((await sp.web.lists.getByTitle('Plan Notifications Log').select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    expect((await failure(listAs(READER, 'Plan Notifications Log').items())).status).toBe(404);
    const groups = (await (await fetch(`${emu.url}/_emulator/groups`)).json()) as Array<{ title: string; members: string[] }>;
    expect(groups.find((g) => g.title === 'Improvement Programme Office')?.members).toEqual([PMO, EDITOR]);
  });

  it('re-seeds the associated and configured groups after /_emulator/reset, dropping the rest', async () => {
    expect((await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })).status).toBe(200);
    const groups = (await (await fetch(`${emu.url}/_emulator/groups`)).json()) as Array<{ id: number; title: string; members: string[] }>;
    expect(groups).toEqual([
      { id: 3, title: 'Improvement Owners', members: [OWNER] },
      { id: 4, title: 'Improvement Visitors', members: [READER, PMO] },
      { id: 5, title: 'Improvement Members', members: [EDITOR] },
      { id: 10, title: 'Improvement Programme Office', members: [PMO] }
    ]);
    const bad = await fetch(`${emu.url}/_emulator/groups`, { method: 'POST', body: JSON.stringify({ title: 'Ghosts', members: ['ghost@nowhere.example'] }) });
    expect(bad.status).toBe(400);
  });
});
