import { waitForSettled } from './support/axe';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';
import { armedFaults, readAction, readProgressUpdates, switchFaultsOff, switchFaultsOn } from './support/sharePoint';

useProductAndBrowser();

afterEach(async () => {
  // Whatever happened, the next test (and anyone sharing the product) gets a calm SharePoint.
  if (product) await switchFaultsOff(product);
});

/** LD.A1, led by the staff persona. */
const ACTION_ID = 1;

describe('saving while SharePoint throttles', () => {
  it('retries through a storm of 429 and 503 answers honouring Retry-After, and saves the update exactly once', async () => {
    const staff = personaLogin(product, 'staff');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await page.goto(`${product.url}/app?user=${encodeURIComponent(staff)}&host=sharePoint&view=overview&action=${ACTION_ID}`);
      const form = page.getByRole('form', { name: 'Update this action' });
      await form.waitFor();
      await waitForSettled(page);
      const historyBefore = await readProgressUpdates(product, staff, ACTION_ID);
      const commentary = 'Saved through throttling: the panel date is confirmed for 8 December.';
      await form.getByRole('textbox', { name: /Commentary/ }).fill(commentary);

      // Every answer the browser sees while saving, and when.
      const throttled: Array<{ status: number; retryAfter: string | null; at: number }> = [];
      page.on('response', (response) => {
        if (response.status() === 429 || response.status() === 503) throttled.push({ status: response.status(), retryAfter: response.headers()['retry-after'] ?? null, at: Date.now() });
      });

      // The storm: the next five writes to SharePoint are refused, three with 429 and two with 503,
      // each asking the client to wait a second. (One request may be refused five times: the
      // client makes six attempts.)
      await switchFaultsOn(product, [
        { status: 429, retryAfterSeconds: 1, count: 3, method: 'POST', pathContains: '/_api/' },
        { status: 503, retryAfterSeconds: 1, count: 2, method: 'POST', pathContains: '/_api/' }
      ]);
      const started = Date.now();
      await form.getByRole('button', { name: 'Save update' }).click();
      // While it retries, the form says it is saving and cannot be sent twice.
      await form.getByRole('button', { name: 'Saving…' }).waitFor();
      // A save held up by throttling says so, in the live region, instead of leaving a grey button.
      await form.getByRole('status').getByText(/Still saving: SharePoint is busy/).waitFor({ timeout: 10000 });
      await form.getByText('Update saved.').waitFor({ timeout: 30000 });
      const took = Date.now() - started;

      // Every fault was served, and the client waited as Retry-After asked before each retry.
      expect(await armedFaults(product)).toEqual([]);
      expect(throttled.map((t) => t.status)).toEqual([429, 429, 429, 503, 503]);
      expect(throttled.every((t) => t.retryAfter === '1')).toBe(true);
      expect(took).toBeGreaterThanOrEqual(5 * 1000);
      expect(await form.getByText(/not saved/).count()).toBe(0);

      // SharePoint holds the update, once.
      expect(await readAction(product, staff, ACTION_ID)).toMatchObject({ Commentary: commentary });
      const historyAfter = await readProgressUpdates(product, staff, ACTION_ID);
      expect(historyAfter.filter((h) => h.Commentary === commentary)).toHaveLength(1);
      expect(historyAfter).toHaveLength(historyBefore.length + 1);
    } finally {
      await context.close();
    }
  });
});
