/**
 * Custom permission levels (`web/roledefinitions` writes) driven by real PnPjs v4
 * (`@pnp/sp/security`) against the emulator, and their effect on effective permissions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { digest, EDITOR, failure, OWNER, pnp, READER } from './helpers';

const USERS = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: EDITOR, displayName: 'Erin Editor', email: EDITOR, permission: 'Contribute' as const },
  { login: READER, displayName: 'Rory Reader', email: READER, permission: 'Read' as const }
];
const ACCESS_DENIED = {
  'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } }
};
/** Contribute without DeleteListItems (bit 3) and DeleteVersions (bit 7). */
const NO_DELETE = { High: 432, Low: 1011028719 - 8 - 128 };
const BUILT_IN = ['Full Control', 'Design', 'Edit', 'Contribute', 'Read'];
/**
 * PnPjs 4.21 `roleDefinition.update` reads `properties.BasePermissions.High` whether or not it is
 * given, so every update below passes a mask; and after a rename the `definition` it returns
 * points at `…/roleDefinitions/roledefinitions/getbyname(…)`, so the tests look the level up afresh.
 */
const READ_MASK = { High: 176, Low: 138612833 };

type OdataError = { 'odata.error': { code: string; message: { value: string } } };
const errorOf = (body: unknown): OdataError['odata.error'] => (body as OdataError)['odata.error'];

let dataDir: string;
let emu: EmulatorHandle;
let site: string;
let sp: SPFI;
let readerId: number;
let customId: number;

const start = (): Promise<EmulatorHandle> => startEmulator({ port: 0, dataDir, users: USERS });
const list = (s: SPFI = sp) => s.web.lists.getByTitle('Findings');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-roles-'));
  emu = await start();
  site = emu.siteUrl;
  sp = pnp(site);
  readerId = (await sp.web.siteUsers.getByEmail(READER)()).Id;
  await sp.web.lists.add('Findings');
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('creating and reading permission levels', () => {
  it('roleDefinitions.add creates a custom level after the built-in ones', async () => {
    const { data, definition } = await sp.web.roleDefinitions.add('Contribute without delete', 'Add and edit, never delete', 70, NO_DELETE);
    expect(data).toMatchObject({ Id: 1073741924, Name: 'Contribute without delete', Description: 'Add and edit, never delete', Order: 70, RoleTypeKind: 0, Hidden: false });
    expect(data.BasePermissions).toMatchObject({ High: '432', Low: String(NO_DELETE.Low) });
    customId = data.Id;
    expect((await definition()).Name).toBe('Contribute without delete');
    expect((await sp.web.roleDefinitions()).map((r) => r.Name)).toEqual([...BUILT_IN, 'Contribute without delete']);
    expect((await sp.web.roleDefinitions.getByName('contribute WITHOUT delete')()).Id).toBe(customId);
    expect((await sp.web.roleDefinitions.getById(customId)()).Order).toBe(70);
    expect((await sp.web.roleDefinitions.getByType(2)()).Name).toBe('Read');
    expect((await sp.web.roleDefinitions.select('Name', 'Id')()).every((r) => Object.keys(r).includes('Name') && !Object.keys(r).includes('Order'))).toBe(true);
  });

  it('refuses a duplicate name (built-in or custom, any case) with SharePoint’s SPException', async () => {
    for (const name of ['Contribute without delete', 'read']) {
      const dup = await failure(sp.web.roleDefinitions.add(name, '', 1, { High: 0, Low: 1 }));
      expect(dup.status).toBe(500);
      expect(errorOf(dup.body).code).toBe('-2130575293, Microsoft.SharePoint.SPException');
      expect(errorOf(dup.body).message.value).toContain('already exists');
    }
    expect((await failure(sp.web.roleDefinitions.add('  ', '', 1, { High: 0, Low: 1 }))).status).toBe(500);
  });

  it('needs ManagePermissions on the web: a Member (Edit) gets the access-denied body', async () => {
    const editor = pnp(site, EDITOR);
    const add = await failure(editor.web.roleDefinitions.add('Mine', '', 1, { High: 0, Low: 1 }));
    expect(add.status).toBe(403);
    expect(add.body).toEqual(ACCESS_DENIED);
    expect((await failure(editor.web.roleDefinitions.getById(customId).update({ Description: 'x', BasePermissions: READ_MASK }))).status).toBe(403);
    expect((await failure(editor.web.roleDefinitions.getById(customId).delete())).status).toBe(403);
    // Reading the levels needs only access to the site.
    expect((await pnp(site, READER).web.roleDefinitions()).length).toBe(6);
  });

  it('validates the body: unknown properties, verbose __metadata types, mask values', async () => {
    const post = async (body: unknown, verbose: boolean) =>
      fetch(`${site}/_api/web/roledefinitions`, {
        method: 'POST',
        headers: { Accept: verbose ? 'application/json;odata=verbose' : 'application/json', 'Content-Type': verbose ? 'application/json;odata=verbose' : 'application/json', 'X-RequestDigest': await digest(site) },
        body: JSON.stringify(body)
      });
    const unknown = await post({ Name: 'X', Colour: 'red' }, false);
    expect(unknown.status).toBe(400);
    expect(errorOf(await unknown.json()).message.value).toBe("The property 'Colour' does not exist on type 'SP.RoleDefinition'. Make sure to only use property names that are defined by the type.");
    expect((await post({ Name: 'X', BasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '0', Low: '1' } }, false)).status).toBe(400);
    expect((await post({ Name: 'X', BasePermissions: { High: 'lots', Low: '1' } }, false)).status).toBe(400);
    const verbose = await post({ __metadata: { type: 'SP.RoleDefinition' }, Name: 'Viewer plus', Description: '', Order: 200, BasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '176', Low: '138612835' } }, true);
    expect(verbose.status).toBe(201);
    const d = ((await verbose.json()) as { d: { __metadata: { type: string }; Id: number; BasePermissions: { Low: string } } }).d;
    expect(d.__metadata.type).toBe('SP.RoleDefinition');
    expect(d.Id).toBe(1073741925);
    expect(d.BasePermissions.Low).toBe('138612835');
    await sp.web.roleDefinitions.getById(d.Id).delete();
  });
});

