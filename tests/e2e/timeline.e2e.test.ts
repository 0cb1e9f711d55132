import type { Page } from 'playwright-core';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { chooseWithArrows, describeFocus, isFocused, tabTo } from './support/keyboard';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

/** The hosts and themes the timeline must pass in, as every other view does. */
const THEMES = [
  { theme: 'SharePoint (light)', host: 'host=sharePoint' },
  { theme: 'Teams dark', host: 'host=teams&teamsTheme=dark' },
  { theme: 'Teams high contrast', host: 'host=teams&teamsTheme=contrast' }
];

async function openTimeline(page: Page, host: string, route = 'view=timeline&theme=LD'): Promise<void> {
  await page.goto(`${product.url}/app?user=${encodeURIComponent(personaLogin(product, 'staff'))}&${host}&${route}`);
  await page.getByRole('heading', { name: /^Timeline/, level: 2 }).waitFor();
  await page.getByText(/^Showing /).waitFor();
  await waitForSettled(page);
}

describe.each(THEMES)('the timeline in $theme', ({ theme, host }) => {
  it('has no axe violations as a chart or as a table', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openTimeline(page, host);
      await page.getByRole('region', { name: /Timeline chart/ }).waitFor();
      const chart = `timeline chart, ${theme}`;
      expect(describeViolations(chart, await runAxe(page))).toBe(`${chart}: no violations`);
      await page.getByRole('button', { name: 'Table' }).click();
      await page.getByRole('table').first().waitFor();
      await waitForSettled(page);
      const table = `timeline table, ${theme}`;
      expect(describeViolations(table, await runAxe(page))).toBe(`${table}: no violations`);
    } finally {
      await context.close();
    }
  });
});

describe('the timeline at 320 px wide in Teams on a phone', () => {
  it('starts on the stacked list, never scrolls the page sideways, and has no axe violations in either form', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openTimeline(page, 'host=teamsMobile', 'view=timeline');
      expect(await page.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
      const sideways = (): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(await sideways()).toBe(false);
      expect(describeViolations('timeline list, phone', await runAxe(page))).toBe('timeline list, phone: no violations');
      // The chart may scroll, but only inside its own named region.
      await page.getByRole('button', { name: 'Chart' }).click();
      await page.getByRole('region', { name: /Timeline chart/ }).waitFor();
      await waitForSettled(page);
      expect(await sideways()).toBe(false);
      expect(describeViolations('timeline chart, phone', await runAxe(page))).toBe('timeline chart, phone: no violations');
    } finally {
      await context.close();
    }
  });
});

describe('the timeline with the keyboard alone', () => {
  it('filters, switches to the table, opens an action and lands back on it after Escape', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openTimeline(page, 'host=sharePoint');
      const count = page.getByText(/^Showing /);
      const before = (await count.textContent()) ?? '';

      // A filter: Space opens its list, the arrows move, Enter chooses.
      const rating = page.getByRole('combobox', { name: 'Rating' });
      await tabTo(page, rating);
      await page.keyboard.press('Space');
      await page.getByRole('listbox').waitFor();
      await chooseWithArrows(page, rating, 'Amber');
      expect((await rating.textContent())?.trim()).toBe('Amber');
      await page.waitForFunction((text) => !document.body.innerText.includes(text), before);
      expect(await count.textContent()).toMatch(/^Showing (all )?\d+/);

      // The toggle: Tab to Table and press Enter.
      const tableButton = page.getByRole('button', { name: 'Table' });
      await tabTo(page, tableButton);
      await page.keyboard.press('Enter');
      expect(await tableButton.getAttribute('aria-pressed')).toBe('true');
      const table = page.getByRole('table').first();
      await table.waitFor();

      // The first action in the table opens its panel; Escape closes it and focus comes back.
      const firstAction = table.getByRole('button').first();
      await tabTo(page, firstAction, { max: 40 });
      const name = (await firstAction.getAttribute('aria-label')) ?? '';
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(await panel.getByRole('heading').first().textContent()).toContain(name.split(' ')[0]);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 }).catch(() => undefined);
      expect({ focusReturned: await isFocused(firstAction), focusNow: await describeFocus(page) }).toEqual({ focusReturned: true, focusNow: expect.any(String) });
    } finally {
      await context.close();
    }
  });
});
