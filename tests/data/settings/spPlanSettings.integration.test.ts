/**
 * The programme office chooses the plan's roll-up method from the app: real PnPjs against the
 * emulator, with the plan's permissions provisioned, so SharePoint itself refuses anyone else.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PermissionDeniedError } from '../../../src/application/errors';
import { createPlanServices } from '../../../src/data';
import { PROGRAMME_OFFICE_GROUP } from '../../../src/data/provisioning/permissionModel';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { createPlanSettingsStore } from '../../../src/data/settings/spPlanSettings';
import { ROLLUP_METHOD_KEY } from '../../../src/data/mapping/rollupSetting';
import { SETTINGS_LIST } from '../../../src/data/schema/planLists';
import { createSp } from '../../../src/data/sp/createSp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';

jest.setTimeout(60_000);

const OWNER = 'owner@council.test';
const PMO = 'pmo@council.test';
const STAFF = 'staff@council.test';
const users = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: PMO, displayName: 'Programme Officer', email: PMO, permission: 'Contribute' as const },
  { login: STAFF, displayName: 'Other Officer', email: STAFF, permission: 'Contribute' as const }
];

let emulator: EmulatorHandle;
let dataDir: string;
const as = (login: string) => createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': login }, retries: 2, retryIntervalMs: 20 });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-settings-'));
  emulator = await startEmulator({ port: 0, dataDir, users, siteOwner: OWNER, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
  await provisionPlan(as(OWNER));
});
afterAll(async () => {
  await emulator?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('choosing the roll-up method', () => {
  it('lets the programme office save it, updating one row in Plan Settings, and the plan reads it back', async () => {
    const store = createPlanSettingsStore(as(PMO));
    await store.saveRollupMethod({ kind: 'predominant' });
    await store.saveRollupMethod({ kind: 'threshold', redShare: 0.15, amberShare: 0.3 });
    const rows = await as(OWNER).web.lists.getByTitle(SETTINGS_LIST).items.filter(`Title eq '${ROLLUP_METHOD_KEY}'`)<unknown[]>();
    expect(rows).toHaveLength(1);
    const { plan } = await createPlanServices(as(STAFF), { onProblem: () => undefined }).loadPlan();
    expect(plan.rollupMethod).toEqual({ kind: 'threshold', redShare: 0.15, amberShare: 0.3 });
  });

  it('is refused by SharePoint for anyone else, in words', async () => {
    const attempt = createPlanSettingsStore(as(STAFF)).saveRollupMethod({ kind: 'worstOf' });
    await expect(attempt).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(createPlanSettingsStore(as(STAFF)).saveRollupMethod({ kind: 'worstOf' })).rejects.toThrow(/Only the programme office can change the plan’s settings\./);
    const { plan } = await createPlanServices(as(PMO), { onProblem: () => undefined }).loadPlan();
    expect(plan.rollupMethod).toEqual({ kind: 'threshold', redShare: 0.15, amberShare: 0.3 });
  });
});
