import type { BrowserContext, Page } from 'playwright-core';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

/** Teams on a phone at its narrowest: 320 px wide. */
describe('Teams on a phone at 320 px', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The local pages allow no inline script; axe is injected as one.
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true, locale: 'en-GB' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(route: string): Promise<void> {
    await page.goto(`${product.url}/app?user=${encodeURIComponent(personaLogin(product, 'staff'))}&host=teamsMobile&${route}`);
    await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
    await page.getByRole('navigation').first().waitFor();
    await waitForSettled(page);
  }

  const scrollsSideways = (): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  it('lists a theme’s actions with whole titles, no sideways scrolling and no axe violations', async () => {
    await open('view=theme&theme=LD');
    const list = page.getByRole('list', { name: /^Actions in LD / });
    await list.waitFor();
    expect(await page.getByRole('grid').count()).toBe(0);
    const titles = await list.getByRole('listitem').getByRole('button').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => t.length > 40)).toBe(true);
    expect(titles.every((t) => !t.endsWith('…'))).toBe(true);
    expect(await scrollsSideways()).toBe(false);
    expect(describeViolations('theme, phone', await runAxe(page))).toBe('theme, phone: no violations');
  });

  it('shows each risk as a card with its scores labelled, with no sideways scrolling', async () => {
    await open('view=risks');
    const cards = page.getByRole('list', { name: 'Risks' });
    await cards.waitFor();
    expect(await page.getByRole('table', { name: 'Risks' }).count()).toBe(0);
    const first = cards.locator(':scope > li').first();
    for (const term of ['Owner', 'Likelihood', 'Impact', 'Score', 'Trend']) expect(await first.locator('dt', { hasText: term }).count()).toBe(1);
    expect(await scrollsSideways()).toBe(false);
    expect(describeViolations('risks, phone', await runAxe(page))).toBe('risks, phone: no violations');
  });

  it('shows every overdue action on request and says how many are shown', async () => {
    await open('view=overview');
    const overdue = page.getByRole('region', { name: /^Overdue actions \(\d+\)$/ });
    await overdue.waitFor();
    const total = Number(/\((\d+)\)/.exec((await overdue.getAttribute('aria-label')) ?? (await overdue.getByRole('heading').innerText()))?.[1]);
    if (total > 10) {
      expect(await overdue.getByRole('status').innerText()).toBe(`Showing 10 of ${total}`);
      await overdue.getByRole('button', { name: `Show all ${total} overdue` }).click();
      expect(await overdue.getByRole('listitem').count()).toBe(total);
    } else {
      expect(await overdue.getByRole('listitem').count()).toBe(total);
    }
  });
});
