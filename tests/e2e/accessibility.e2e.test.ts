import type { BrowserContext, Page } from 'playwright-core';
import { parseRoute } from '../../src/ui/routes';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { chooseWithArrows, describeFocus, isFocused, tabTo } from './support/keyboard';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';
import { readAction } from './support/sharePoint';

useProductAndBrowser();

/** The hosts and themes the app must pass in: SharePoint (light), Teams dark and high contrast, and a phone. */
const THEMES = [
  { theme: 'SharePoint (light)', host: 'host=sharePoint', width: 1280 },
  { theme: 'Teams dark', host: 'host=teams&teamsTheme=dark', width: 1280 },
  { theme: 'Teams high contrast', host: 'host=teams&teamsTheme=contrast', width: 1280 }
];

interface ViewCase {
  name: string;
  persona: 'staff' | 'pmo';
  route: string;
  /** The panel's form, which loads after the view. */
  panel?: boolean;
}

/** Views other helpers may have added by now: scanned when the router knows them. */
const OPTIONAL_VIEWS: ViewCase[] = [
  { name: 'reports', persona: 'pmo', route: 'view=reports' },
  { name: 'import', persona: 'pmo', route: 'view=import' },
  { name: 'recommendations register', persona: 'staff', route: 'view=recommendations' }
].filter((v) => parseRoute(`?${v.route}`).view === v.route.slice('view='.length)) as ViewCase[];

const VIEWS: ViewCase[] = [
  { name: 'plan overview', persona: 'staff', route: 'view=overview' },
  { name: 'theme view (Leadership)', persona: 'staff', route: 'view=theme&theme=LD' },
  { name: 'action panel with the update form', persona: 'staff', route: 'view=overview&action=1', panel: true },
  { name: 'my actions', persona: 'staff', route: 'view=my' },
  { name: 'exceptions', persona: 'staff', route: 'view=exceptions' },
  { name: 'risk register', persona: 'staff', route: 'view=risks' },
  { name: 'change control (programme office)', persona: 'pmo', route: 'view=changes' },
  ...OPTIONAL_VIEWS
];

async function openView(page: Page, host: string, view: ViewCase): Promise<void> {
  await page.goto(`${product.url}/app?user=${encodeURIComponent(personaLogin(product, view.persona))}&${host}&${view.route}`);
  await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
  // An open panel is modal and hides the rest from the accessibility tree, so wait for what is in front.
  if (view.panel) await page.getByRole('form', { name: 'Update this action' }).waitFor();
  else await page.getByRole('navigation').first().waitFor();
  await waitForSettled(page);
}

describe.each(THEMES)('WCAG 2.2 AA (axe-core) in $theme', ({ theme, host, width }) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The local pages allow no inline script; axe is injected as one.
    context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, locale: 'en-GB' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(VIEWS)('$name has no violations', async (view) => {
    await openView(page, host, view);
    const where = `${view.name}, ${theme}`;
    expect(describeViolations(where, await runAxe(page))).toBe(`${where}: no violations`);
  });
});

describe('at 320 px wide in Teams on a phone', () => {
  it.each(VIEWS.filter((v) => v.name === 'plan overview' || v.panel))('$name has no violations', async (view) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await openView(page, 'host=teamsMobile', view);
      const where = `${view.name}, phone`;
      expect(describeViolations(where, await runAxe(page))).toBe(`${where}: no violations`);
    } finally {
      await context.close();
    }
  });
});

