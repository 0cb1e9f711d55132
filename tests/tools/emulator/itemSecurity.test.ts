/**
 * Item-level unique permissions on the emulator, driven by real PnPjs v4 (`@pnp/sp/security`,
 * `@pnp/sp/items`, `@pnp/sp/batching`): breaking and resetting inheritance on items, their role
 * assignments, security trimming, and enforcement of every item operation on the item's scope.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { EDITOR, failure, OWNER, pnp, READER } from './helpers';

const MEMBER2 = 'member2@improvement.local';
const USERS = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: EDITOR, displayName: 'Erin Editor', email: EDITOR, permission: 'Contribute' as const },
  { login: MEMBER2, displayName: 'Max Member', email: MEMBER2, permission: 'Contribute' as const },
  { login: READER, displayName: 'Rory Reader', email: READER, permission: 'Read' as const }
];
const FULL = { High: '2147483647', Low: '4294967295' };
const EDIT = { High: '432', Low: '1011030767' };
const CONTRIBUTE = { High: '432', Low: '1011028719' };
const READ = { High: '176', Low: '138612833' };
const ROLE = { FullControl: 1073741829, Edit: 1073741830, Contribute: 1073741827, Read: 1073741826 };
const MEMBERS = 5;
const ACCESS_DENIED = {
  'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } }
};
const NOT_FOUND = {
  'odata.error': { code: '-2130575338, System.ArgumentException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } }
};

type Row = { Id: number; Title: string; EffectiveBasePermissions?: unknown; HasUniqueRoleAssignments?: boolean };
type Assignment = { PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> };
const errorText = (body: unknown): string => (body as { 'odata.error': { message: { value: string } } })['odata.error'].message.value;

let dataDir: string;
let emu: EmulatorHandle;
let site: string;
let sp: SPFI;
const ids: Record<string, number> = {};
/** Item ids by title in the Actions list. */
const item: Record<string, number> = {};

