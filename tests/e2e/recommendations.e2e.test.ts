import type { Page } from 'playwright-core';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { chooseWithArrows, describeFocus, tabTo } from './support/keyboard';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

const HOSTS = [
  { theme: 'SharePoint (light)', host: 'host=sharePoint', width: 1280, height: 900 },
  { theme: 'Teams dark', host: 'host=teams&teamsTheme=dark', width: 1280, height: 900 },
  { theme: 'Teams high contrast', host: 'host=teams&teamsTheme=contrast', width: 1280, height: 900 },
  { theme: 'Teams on a phone at 320 px', host: 'host=teamsMobile', width: 320, height: 640 }
];

async function openRegister(page: Page, login: string, host: string, extra = ''): Promise<void> {
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&${host}&view=recommendations${extra}`);
  await page.getByRole('heading', { level: 2, name: /^Recommendations and Directions/ }).waitFor();
  await waitForSettled(page);
}

describe.each(HOSTS)('the recommendations register in $theme', ({ theme, host, width, height }) => {
  it('has no axe violations and flags the recommendations nothing answers', async () => {
    const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openRegister(page, personaLogin(product, 'staff'), host);
      expect(await page.getByText('2 of 27 recommendations have no action').isVisible()).toBe(true);
      expect(await page.getByText('No action answers this recommendation').count()).toBe(2);
      const where = `recommendations register, ${theme}`;
      expect(describeViolations(where, await runAxe(page))).toBe(`${where}: no violations`);
      if (width === 320) {
        // Nothing wider than the phone: the answering actions are stacked rows, not a table.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        expect(await page.getByRole('table', { name: /^Actions answering/ }).count()).toBe(0);
      }
    } finally {
      await context.close();
    }
  });
});

describe('the register with the keyboard and as a councillor', () => {
  it('filters by status with the keyboard alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openRegister(page, personaLogin(product, 'staff'), 'host=sharePoint');
      const status = page.getByRole('combobox', { name: 'Status' });
      await tabTo(page, status, { max: 60 });
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor();
      await chooseWithArrows(page, status, 'Not answered');
      await page.getByRole('status').filter({ hasText: 'Showing 2 of 27 recommendations.' }).waitFor();
      const shown = await page.getByRole('heading', { level: 4 }).allTextContents();
      expect(shown).toEqual(['EA9 Housing revenue account business plan', 'EA10 High needs deficit']);
      expect({ focusStaysOnTheFilter: await status.evaluate((el) => el === document.activeElement), focus: await describeFocus(page) }).toEqual({ focusStaysOnTheFilter: true, focus: expect.any(String) });
    } finally {
      await context.close();
    }
  });

  it('lets a councillor read the register and the actions, with nothing to change, and SharePoint refuses a crafted write', async () => {
    // The demo's councillors are members with Read on the site (the component test does the same as Cllr Ruth Jones, r.jones).
    const councillor = personaLogin(product, 'member');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openRegister(page, councillor, 'host=sharePoint');
      expect(await page.getByText(/You can read the whole plan/).isVisible()).toBe(true);
      // Every button in the register opens an action; none changes anything.
      const register = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Recommendations and Directions/ }) }).first();
      const buttons = register.getByRole('button');
      const opensAction = await buttons.evaluateAll((els) => els.every((el) => el.hasAttribute('data-opens-action')));
      expect({ buttons: (await buttons.count()) > 20, opensAction }).toEqual({ buttons: true, opensAction: true });
      await buttons.first().click();
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      await panel.getByRole('tab', { name: 'Details' }).waitFor();
      expect(await panel.getByRole('tab', { name: /Update/ }).count()).toBe(0);
      // From the action back to the register, the recommendation it answers in view.
      await panel.getByRole('button', { name: /in the recommendations register$/ }).first().click();
      await panel.waitFor({ state: 'detached' });
      const target = page.locator('li[aria-current="location"]');
      await target.waitFor();
      expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
      const refused = await page.evaluate(
        async ({ site, login }) => {
          const as = { 'X-Emulator-User': login, Accept: 'application/json' };
          const digest = (await (await fetch(`${site}/_api/contextinfo`, { method: 'POST', headers: as })).json()) as { FormDigestValue: string };
          const response = await fetch(`${site}/_api/web/lists/getByTitle('Plan Recommendations')/items(1)`, {
            method: 'POST',
            headers: { ...as, 'Content-Type': 'application/json', 'IF-Match': '*', 'X-HTTP-Method': 'MERGE', 'X-RequestDigest': digest.FormDigestValue },
            body: JSON.stringify({ Description: 'Changed by a councillor' })
          });
          return response.status;
        },
        { site: product.siteUrl, login: councillor }
      );
      expect(refused).toBe(403);
    } finally {
      await context.close();
    }
  });
});
