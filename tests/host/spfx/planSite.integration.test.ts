/**
 * Where the web part finds the plan: in the personal app Teams gives it the tenant's root site as
 * its page and no properties, so the plan site comes from the tenant property; a typed "Plan site
 * URL" wins; with neither, the page's own site. Real PnPjs with the SPFx behaviour against the
 * emulator's tenant.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { registerTenantPlanSite } from '../../../src/data/tenant/tenantPlanSite';
import { planSiteForSpfx } from '../../../src/host/spfx/planSite';

let emu: EmulatorHandle;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-personal-'));
  emu = await startEmulator({ port: 0, dataDir });
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The SPFx page context of a page on `siteUrl` (what PnPjs's SPFx behaviour reads). */
const pageOn = (siteUrl: string) => ({ pageContext: { web: { absoluteUrl: siteUrl }, legacyPageContext: {} } }) as unknown as Parameters<typeof planSiteForSpfx>[0];

describe('the plan site of the web part', () => {
  it('in the personal app (root site, no properties) is the page site while the tenant names none', async () => {
    expect(await planSiteForSpfx(pageOn(emu.url), undefined)).toBe(emu.url);
  });

  it('in the personal app is the site the tenant property names, once registered', async () => {
    await registerTenantPlanSite(createSp({ siteUrl: emu.url }), emu.url, emu.siteUrl);
    expect(await planSiteForSpfx(pageOn(emu.url), undefined)).toBe(emu.siteUrl);
    expect(await planSiteForSpfx(pageOn(emu.url), '   ')).toBe(emu.siteUrl);
  });

  it('in a channel tab with a typed "Plan site URL" is that site', async () => {
    expect(await planSiteForSpfx(pageOn(`${emu.url}/sites/team`), 'https://council.sharepoint.com/sites/other/')).toBe('https://council.sharepoint.com/sites/other');
  });
});
