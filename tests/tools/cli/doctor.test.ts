import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan, PROGRAMME_OFFICE_GROUP } from '../../../src/data/provisioning/provisionPlan';
import { writeRoutingSettings } from '../../../src/data/notifications';
import { ACTIONS_LIST, OPERATION_KEY_FIELD, PROGRESS_UPDATES_LIST } from '../../../src/data/schema/planLists';
import '@pnp/sp/fields';
import { doctorCommand } from '../../../tools/cli/doctor';
import { registerTenantPlanSite } from '../../../src/data/tenant/tenantPlanSite';

jest.setTimeout(120_000);

const OWNER = 'owner@council.test';
const PMO = 'pmo@council.test';
const users = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: PMO, displayName: 'Programme Officer', email: PMO, permission: 'Contribute' as const }
];

describe('npm run doctor', () => {
  let emu: EmulatorHandle;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ipt-doctor-'));
    emu = await startEmulator({ port: 0, dataDir, users, siteOwner: OWNER, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
  });
  afterEach(async () => {
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(env: NodeJS.ProcessEnv = {}, ...argv: string[]): Promise<{ code: number; out: string }> {
    const out: string[] = [];
    const code = await doctorCommand(argv.length ? argv : ['--site', emu.siteUrl, '--user', OWNER], (l) => out.push(l), env);
    return { code, out: out.join('\n') };
  }

  it('answers --help, and refuses a missing site with exit code 2', async () => {
    expect(await run({}, '--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: npm run doctor -- --site <site url>') });
    expect(await run({}, '--port', '1')).toMatchObject({ code: 2, out: expect.stringContaining('Unknown option --port') });
  });

  it('names provision on a site with no plan', async () => {
    const { code, out } = await run();
    expect(code).toBe(1);
    expect(out).toContain('No plan on this site yet');
    expect(out).toContain(`npm run provision -- --site ${emu.siteUrl}`);
  });

  it('passes a provisioned site with routing whose webhook is set, and names what drifted', async () => {
    const sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER } });
    await provisionPlan(sp);
    await writeRoutingSettings(sp, [{ title: 'routing:fallback', value: JSON.stringify({ webhookSecretName: 'IPT_WEBHOOK_ALL' }), description: 'Every theme' }]);
    const unregistered = await run({ IPT_WEBHOOK_ALL: 'https://example.invalid/hook' });
    expect(unregistered.code).toBe(1);
    expect(unregistered.out).toContain('No tenant property ImprovementPlanSiteUrl names the plan site');
    expect(unregistered.out).toContain(`npm run provision -- --site ${emu.siteUrl} --register-tenant`);
    const root = createSp({ siteUrl: emu.url, headers: { 'X-Emulator-User': OWNER } });
    await registerTenantPlanSite(root, emu.url, 'https://council.sharepoint.com/sites/another-plan');
    expect((await run({ IPT_WEBHOOK_ALL: 'https://example.invalid/hook' })).out).toContain('names https://council.sharepoint.com/sites/another-plan, so the personal app opens that plan');
    await registerTenantPlanSite(root, emu.url, emu.siteUrl);
    const good = await run({ IPT_WEBHOOK_ALL: 'https://example.invalid/hook' });
    expect(good.out).toContain('The tenant property ImprovementPlanSiteUrl names this site');
    expect(good.out).toContain('Everything the doctor can check is right.');
    expect(good.out).toContain('Dates are read in the site\'s time zone');
    expect(good.code).toBe(0);

    const unset = await run({});
    expect(unset).toMatchObject({ code: 1, out: expect.stringContaining('The sweep has no value for IPT_WEBHOOK_ALL') });

    const members = (await sp.web.associatedMemberGroup.select('Id')<{ Id: number }>()).Id;
    const edit = (await sp.web.roleDefinitions.getByType(6).select('Id')<{ Id: number }>()).Id;
    await sp.web.lists.getByTitle(ACTIONS_LIST).roleAssignments.add(members, edit);
    const drifted = await run({ IPT_WEBHOOK_ALL: 'https://example.invalid/hook' });
    expect(drifted.code).toBe(1);
    expect(drifted.out).toContain('"Plan Actions" does not hold exactly the grants of the permission model');
    expect(drifted.out).toContain('it repairs the grants');
  });

  it('names an operation key column that lost its index (the look-up after a lost answer needs it)', async () => {
    const sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER } });
    await provisionPlan(sp);
    await sp.web.lists.getByTitle(PROGRESS_UPDATES_LIST).fields.getByInternalNameOrTitle(OPERATION_KEY_FIELD).update({ Indexed: false });
    const { code, out } = await run();
    expect(code).toBe(1);
    expect(out).toContain(`Columns the app filters on are not indexed: ${PROGRESS_UPDATES_LIST}.${OPERATION_KEY_FIELD}.`);
    expect(out).toContain('it adds the missing indexes');
  });
});
