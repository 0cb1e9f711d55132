/**
 * The personal app where Teams loads it: on the emulated tenant's root site
 * (`/_layouts/15/teamshostedapp.aspx?teams&personal`), with no plan site in its address. The app
 * reads the plan site from the tenant property the local product registers, and My actions shows
 * the signed-in officer's actions from the plan site.
 */
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

describe('the Teams personal app on the root site', () => {
  it('finds the plan through the tenant property and shows My actions', async () => {
    const staff = product.personas.find((p) => p.login === personaLogin(product, 'staff'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const planRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/_api/')) planRequests.push(new URL(r.url()).pathname);
    });
    await page.goto(`${product.url}/_layouts/15/teamshostedapp.aspx?teams&personal&user=${encodeURIComponent(staff?.login ?? '')}&view=my`);
    await page.getByRole('heading', { level: 2, name: new RegExp(staff?.displayName ?? '') }).waitFor({ timeout: 20000 });
    // The tenant property is read from the root site; the plan from the plan site.
    expect(planRequests.some((p) => /^\/_api\/web\/GetStorageEntity\(/i.test(p))).toBe(true);
    expect(planRequests.some((p) => p.startsWith('/sites/improvement/_api/'))).toBe(true);
    await page.close();
  });

  it("is the harness's \"Teams personal app\" host, keeping the persona", async () => {
    const staff = personaLogin(product, 'staff');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${product.url}/?user=${encodeURIComponent(staff)}&host=teamsPersonal`);
    const frame = page.locator('iframe[title="Improvement Plan app"]');
    await frame.waitFor();
    const src = (await frame.getAttribute('src')) ?? '';
    expect(src.startsWith('/_layouts/15/teamshostedapp.aspx?teams&personal&')).toBe(true);
    expect(new URLSearchParams(src.split('?')[1]).get('user')).toBe(staff);
    await page.frameLocator('iframe[title="Improvement Plan app"]').getByRole('heading', { level: 2 }).first().waitFor({ timeout: 20000 });
    await page.close();
  });
});
