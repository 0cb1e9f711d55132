/**
 * A list's item-level settings, `ReadSecurity` (1 all, 2 own) and `WriteSecurity` (1 all, 2 own,
 * 4 none), set with PnPjs `list.update` and enforced for users without ManageLists on the list.
 * On a Teams-connected site Members hold Edit (which has ManageLists) on lists that inherit, so
 * the settings only bite where the list grants a lower level, as the lists below do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const ROLE = { Edit: 1073741830, Contribute: 1073741827, Read: 1073741826 };
const [VISITORS, MEMBERS] = [4, 5];
const ACCESS_DENIED = {
  'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } }
};

type Row = { Id: number; Title: string };
type Settings = { ReadSecurity: number; WriteSecurity: number };

let dataDir: string;
let emu: EmulatorHandle;
let site: string;
let sp: SPFI;
const item: Record<string, number> = {};
const userId: Record<string, number> = {};

const start = (): Promise<EmulatorHandle> => startEmulator({ port: 0, dataDir, users: USERS });
const list = (user?: string, title = 'Submissions') => pnp(site, user).web.lists.getByTitle(title);
const titles = async (user: string, title?: string): Promise<string[]> => (await list(user, title).items.select('Title').orderBy('Id')<Row[]>()).map((r) => r.Title);
const settings = async (): Promise<Settings> => list().select('ReadSecurity', 'WriteSecurity')<Settings>();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-itemlevel-'));
  emu = await start();
  site = emu.siteUrl;
  sp = pnp(site);
  for (const u of USERS) userId[u.login] = (await sp.web.siteUsers.getByEmail(u.email)()).Id;
  await sp.web.lists.add('Submissions');
  await sp.web.lists.add('Open');
  // Members contribute to Submissions (no ManageLists); Visitors read it.
  await list().breakRoleInheritance(false, false);
  await list().roleAssignments.add(MEMBERS, ROLE.Contribute);
  await list().roleAssignments.add(VISITORS, ROLE.Read);
  item.erin = (await list(EDITOR).items.add({ Title: 'erin' })).Id;
  item.max = (await list(MEMBER2).items.add({ Title: 'max' })).Id;
  item.owner = (await list().items.add({ Title: 'owner' })).Id;
  for (const who of [EDITOR, MEMBER2]) item[`open ${who}`] = (await list(who, 'Open').items.add({ Title: who })).Id;
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the settings as list properties', () => {
  it('read back as 1 until set, only when selected; list.update sets them; bad values are refused', async () => {
    expect(await settings()).toMatchObject({ ReadSecurity: 1, WriteSecurity: 1 });
    expect(Object.keys(await list()())).not.toContain('ReadSecurity');
    await list().update({ ReadSecurity: 2, WriteSecurity: 2 });
    expect(await settings()).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
    for (const bad of [{ WriteSecurity: 3 }, { ReadSecurity: 4 }]) {
      const f = await failure(list().update(bad));
      expect(f.status).toBe(400);
    }
    const asText = { ReadSecurity: '2' } as unknown as Settings;
    expect((await failure(list().update(asText))).status).toBe(400);
    const denied = await failure(list(EDITOR).update({ ReadSecurity: 1 }));
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual(ACCESS_DENIED);
  });
});

describe('ReadSecurity 2 (only their own items)', () => {
  it('trims other people’s items for users without ManageLists; 404 when asked for one directly', async () => {
    expect(await titles(EDITOR)).toEqual(['erin']);
    expect(await titles(MEMBER2)).toEqual(['max']);
    expect(await titles(READER)).toEqual([]);
    expect(await titles(OWNER)).toEqual(['erin', 'max', 'owner']);
    const f = await failure(list(EDITOR).items.getById(item.max)());
    expect(f.status).toBe(404);
    expect((await failure(list(EDITOR).items.getById(item.max).update({ Title: 'x' }))).status).toBe(404);
    // Trimming happens before paging: the user's first page holds their own items.
    expect((await list(MEMBER2).items.top(1).select('Title')<Row[]>()).map((r) => r.Title)).toEqual(['max']);
  });

  it('does not restrict anyone holding ManageLists on the list (Members on an inheriting list hold Edit)', async () => {
    await list(undefined, 'Open').update({ ReadSecurity: 2, WriteSecurity: 2 });
    expect(await titles(EDITOR, 'Open')).toEqual([EDITOR, MEMBER2]);
    await list(EDITOR, 'Open').items.getById(item[`open ${MEMBER2}`]).update({ Title: 'edited by erin' });
    expect(await titles(READER, 'Open')).toEqual([]);
    await list().roleAssignments.add(userId[EDITOR], ROLE.Edit);
    expect(await titles(EDITOR)).toEqual(['erin', 'max', 'owner']);
    await list().roleAssignments.remove(userId[EDITOR], ROLE.Edit);
  });
});

describe('WriteSecurity', () => {
  it('2: users edit and delete only their own items; 403 on others they can see', async () => {
    await list().update({ ReadSecurity: 1 });
    await list(EDITOR).items.getById(item.erin).update({ Title: 'erin, edited' });
    for (const write of [() => list(EDITOR).items.getById(item.max).update({ Title: 'no' }), () => list(EDITOR).items.getById(item.max).delete(), () => list(EDITOR).items.getById(item.owner).recycle()]) {
      const f = await failure(write());
      expect(f.status).toBe(403);
      expect(f.body).toEqual(ACCESS_DENIED);
    }
    item.erin2 = (await list(EDITOR).items.add({ Title: 'erin 2' })).Id;
    await list(EDITOR).items.getById(item.erin2).delete();
    await list().items.getById(item.max).update({ Title: 'max, edited by owner' });
  });

  it('2: enforced inside $batch too', async () => {
    const [batched, execute] = pnp(site, EDITOR).batched();
    const items = batched.web.lists.getByTitle('Submissions').items;
    const own = items.getById(item.erin).update({ Title: 'erin, batched' });
    const other = failure(items.getById(item.max).update({ Title: 'no' }));
    await execute();
    await own;
    expect((await other).status).toBe(403);
    expect((await other).body).toEqual(ACCESS_DENIED);
    expect(await titles(EDITOR)).toEqual(['erin, batched', 'max, edited by owner', 'owner']);
  });

  it('4: nobody without ManageLists creates or edits items, not even their own', async () => {
    await list().update({ WriteSecurity: 4 });
    for (const write of [() => list(EDITOR).items.add({ Title: 'no' }), () => list(EDITOR).items.getById(item.erin).update({ Title: 'no' }), () => list(EDITOR).items.getById(item.erin).delete()]) {
      const f = await failure(write());
      expect(f.status).toBe(403);
      expect(f.body).toEqual(ACCESS_DENIED);
    }
    await list().items.add({ Title: 'by owner' });
  });

  it('persist across a restart', async () => {
    await emu.close();
    emu = await start();
    site = emu.siteUrl;
    sp = pnp(site);
    expect(await settings()).toMatchObject({ ReadSecurity: 1, WriteSecurity: 4 });
    expect((await failure(list(MEMBER2).items.add({ Title: 'no' }))).status).toBe(403);
  });
});
