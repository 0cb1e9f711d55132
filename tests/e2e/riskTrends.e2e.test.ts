/**
 * The risk register with its history, in Chromium against the local product and the demo's
 * reviews (July to November 2026, July to October closed): no axe violations in each host and
 * theme, sorting and filtering by keyboard, a risk's history, and the register as at September.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { chooseWithArrows, tabTo } from './support/keyboard';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

const HOSTS = [
  { theme: 'SharePoint light', host: 'host=sharePoint', width: 1280 },
  { theme: 'Teams dark', host: 'host=teams&teamsTheme=dark', width: 1280 },
  { theme: 'Teams high contrast', host: 'host=teams&teamsTheme=contrast', width: 1280 },
  { theme: 'a phone at 320 px', host: 'host=teamsMobile', width: 320 }
] as const;

describe('the risk register’s history and trends in a real browser', () => {
  let context: BrowserContext;

  afterEach(async () => {
    await context?.close();
  });

  async function open(persona: string, host: string, width: number, route = ''): Promise<Page> {
    // The local pages allow no inline script; axe is injected as one.
    context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${product.url}/app?user=${encodeURIComponent(personaLogin(product, persona))}&${host}&view=risks${route}`);
    await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: /^Showing / }).waitFor();
    await waitForSettled(page);
    return page;
  }

  it.each(HOSTS)('has no axe violations in $theme, with a history and the review form open too', async ({ host, width, theme }) => {
    const page = await open('pmo', host, width);
    expect(describeViolations(`risks, ${theme}`, await runAxe(page))).toBe(`risks, ${theme}: no violations`);
    if (width === 320) expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await page.getByRole('button', { name: 'History of R02' }).click();
    await page.getByText('R02 Medium-term budget gap: history by period').waitFor();
    await waitForSettled(page);
    expect(describeViolations(`risk history, ${theme}`, await runAxe(page))).toBe(`risk history, ${theme}: no violations`);
    await page.keyboard.press('Escape');
    await page.getByText('R02 Medium-term budget gap: history by period').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Review R02' }).click();
    await page.getByText('Review R02 for November 2026').waitFor();
    // With the problems shown, so their messages are checked too.
    await page.getByRole('button', { name: 'Record review' }).click();
    await page.getByText('Write a short note saying why the score moved or held.').waitFor();
    await waitForSettled(page);
    expect(describeViolations(`risk review, ${theme}`, await runAxe(page))).toBe(`risk review, ${theme}: no violations`);
  });

  it('sorts and filters by keyboard, with aria-sort and a count', async () => {
    const page = await open('staff', 'host=sharePoint', 1280);
    const table = page.getByRole('table', { name: 'Risks' });
    const refHeader = table.getByRole('columnheader', { name: /^Ref/ });
    expect(await table.getByRole('columnheader', { name: /^Score/ }).getAttribute('aria-sort')).toBe('descending');
    await tabTo(page, refHeader.getByRole('button'), { max: 60 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]') !== null);
    expect(await refHeader.getAttribute('aria-sort')).toBe('ascending');
    const firstRef = (): Promise<string> => table.getByRole('row').nth(1).getByRole('cell').first().innerText();
    expect(await firstRef()).toBe('R01');
    const trend = page.getByRole('combobox', { name: 'Trend' });
    await tabTo(page, trend, { backwards: true, max: 60 });
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await chooseWithArrows(page, trend, 'Worse');
    await page.getByRole('status').filter({ hasText: /^Showing \d+ of 18 risks$/ }).waitFor();
    const trends = await table.getByRole('row').locator('td:nth-child(8)').allInnerTexts();
    expect(trends.length).toBeGreaterThan(0);
    expect(trends.every((t) => t.startsWith('rose from'))).toBe(true);
  });

  it('opens a risk’s history from its row, a period to a row', async () => {
    const page = await open('member', 'host=sharePoint', 1280);
    await page.getByRole('button', { name: 'History of R05' }).click();
    const history = page.getByRole('table', { name: 'Scores of R05 by period' });
    await history.waitFor();
    const periods = await history.locator('tbody tr td:first-child').allInnerTexts();
    expect(periods).toEqual(['November 2026', 'October 2026 (closed)', 'September 2026 (closed)', 'August 2026 (closed)', 'July 2026 (closed)']);
    expect(await history.locator('tbody tr').first().innerText()).toMatch(/2 Possible\s+4 Severe\s+8\s+Amber/);
  });

  it('as at September shows September’s scores and the trend against August', async () => {
    const page = await open('member', 'host=sharePoint', 1280, '&asAt=2026-09');
    await page.getByText('Scores as reviewed in September 2026; trend since August 2026, the period closed before it.').waitFor();
    const table = page.getByRole('table', { name: 'Risks' });
    const row = (ref: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: ref, exact: true }) });
    expect(await row('R11').innerText()).toMatch(/reduced from Red 16 to Red 12/);
    expect(await row('R01').innerText()).toMatch(/reduced from Red 12 to Amber 9/);
    // Raised only in October and November: not on September's register.
    for (const ref of ['R15', 'R18', 'R20']) expect(await row(ref).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Review R/ }).count()).toBe(0);
  });

  it('records the programme office’s review in SharePoint: the trend moves, and it is still there after a reload', async () => {
    const page = await open('pmo', 'host=sharePoint', 1280);
    await page.getByRole('button', { name: 'Review R08' }).click();
    await page.getByText('Review R08 for November 2026').waitFor();
    await page.getByLabel(/^Likelihood/).selectOption('2');
    await page.getByLabel(/^Note/).fill('Market supplements agreed for planning posts; two offers accepted.');
    await page.getByRole('button', { name: 'Record review' }).click();
    await page.getByText('Review of R08 recorded: Amber 6 for November 2026.').waitFor();
    const row = page.getByRole('table', { name: 'Risks' }).getByRole('row').filter({ has: page.getByRole('cell', { name: 'R08', exact: true }) });
    expect(await row.innerText()).toMatch(/unchanged at Amber 6/);
    await page.reload();
    await page.getByRole('status').filter({ hasText: /^Showing / }).waitFor();
    await page.getByRole('button', { name: 'History of R08' }).click();
    const history = page.getByRole('table', { name: 'Scores of R08 by period' });
    await history.waitFor();
    expect(await history.locator('tbody tr').first().innerText()).toMatch(/November 2026\s+2 Possible\s+3 Major\s+6\s+Amber\s+Market supplements agreed/);
  });
});