describe('the whole update with the keyboard alone', () => {
  it('opens an action from the theme grid with the arrow keys and Enter, and Escape returns to it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await page.goto(`${product.url}/app?user=${encodeURIComponent(personaLogin(product, 'staff'))}&host=sharePoint&view=theme&theme=LD`);
      const grid = page.getByRole('grid');
      await grid.waitFor();
      await waitForSettled(page);
      // Tab reaches the grid (its first column header); arrows go down into the rows and along a row.
      await tabTo(page, grid.getByRole('button', { name: 'Ref' }));
      await page.keyboard.press('ArrowDown');
      const titleLink = grid.locator('[role="row"][aria-rowindex="2"] button');
      for (let i = 0; i < 4 && !(await isFocused(titleLink)); i++) await page.keyboard.press('ArrowRight');
      expect({ onTheTitle: await isFocused(titleLink), focusNow: await describeFocus(page) }).toEqual({ onTheTitle: true, focusNow: expect.any(String) });
      const title = (await titleLink.textContent())?.trim() ?? '';
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(await panel.getByRole('heading').first().textContent()).toContain(title);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 }).catch(() => undefined);
      expect({ focusReturned: await isFocused(titleLink), focusNow: await describeFocus(page) }).toEqual({ focusReturned: true, focusNow: expect.any(String) });
    } finally {
      await context.close();
    }
  });

  it('lets staff open an action from My actions, update it, save, and close the panel back to where they were', async () => {
    const staff = personaLogin(product, 'staff');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await page.goto(`${product.url}/app?user=${encodeURIComponent(staff)}&host=sharePoint&view=overview`);
      await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
      await waitForSettled(page);

      // The navigation is a tab list: Tab into it, arrow to My actions, Enter to choose it.
      const myTab = page.getByRole('tab', { name: 'My actions' });
      await tabTo(page, page.getByRole('tab', { name: 'Plan overview' }));
      for (let i = 0; i < 5 && !(await isFocused(myTab)); i++) await page.keyboard.press('ArrowRight');
      expect(await isFocused(myTab)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: /^My actions: / }).waitFor();

      // The first action in the list, then Enter opens its panel with focus inside it.
      const firstAction = page.locator('section ul li button').first();
      await tabTo(page, firstAction);
      const title = (await firstAction.textContent())?.trim() ?? '';
      const panel = page.getByRole('dialog');
      // Escape straight away: the panel closes and focus is back on the action.
      await page.keyboard.press('Enter');
      await panel.waitFor();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 }).catch(() => undefined);
      expect({ focusReturned: await isFocused(firstAction), focusNow: await describeFocus(page) }).toEqual({ focusReturned: true, focusNow: expect.any(String) });
      await page.keyboard.press('Enter');
      await panel.waitFor();
      await panel.getByRole('heading', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().waitFor();
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      const actionId = Number(new URL(page.url()).searchParams.get('action'));
      expect(actionId).toBeGreaterThan(0);

      const form = panel.getByRole('form', { name: 'Update this action' });
      await form.waitFor();
      await waitForSettled(page);

      // Status: Space opens the list, arrows move, Enter chooses.
      const status = form.getByRole('combobox', { name: 'Status' });
      await tabTo(page, status);
      const newStatus = (await status.textContent())?.trim() === 'On hold' ? 'In progress' : 'On hold';
      await page.keyboard.press('Space');
      await page.getByRole('listbox').waitFor();
      await chooseWithArrows(page, status, newStatus);
      expect((await status.textContent())?.trim()).toBe(newStatus);
      expect(await isFocused(status)).toBe(true);

      // Progress: the arrow keys step a number field.
      const progress = form.getByRole('spinbutton', { name: /Progress/ });
      await page.keyboard.press('Tab');
      expect(await isFocused(progress)).toBe(true);
      const before = Number((await progress.inputValue()) || '0');
      const step = before > 95 ? 'ArrowDown' : 'ArrowUp';
      for (let i = 0; i < 5; i++) await page.keyboard.press(step);
      const after = Number(await progress.inputValue());
      expect(after).toBe(step === 'ArrowUp' ? before + 5 : before - 5);

      // The forecast completion date comes next, then the rating override (the date picker's own
      // button, when it has one, sits between them).
      const forecast = form.getByLabel(/Forecast completion date/).first();
      await page.keyboard.press('Tab');
      expect(await isFocused(forecast)).toBe(true);

      // A rating override, which asks for its reason straight after it.
      const override = form.getByRole('combobox', { name: 'Override the calculated rating' });
      await tabTo(page, override, { max: 3 });
      expect(await isFocused(override)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor();
      await chooseWithArrows(page, override, 'Red');
      const reason = form.getByRole('textbox', { name: /Reason for choosing this rating/ });
      await page.keyboard.press('Tab');
      expect(await isFocused(reason)).toBe(true);
      await page.keyboard.type('The recruitment panel has been postponed twice; the date is at risk.');

      const commentary = form.getByRole('textbox', { name: /Commentary/ });
      await page.keyboard.press('Tab');
      expect(await isFocused(commentary)).toBe(true);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Written with the keyboard alone: panel rearranged for next month.');

      // Shift+Tab goes back through the form in order.
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(reason)).toBe(true);

      const save = form.getByRole('button', { name: 'Save update' });
      await tabTo(page, save);
      await page.keyboard.press('Enter');
      await form.getByRole('status').getByText('Update saved.').waitFor({ timeout: 20000 });
      // Focus stays on the save button (it is never disabled, so it is not lost) inside the panel.
      expect(await isFocused(save)).toBe(true);

      // Escape closes the panel and focus returns to the action that opened it: in its new group
      // when the update moved it (no longer due an update), or to the My actions tab if it has gone.
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 }).catch(() => undefined);
      const opener = page.locator('section ul li button', { hasText: title });
      const expected = (await opener.count()) ? opener.first() : page.getByRole('tab', { name: 'My actions', selected: true });
      const focusNow = await describeFocus(page);
      expect({ focusReturned: await isFocused(expected), focusNow }).toEqual({ focusReturned: true, focusNow });

      const saved = await readAction(product, staff, actionId);
      expect(saved).toMatchObject({
        Status: newStatus === 'On hold' ? 'OnHold' : 'InProgress',
        ProgressPercent: after,
        RatingOverride: 'Red',
        OverrideReason: 'The recruitment panel has been postponed twice; the date is at risk.',
        Commentary: 'Written with the keyboard alone: panel rearranged for next month.'
      });
    } finally {
      await context.close();
    }
  });
});
