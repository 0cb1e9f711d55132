import type { Page } from 'playwright-core';
import { personaLogin } from './support/product';
import { browser, product, restartSession, useProductAndBrowser } from './support/session';

useProductAndBrowser();

async function openApp(login: string, route = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&host=sharePoint${route}`);
  await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
  return page;
}

describe('the local product in a real browser', () => {
  it('shows a member the whole plan read-only, and SharePoint refuses a crafted write', async () => {
    const member = personaLogin(product, 'member');
    const page = await openApp(member);
    await page.getByRole('heading', { name: 'LD Leadership' }).waitFor();
    expect(await page.getByText(/You can read the (whole )?plan/).first().isVisible()).toBe(true);
    await page.goto(`${product.url}/app?user=${encodeURIComponent(member)}&host=sharePoint&view=overview&action=1`);
    await page.getByRole('dialog').waitFor();
    // A member may not update: the panel opens on the details, with the history a tab away.
    await page.getByRole('dialog').getByRole('tab', { name: 'History' }).click();
    await page.getByRole('heading', { name: /Progress history/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Save update' }).count()).toBe(0);
    // A hand-made write as the member, with a valid request digest: SharePoint itself refuses it.
    const refused = await page.evaluate(
      async ({ site, login }) => {
        const as = { 'X-Emulator-User': login, Accept: 'application/json' };
        const digest = (await (await fetch(`${site}/_api/contextinfo`, { method: 'POST', headers: as })).json()) as { FormDigestValue: string };
        const response = await fetch(`${site}/_api/web/lists/getByTitle('Plan Actions')/items(1)`, {
          method: 'POST',
          headers: { ...as, 'Content-Type': 'application/json', 'IF-Match': '*', 'X-HTTP-Method': 'MERGE', 'X-RequestDigest': digest.FormDigestValue },
          body: JSON.stringify({ Title: 'Changed by a member' })
        });
        return { status: response.status, body: await response.text() };
      },
      { site: product.siteUrl, login: member }
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/Access denied/i);
    await page.close();
  });

  it('lets staff update an action, and the update survives a restart of SharePoint', async () => {
    const staff = personaLogin(product, 'staff');
    const page = await openApp(staff, '&view=overview&action=1');
    const form = page.getByRole('form', { name: 'Update this action' });
    await form.waitFor();
    const commentary = form.getByRole('textbox', { name: /Commentary/ });
    await commentary.fill('Updated from the browser journey: working group met on Monday.');
    await form.getByRole('button', { name: 'Save update' }).click();
    await form.getByText('Update saved.').waitFor();
    await page.close();

    await restartSession();
    const after = await openApp(staff, '&view=overview&action=1');
    const again = after.getByRole('form', { name: 'Update this action' });
    await again.waitFor();
    // The saved commentary is shown for reference as the last update; the box starts empty for the next one.
    await again.getByText('Last update, November 2026:').waitFor();
    await again.getByText('Updated from the browser journey: working group met on Monday.').waitFor();
    expect(await after.getByRole('textbox', { name: /Commentary/ }).inputValue()).toBe('');
    await after.close();
  });

  it('restyles the app when the Teams theme changes, without reloading it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${product.url}/?user=${encodeURIComponent(personaLogin(product, 'staff'))}&host=teams&teamsTheme=default`);
    const app = page.frameLocator('iframe[title="Improvement Plan app"]');
    const heading = app.getByRole('heading', { name: 'Improvement Plan', level: 1 });
    await heading.waitFor();
    const colours = (): Promise<string> => heading.evaluate((el) => `${getComputedStyle(el).color}|${getComputedStyle(el.closest('[data-narrow]') as Element).backgroundColor}`);
    const light = await colours();
    await app.getByRole('tab', { name: 'My actions' }).click();

    const themes = ['Dark', 'High contrast'];
    const seen = [light];
    for (const theme of themes) {
      await page.getByRole('combobox', { name: 'Teams theme' }).click();
      await page.getByRole('option', { name: theme }).click();
      await page.waitForFunction(
        (previous) => {
          const frame = document.querySelector('iframe[title="Improvement Plan app"]') as HTMLIFrameElement;
          const h = frame.contentDocument?.querySelector('h1');
          const root = h?.closest('[data-narrow]');
          return !!h && !!root && `${getComputedStyle(h).color}|${getComputedStyle(root).backgroundColor}` !== previous;
        },
        seen[seen.length - 1]
      );
      seen.push(await colours());
    }
    expect(new Set(seen).size).toBe(3);
    // Still on My actions: the theme travelled by message, as in Teams, not by reloading the tab.
    await expect(app.getByRole('tab', { name: 'My actions', selected: true }).count()).resolves.toBe(1);
    await page.close();
  });
});
