import type { Page } from 'playwright-core';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

async function openApp(login: string, route = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&host=sharePoint${route}`);
  await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
  return page;
}

describe('the plan as at a closed period, in a real browser', () => {
  it('opens from a shared address, compares with the period before, and keeps the period while moving between views', async () => {
    const member = personaLogin(product, 'member');
    const page = await openApp(member, '&view=overview&asAt=2026-08');
    await page.getByRole('region', { name: 'You are looking at the plan as at August 2026' }).waitFor();
    await page.getByRole('region', { name: 'Change since July 2026' }).waitFor();
    expect(await page.getByRole('region', { name: /Change since (September|October|November) 2026/ }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Plan views' }).getByRole('tab', { name: 'Exceptions' }).click();
    await page.waitForURL(/asAt=2026-08/);
    expect(new URL(page.url()).searchParams.get('view')).toBe('exceptions');
    await page.getByRole('button', { name: 'Back to today' }).click();
    await page.waitForURL((url) => !url.searchParams.has('asAt'));
    await page.close();
  });

  it('shows an action’s history only as far as the end of the period', async () => {
    const member = personaLogin(product, 'member');
    const page = await openApp(member, '&view=overview&action=1&asAt=2026-08');
    await page.getByRole('dialog').getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('dialog').getByRole('region', { name: 'Progress history' });
    await history.waitFor();
    await history.getByText(/August 2026, by/).first().waitFor();
    for (const later of ['September 2026', 'October 2026', 'November 2026']) expect(await history.getByText(new RegExp(`^${later}, by`)).count()).toBe(0);
    await page.close();
  });

  it('draws the overview’s change figures once, without a first figure that then changes', async () => {
    const member = personaLogin(product, 'member');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Record every text the change section shows from the first frame on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { changeTexts: string[] }).changeTexts = seen;
      new MutationObserver(() => {
        const heading = [...document.querySelectorAll('h3')].find((h) => /^Change since/.test(h.textContent ?? ''));
        const text = heading?.parentElement?.querySelector('p')?.textContent;
        if (text && /worse/.test(text) && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${product.url}/app?user=${encodeURIComponent(member)}&host=sharePoint`);
    await page.getByRole('region', { name: 'Change since October 2026' }).waitFor();
    await page.waitForTimeout(1500);
    const texts = await page.evaluate(() => (window as unknown as { changeTexts: string[] }).changeTexts);
    expect(texts).toHaveLength(1);
    await page.close();
  });
});
