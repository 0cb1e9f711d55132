/**
 * Data directories written when the emulator bound Members to Contribute are moved to the
 * Teams-connected default (Edit) once at start; a later deliberate change over REST stays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startEmulator } from '../../../tools/emulator';
import { EDITOR, pnp } from './helpers';

const ROLE = { Edit: 1073741830, Contribute: 1073741827 };
const MEMBERS = 5;
type Binding = { PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> };

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-upgrade-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function membersLevel(): Promise<{ names: string[]; editorMask: unknown }> {
  const emu = await startEmulator({ port: 0, dataDir });
  try {
    const ras = await pnp(emu.siteUrl).web.roleAssignments.expand('RoleDefinitionBindings')<Binding[]>();
    const names = (ras.find((r) => r.PrincipalId === MEMBERS)?.RoleDefinitionBindings ?? []).map((b) => b.Name);
    return { names, editorMask: await pnp(emu.siteUrl, EDITOR).web.getCurrentUserEffectivePermissions() };
  } finally {
    await emu.close();
  }
}

/** Rewrites the stored web scope as an older emulator left it. */
function bindMembersToContributeOnDisk(): void {
  const db = new DatabaseSync(join(dataDir, 'emulator.sqlite'));
  try {
    const row = db.prepare("SELECT data FROM role_scopes WHERE scope = 'web'").get() as { data: string };
    const ras = (JSON.parse(row.data) as Array<{ PrincipalId: number; RoleDefIds: number[] }>).map((r) => (r.PrincipalId === MEMBERS ? { ...r, RoleDefIds: [ROLE.Contribute] } : r));
    db.prepare("UPDATE role_scopes SET data = ? WHERE scope = 'web'").run(JSON.stringify(ras));
    db.prepare("DELETE FROM meta WHERE key = 'membersBoundToEdit'").run();
  } finally {
    db.close();
  }
}

it('moves an old Contribute binding of Members to Edit, once', async () => {
  expect((await membersLevel()).names).toEqual(['Edit']);
  bindMembersToContributeOnDisk();
  const upgraded = await membersLevel();
  expect(upgraded.names).toEqual(['Edit']);
  expect(upgraded.editorMask).toMatchObject({ High: '432', Low: '1011030767' });

  const emu = await startEmulator({ port: 0, dataDir });
  const web = pnp(emu.siteUrl).web;
  await web.roleAssignments.add(MEMBERS, ROLE.Contribute);
  await web.roleAssignments.remove(MEMBERS, ROLE.Edit);
  await emu.close();
  expect((await membersLevel()).names).toEqual(['Contribute']);
});
