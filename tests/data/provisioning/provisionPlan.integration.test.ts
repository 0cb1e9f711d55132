import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { PROGRAMME_OFFICE_GROUP, provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { SETTINGS_LIST } from '../../../src/data/schema/planLists';

jest.setTimeout(30_000);

const users = [
  { login: 'owner@council.test', displayName: 'Site Owner', email: 'owner@council.test', permission: 'FullControl' as const },
  { login: 'pmo@council.test', displayName: 'Programme Officer', email: 'pmo@council.test', permission: 'Contribute' as const },
  { login: 'staff@council.test', displayName: 'Action Owner', email: 'staff@council.test', permission: 'Contribute' as const },
  { login: 'member@council.test', displayName: 'Councillor', email: 'member@council.test', permission: 'Read' as const }
];

describe('provisioning secures the settings list', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  const as = (login: string) => createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': login }, retries: 1 });

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-provision-'));
    emulator = await startEmulator({ port: 0, dataDir, users, siteOwner: 'owner@council.test', groups: { [PROGRAMME_OFFICE_GROUP]: ['pmo@council.test'] } });
    const report = await provisionPlan(as('owner@council.test'));
    expect(report.permissionsChanged.join(' ')).toMatch(/Stopped "Plan Settings" inheriting/);
  });
  afterAll(() => emulator.close());

  it('lets only the programme office and owners change settings, and everyone read them', async () => {
    await as('pmo@council.test').web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'routing:LD', SettingValue: '{"teamId":"t","channelId":"c"}' });
    await expect(as('staff@council.test').web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'routing:LD', SettingValue: 'redirected' })).rejects.toMatchObject({ status: 403 });
    await expect(as('member@council.test').web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    for (const login of ['staff@council.test', 'member@council.test']) {
      const rows = await as(login).web.lists.getByTitle(SETTINGS_LIST).items.select('Title', 'SettingValue')<Array<{ Title: string }>>();
      expect(rows.map((r) => r.Title)).toEqual(['routing:LD']);
    }
  });

  it('is idempotent: a second run changes no permissions', async () => {
    expect((await provisionPlan(as('owner@council.test'))).permissionsChanged).toEqual([]);
  });
});
