/**
 * `npm run provision -- --register-tenant` as a process against the emulator: a SharePoint
 * administrator sets the tenant property; anyone else is refused and told the commands an
 * administrator can run instead.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { readTenantPlanSite } from '../../../src/data/tenant/tenantPlanSite';

jest.setTimeout(120_000);

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

let emu: EmulatorHandle;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-register-'));
  emu = await startEmulator({ port: 0, dataDir });
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function provision(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'tools/cli/provision.ts'), ...args], { cwd: ROOT });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run provision -- --register-tenant', () => {
  it('refuses someone who is not a SharePoint administrator and prints the commands an administrator can run', async () => {
    const { code, out } = await provision('--site', emu.siteUrl, '--register-tenant', '--user', 'editor@improvement.local');
    expect(code).toBe(1);
    expect(out).toContain('SharePoint refused to set the tenant property ImprovementPlanSiteUrl');
    expect(out).toContain(`Set-PnPStorageEntity -Key ImprovementPlanSiteUrl -Value "${emu.siteUrl}"`);
    expect(out).toContain(`m365 spo storageentity set --appCatalogUrl ${emu.appCatalogUrl} --key ImprovementPlanSiteUrl --value "${emu.siteUrl}"`);
    expect(await readTenantPlanSite(createSp({ siteUrl: emu.url }))).toBeUndefined();
  });

  it("names the site in the tenant property when a SharePoint administrator runs it, and provisions nothing", async () => {
    const { code, out } = await provision('--site', emu.siteUrl, '--register-tenant');
    expect(code).toBe(0);
    expect(out).toContain(`The tenant property now names ${emu.siteUrl}`);
    expect(await readTenantPlanSite(createSp({ siteUrl: emu.url }))).toBe(emu.siteUrl);
    const lists = await (await fetch(`${emu.siteUrl}/_api/web/lists?$select=Title`, { headers: { Accept: 'application/json;odata=nometadata' } })).json() as { value: Array<{ Title: string }> };
    expect(lists.value.map((l) => l.Title)).not.toContain('Plan Actions');
  });

  it('answers --help naming the flag', async () => {
    const { code, out } = await provision('--help');
    expect(code).toBe(0);
    expect(out).toContain('--register-tenant');
    expect(out).toContain('--teams-app-id');
  });
});