describe('custom levels in effective permissions', () => {
  it('a binding to a custom level grants exactly its mask', async () => {
    await list().breakRoleInheritance(false, false);
    await list().roleAssignments.add(readerId, customId);
    const reader = list(pnp(site, READER));
    expect(await reader.getCurrentUserEffectivePermissions()).toMatchObject({ High: '432', Low: String(NO_DELETE.Low) });
    const made = await reader.items.add({ Title: 'finding' });
    await reader.items.getById(made.Id).update({ Title: 'finding, edited' });
    const del = await failure(reader.items.getById(made.Id).delete());
    expect(del.status).toBe(403);
    expect(del.body).toEqual(ACCESS_DENIED);
    const bindings = await list().roleAssignments.getById(readerId).bindings();
    expect(bindings.map((b: { Name: string }) => b.Name)).toEqual(['Contribute without delete']);
  });

  it('an update (MERGE) of the mask applies at once; a rename is found by its new name', async () => {
    await sp.web.roleDefinitions.getById(customId).update({ Name: 'Contribute and delete', BasePermissions: { High: 432, Low: 1011028719 } });
    expect((await sp.web.roleDefinitions.getByName('Contribute and delete')()).Id).toBe(customId);
    const reader = list(pnp(site, READER));
    expect(await reader.currentUserHasPermissions(PermissionKind.DeleteListItems)).toBe(true);
    const [item] = await reader.items.select('Id')();
    await reader.items.getById((item as { Id: number }).Id).delete();
    const clash = await failure(sp.web.roleDefinitions.getById(customId).update({ Name: 'Edit', BasePermissions: READ_MASK }));
    expect(clash.status).toBe(500);
    expect(errorOf(clash.body).code).toBe('-2130575293, Microsoft.SharePoint.SPException');
  });

  it('built-in levels cannot be deleted and Full Control cannot be edited; others can be edited', async () => {
    for (const name of ['Read', 'Full Control']) {
      const f = await failure(sp.web.roleDefinitions.getByName(name).delete());
      expect(f.status).toBe(500);
      expect(errorOf(f.body).message.value).toContain(name);
    }
    expect((await failure(sp.web.roleDefinitions.getByType(5).update({ Description: 'mine', BasePermissions: READ_MASK }))).status).toBe(500);
    await sp.web.roleDefinitions.getByName('Design').update({ Description: 'Designers only', BasePermissions: { High: 432, Low: 1012866047 } });
    expect((await sp.web.roleDefinitions.getById(1073741828)()).Description).toBe('Designers only');
  });

  it('keeps custom levels, edits and bindings across a restart', async () => {
    await emu.close();
    emu = await start();
    site = emu.siteUrl;
    sp = pnp(site);
    expect((await sp.web.roleDefinitions.getById(customId)()).Name).toBe('Contribute and delete');
    expect((await sp.web.roleDefinitions.getByName('Design')()).Description).toBe('Designers only');
    expect(await list(pnp(site, READER)).getCurrentUserEffectivePermissions()).toMatchObject({ High: '432', Low: '1011028719' });
  });

  it('deleting a custom level removes its bindings everywhere', async () => {
    await sp.web.roleDefinitions.getById(customId).delete();
    expect((await sp.web.roleDefinitions()).map((r) => r.Name)).toEqual(BUILT_IN);
    const gone = await failure(sp.web.roleDefinitions.getById(customId)());
    expect(gone.status).toBe(400);
    expect(errorOf(gone.body).message.value).toBe('Value does not fall within the expected range.');
    expect((await list().roleAssignments()).map((r: { PrincipalId: number }) => r.PrincipalId)).not.toContain(readerId);
    expect((await failure(list(pnp(site, READER)).items())).status).toBe(404);
    const bind = await failure(list().roleAssignments.add(readerId, customId));
    expect(bind.status).toBe(400);
  });
});