const start = (): Promise<EmulatorHandle> => startEmulator({ port: 0, dataDir, users: USERS });
const actions = (user?: string) => pnp(site, user).web.lists.getByTitle('Actions');
const titles = async (user: string): Promise<string[]> => (await actions(user).items.select('Title').orderBy('Id')<Row[]>()).map((r) => r.Title);
const unique = async (id: number): Promise<boolean> => (await actions().items.getById(id).select('HasUniqueRoleAssignments')<Row>()).HasUniqueRoleAssignments as boolean;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-items-'));
  emu = await start();
  site = emu.siteUrl;
  sp = pnp(site);
  for (const u of USERS) ids[u.login] = (await sp.web.siteUsers.getByEmail(u.email)()).Id;
  await sp.web.lists.add('Actions');
  for (const title of ['open', 'restricted', 'shared']) item[title] = (await actions().items.add({ Title: title })).Id;
  item.mine = (await actions(EDITOR).items.add({ Title: 'mine' })).Id;
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('breaking inheritance on an item', () => {
  it('items inherit until broken, and only ManagePermissions may break (Members hold Edit, not that)', async () => {
    expect(await unique(item.restricted)).toBe(false);
    expect((await actions().items.getById(item.restricted).firstUniqueAncestorSecurableObject<Record<string, string>>())['odata.type']).toBe('SP.Web');
    const denied = await failure(actions(EDITOR).items.getById(item.restricted).breakRoleInheritance(false, false));
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual(ACCESS_DENIED);
    const add = await failure(actions().items.getById(item.restricted).roleAssignments.add(ids[READER], ROLE.Read));
    expect(add.status).toBe(500);
    expect(errorText(add.body)).toBe('This operation is not allowed on an object that inherits permissions.');
  });

  it('breakRoleInheritance(false) leaves only the caller with Full Control', async () => {
    const restricted = actions().items.getById(item.restricted);
    await restricted.breakRoleInheritance(false, false);
    expect(await unique(item.restricted)).toBe(true);
    expect((await restricted.firstUniqueAncestorSecurableObject<Record<string, unknown>>())).toMatchObject({ 'odata.type': 'SP.Data.ActionsListItem', Id: item.restricted });
    const ras = await restricted.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Assignment[]>();
    expect(ras.map((ra) => [ra.PrincipalId, ra.Member.Title, ra.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([[ids[OWNER], 'Site Owner', ['Full Control']]]);
    const raw = await fetch(`${site}/_api/web/lists/getbytitle('Actions')/items(${item.restricted})/hasuniqueroleassignments`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await raw.json()).toEqual({ value: true });
  });

  it('breakRoleInheritance(true) copies the assignments the item inherited (the web’s here)', async () => {
    const shared = actions().items.getById(item.shared);
    await shared.breakRoleInheritance(true, false);
    const ras = await shared.roleAssignments.expand('Member', 'RoleDefinitionBindings')<Assignment[]>();
    expect(Object.fromEntries(ras.map((ra) => [ra.Member.Title, ra.RoleDefinitionBindings.map((b) => b.Name)]))).toEqual({
      'Improvement Owners': ['Full Control'],
      'Improvement Visitors': ['Read'],
      'Improvement Members': ['Edit']
    });
  });
});

describe('security trimming and enforcement', () => {
  it('omits items the user cannot view from collections, and answers 404 for them directly', async () => {
    expect(await titles(OWNER)).toEqual(['open', 'restricted', 'shared', 'mine']);
    for (const user of [EDITOR, READER]) {
      expect(await titles(user)).toEqual(['open', 'shared', 'mine']);
      const one = actions(user).items.getById(item.restricted);
      // One at a time: a PnPjs queryable instance must not run two requests at once.
      const calls = [() => one(), () => one.update({ Title: 'x' }), () => one.delete(), () => one.recycle(), () => one.versions(), () => one.getCurrentUserEffectivePermissions(), () => one.roleAssignments()];
      for (const call of calls) {
        const f = await failure(call());
        expect(f.status).toBe(404);
        expect(f.body).toEqual(NOT_FOUND);
      }
    }
    // Paging counts only visible items: the first page of two is full.
    expect((await actions(EDITOR).items.top(2).select('Title')<Row[]>()).map((r) => r.Title)).toEqual(['open', 'shared']);
  });

  it('serves EffectiveBasePermissions and HasUniqueRoleAssignments per item when selected', async () => {
    const owner = await actions().items.select('Id', 'EffectiveBasePermissions', 'HasUniqueRoleAssignments').orderBy('Id')<Row[]>();
    expect(owner.map((r) => [r.Id, r.HasUniqueRoleAssignments])).toEqual([[item.open, false], [item.restricted, true], [item.shared, true], [item.mine, false]]);
    expect(owner.every((r) => JSON.stringify(r.EffectiveBasePermissions) === JSON.stringify({ 'odata.type': 'SP.BasePermissions', ...FULL }))).toBe(true);
    const reader = await actions(READER).items.select('Title', 'EffectiveBasePermissions').orderBy('Id')<Row[]>();
    expect(reader.map((r) => r.EffectiveBasePermissions)).toEqual([READ, READ, READ].map((m) => ({ 'odata.type': 'SP.BasePermissions', ...m })));
    expect(Object.keys(reader[0])).not.toContain('HasUniqueRoleAssignments');
    const one = await actions(EDITOR).items.getById(item.open).select('Title', 'EffectiveBasePermissions')<Row>();
    expect(one.EffectiveBasePermissions).toMatchObject(EDIT);
    expect(await actions(EDITOR).items.getById(item.shared).getCurrentUserEffectivePermissions()).toMatchObject(EDIT);
    expect(await actions().items.getById(item.restricted).getUserEffectivePermissions(`i:0#.f|membership|${EDITOR}`)).toMatchObject({ High: '0', Low: '0' });
  });

  it('a Read grant on the item lets a Member see it but answers 403 to every write', async () => {
    await actions().items.getById(item.restricted).roleAssignments.add(ids[EDITOR], ROLE.Read);
    const one = actions(EDITOR).items.getById(item.restricted);
    expect((await one.select('Title')<Row>()).Title).toBe('restricted');
    expect(await one.getCurrentUserEffectivePermissions()).toMatchObject(READ);
    expect((await one.versions()).length).toBe(1);
    for (const write of [() => one.update({ Title: 'no' }), () => one.delete(), () => one.recycle(), () => one.breakRoleInheritance(true, false)]) {
      const f = await failure(write());
      expect(f.status).toBe(403);
      expect(f.body).toEqual(ACCESS_DENIED);
    }
    expect(await titles(EDITOR)).toEqual(['open', 'restricted', 'shared', 'mine']);
    expect(await titles(MEMBER2)).toEqual(['open', 'shared', 'mine']);
  });

  it('roles from the user and the user’s groups add up; $batch parts are enforced the same way', async () => {
    await actions().items.getById(item.restricted).roleAssignments.add(MEMBERS, ROLE.Contribute);
    expect(await actions(EDITOR).items.getById(item.restricted).getCurrentUserEffectivePermissions()).toMatchObject(CONTRIBUTE);
    const [batched, execute] = pnp(site, READER).batched();
    const list = batched.web.lists.getByTitle('Actions');
    const refused = failure(list.items.getById(item.open).update({ Title: 'by reader' }));
    const hidden = failure(list.items.getById(item.restricted).update({ Title: 'by reader' }));
    const [memberBatch, run] = pnp(site, MEMBER2).batched();
    const allowed = memberBatch.web.lists.getByTitle('Actions').items.getById(item.restricted).update({ Title: 'restricted, edited' });
    await execute();
    await run();
    await allowed;
    expect((await refused).status).toBe(403);
    expect((await refused).body).toEqual(ACCESS_DENIED);
    expect((await hidden).status).toBe(404);
    expect((await actions().items.getById(item.restricted).select('Title')<Row>()).Title).toBe('restricted, edited');
  });

  it('getByPrincipalId, removeRoleAssignment and DELETE of an assignment; unknown ids', async () => {
    const ras = actions().items.getById(item.restricted).roleAssignments;
    expect(await ras.getById(MEMBERS).bindings()).toEqual([expect.objectContaining({ Name: 'Contribute' })]);
    await ras.remove(MEMBERS, ROLE.Contribute);
    await ras.getById(ids[EDITOR]).delete();
    expect((await ras()).map((r: { PrincipalId: number }) => r.PrincipalId)).toEqual([ids[OWNER]]);
    expect((await failure(actions(EDITOR).items.getById(item.restricted)())).status).toBe(404);
    for (const [principal, role] of [[999, ROLE.Read], [ids[READER], 42]]) {
      const bad = await failure(ras.add(principal, role));
      expect(bad.status).toBe(400);
      expect(errorText(bad.body)).toBe('Value does not fall within the expected range.');
    }
  });

  it('site collection administrators bypass every scope, even with no assignment on the item', async () => {
    await actions().items.getById(item.restricted).roleAssignments.getById(ids[OWNER]).delete();
    expect(await actions().items.getById(item.restricted).roleAssignments()).toEqual([]);
    expect(await actions().items.getById(item.restricted).getCurrentUserEffectivePermissions()).toMatchObject(FULL);
    await actions().items.getById(item.restricted).update({ Title: 'restricted' });
    expect(await titles(EDITOR)).toEqual(['open', 'shared', 'mine']);
  });
});

describe('inheritance from a list with unique permissions, clearing and resetting', () => {
  it('copies the list’s own assignments; the list’s clearSubscopes and reset make items inherit again', async () => {
    await sp.web.lists.add('Risks');
    const risks = (user?: string) => pnp(site, user).web.lists.getByTitle('Risks');
    const a = (await risks().items.add({ Title: 'a' })).Id;
    const b = (await risks().items.add({ Title: 'b' })).Id;
    await risks().breakRoleInheritance(false, false);
    await risks().roleAssignments.add(MEMBERS, ROLE.Read);
    await risks().items.getById(a).breakRoleInheritance(true, false);
    const copied = await risks().items.getById(a).roleAssignments.expand('RoleDefinitionBindings')<Assignment[]>();
    expect(copied.map((r) => [r.PrincipalId, r.RoleDefinitionBindings.map((x) => x.Name)])).toEqual([[ids[OWNER], ['Full Control']], [MEMBERS, ['Read']]]);
    await risks().items.getById(a).roleAssignments.add(ids[EDITOR], ROLE.Edit);
    expect(await risks(EDITOR).items.getById(a).getCurrentUserEffectivePermissions()).toMatchObject(EDIT);
    expect(await risks(EDITOR).items.getById(b).getCurrentUserEffectivePermissions()).toMatchObject(READ);
    // Breaking an already unique list keeps its assignments but clearSubscopes still applies.
    await risks().breakRoleInheritance(true, true);
    expect((await risks().roleAssignments()).map((r: { PrincipalId: number }) => r.PrincipalId)).toEqual([ids[OWNER], MEMBERS]);
    expect((await risks().items.getById(a).select('HasUniqueRoleAssignments')<Row>()).HasUniqueRoleAssignments).toBe(false);
    expect(await risks(EDITOR).items.getById(a).getCurrentUserEffectivePermissions()).toMatchObject(READ);
    await risks().items.getById(b).breakRoleInheritance(false, false);
    await risks().resetRoleInheritance();
    expect((await risks().items.getById(b).select('HasUniqueRoleAssignments')<Row>()).HasUniqueRoleAssignments).toBe(false);
    expect(await risks(EDITOR).items.getById(b).getCurrentUserEffectivePermissions()).toMatchObject(EDIT);
  });

  it('an inheriting list broken with clearSubscopes=true clears its items’ scopes too', async () => {
    const extra = (await actions().items.add({ Title: 'extra' })).Id;
    await actions().items.getById(extra).breakRoleInheritance(false, false);
    await actions().breakRoleInheritance(true, true);
    expect(await unique(extra)).toBe(false);
    expect(await unique(item.restricted)).toBe(false);
    expect(await titles(READER)).toEqual(['open', 'restricted', 'shared', 'mine', 'extra']);
    await actions().resetRoleInheritance();
  });
});

describe('an item shared out of a list the user cannot see', () => {
  it('lets the user reach the list (Limited Access) and see only that item', async () => {
    await sp.web.lists.add('Private');
    const priv = (user?: string) => pnp(site, user).web.lists.getByTitle('Private');
    const shared = (await priv().items.add({ Title: 'shared' })).Id;
    const hidden = (await priv().items.add({ Title: 'hidden' })).Id;
    await priv().breakRoleInheritance(false, false);
    expect((await failure(priv(EDITOR)())).status).toBe(404);
    await priv().items.getById(shared).breakRoleInheritance(false, false);
    await priv().items.getById(shared).roleAssignments.add(ids[EDITOR], ROLE.Contribute);
    expect((await priv(EDITOR).select('Title')<Row>()).Title).toBe('Private');
    expect((await priv(EDITOR).items.select('Title')<Row[]>()).map((r) => r.Title)).toEqual(['shared']);
    await priv(EDITOR).items.getById(shared).update({ Title: 'shared, edited' });
    expect((await failure(priv(EDITOR).items.getById(hidden)())).status).toBe(404);
    const add = await failure(priv(EDITOR).items.add({ Title: 'no' }));
    expect(add.status).toBe(403);
    expect(add.body).toEqual(ACCESS_DENIED);
    expect((await failure(priv(READER).items())).status).toBe(404);
  });
});

describe('persistence', () => {
  it('keeps item scopes across a restart and deletes an item’s scope with the item', async () => {
    const one = actions().items.getById(item.restricted);
    await one.breakRoleInheritance(false, false);
    await emu.close();
    emu = await start();
    site = emu.siteUrl;
    sp = pnp(site);
    expect(await unique(item.restricted)).toBe(true);
    expect(await titles(EDITOR)).toEqual(['open', 'shared', 'mine', 'extra']);
    const scopes = (): string[] => {
      const db = new DatabaseSync(join(dataDir, 'emulator.sqlite'), { readOnly: true });
      try {
        return (db.prepare("SELECT scope FROM role_scopes WHERE scope LIKE '%/%'").all() as Array<{ scope: string }>).map((r) => r.scope.split('/')[1]);
      } finally {
        db.close();
      }
    };
    expect(scopes()).toContain(String(item.restricted));
    await actions().items.getById(item.restricted).delete();
    expect(scopes()).not.toContain(String(item.restricted));
  });
});
