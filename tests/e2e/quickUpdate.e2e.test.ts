/**
 * Issue 16's measure of a quick update: a lead opens the Teams tab on My actions and updates an
 * overdue action in at most three interactions (open it from "Overdue", type the commentary,
 * Save), in under a minute. The panel opens on the update form because the lead may update it.
 */
import type { Locator, Page } from 'playwright-core';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

/** The demo's staff persona, who leads actions in the Culture theme. */
const LEAD = 'a.bello@northmoor.gov.uk';

/** The number in a My actions group heading, e.g. 4 from "Overdue (4)". */
async function countIn(page: Page, group: RegExp): Promise<number> {
  const heading = page.getByRole('heading', { level: 3, name: group });
  const match = /\((\d+)\)\s*$/.exec((await heading.textContent()) ?? '');
  if (!match) throw new Error(`No count in the heading ${group}.`);
  return Number(match[1]);
}

describe('a quick update from the Teams tab', () => {
  it('updates an overdue action in three interactions and under a minute', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${product.url}/app?user=${encodeURIComponent(LEAD)}&host=teams&view=my`);
      const overdue = page.getByRole('region', { name: /^Overdue \(\d+\)$/ });
      await overdue.waitFor({ timeout: 30000 });
      const overdueBefore = await countIn(page, /^Overdue/);
      const updateDueBefore = await countIn(page, /^Update due for/);
      expect(overdueBefore).toBeGreaterThan(0);

      const started = Date.now();
      let interactions = 0;
      const act = async (step: () => Promise<void>): Promise<void> => {
        interactions += 1;
        await step();
      };
      const first: Locator = overdue.getByRole('listitem').first().getByRole('button');
      const title = ((await first.textContent()) ?? '').trim();

      // 1. Open the action from "Overdue": the panel opens on the update form.
      await act(() => first.click());
      const panel = page.getByRole('dialog', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      const form = panel.getByRole('form', { name: 'Update this action' });
      await form.waitFor();
      expect(await panel.getByRole('tab', { name: 'Update', selected: true }).count()).toBe(1);
      // Last period's commentary is there to read, not in the box.
      await form.getByText(/^Last update, /).waitFor();
      const commentary = form.getByRole('textbox', { name: /Commentary/ });
      expect(await commentary.inputValue()).toBe('');

      // 2. Type this period's commentary.
      await act(() => commentary.fill('Managers briefed at the November forum; framework goes to the intranet next week.'));
      // 3. Save.
      await act(() => form.getByRole('button', { name: 'Save update' }).click());
      await form.getByRole('status').getByText('Update saved.').waitFor({ timeout: 20000 });

      expect(interactions).toBeLessThanOrEqual(3);
      expect(Date.now() - started).toBeLessThan(60000);

      // The update now counts as this period's: the last update shown is November's.
      await form.getByText('Last update, November 2026:').waitFor();
      // Its due date has not moved, so it stays under "Overdue"; nothing was added to "Update due".
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(await countIn(page, /^Overdue/)).toBe(overdueBefore);
      expect(await countIn(page, /^Update due for/)).toBe(updateDueBefore);
    } finally {
      await page.close();
    }
  });
});
