/**
 * The tenant property naming the plan site, through real PnPjs against the emulator's tenant:
 * registered on the app catalog by a SharePoint administrator, read from any site, a missing key
 * read as "not set", and refused to anyone else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { PLAN_SITE_TENANT_KEY, readTenantPlanSite, registerTenantPlanSite, TenantPropertyRefused } from '../../../src/data/tenant/tenantPlanSite';

const OWNER = 'owner@improvement.local';
const EDITOR = 'editor@improvement.local';

let emu: EmulatorHandle;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-tenant-'));
  emu = await startEmulator({ port: 0, dataDir });
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const at = (siteUrl: string, login: string) => createSp({ siteUrl, headers: { 'X-Emulator-User': login }, retries: 1 });

describe('the tenant setting naming the plan site', () => {
  it('reads as not set while nobody has registered it, as SharePoint answers a missing key', async () => {
    const raw = await fetch(`${emu.url}/_api/web/GetStorageEntity('${PLAN_SITE_TENANT_KEY}')`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': EDITOR } });
    expect(raw.status).toBe(200);
    expect(await raw.json()).toEqual({ 'odata.null': true });
    expect(await readTenantPlanSite(at(emu.url, EDITOR))).toBeUndefined();
  });

  it('is registered on the app catalog by a SharePoint administrator and read from the root site and the plan site by anyone', async () => {
    const catalog = await registerTenantPlanSite(at(emu.url, OWNER), emu.url, emu.siteUrl);
    expect(catalog).toBe(emu.appCatalogUrl);
    expect(await readTenantPlanSite(at(emu.url, EDITOR))).toBe(emu.siteUrl);
    expect(await readTenantPlanSite(at(emu.siteUrl, 'reader@improvement.local'))).toBe(emu.siteUrl);
    const raw = await fetch(`${emu.url}/_api/web/GetStorageEntity('${PLAN_SITE_TENANT_KEY}')`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await raw.json()).toEqual({ Comment: expect.any(String), Description: expect.stringContaining('Improvement Plan'), Value: emu.siteUrl });
  });

  it('is refused to someone who is not a SharePoint administrator, and the setting is unchanged', async () => {
    await expect(registerTenantPlanSite(at(emu.url, EDITOR), emu.url, 'https://elsewhere.example/sites/x')).rejects.toBeInstanceOf(TenantPropertyRefused);
    expect(await readTenantPlanSite(at(emu.url, EDITOR))).toBe(emu.siteUrl);
  });

  it('is refused on any site but the app catalog, even to an administrator', async () => {
    const r = await fetch(`${emu.siteUrl}/_api/web/SetStorageEntity`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer app', 'X-Emulator-User': OWNER },
      body: JSON.stringify({ key: PLAN_SITE_TENANT_KEY, value: 'x', description: '', comments: '' })
    });
    expect(r.status).toBe(403);
    expect(((await r.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toMatch(/^Access denied/);
  });

  it('serves nothing else on the root site', async () => {
    expect((await fetch(`${emu.url}/_api/web/lists`, { headers: { Accept: 'application/json' } })).status).toBe(404);
  });
});
