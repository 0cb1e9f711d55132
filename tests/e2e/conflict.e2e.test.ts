import type { BrowserContext, Page } from 'playwright-core';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';
import { readAction, readProgressItem, readProgressUpdates, spGet, type SpItem } from './support/sharePoint';

useProductAndBrowser();

/** LD.A1, led by the staff persona. */
const ACTION_ID = 1;

/** Each person in their own browser context: their own session, as on two machines. */
async function openAction(login: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&host=sharePoint&view=overview&action=${ACTION_ID}`);
  await page.getByRole('form', { name: 'Update this action' }).waitFor();
  await waitForSettled(page);
  return { context, page };
}

describe('two people save the same action at once', () => {
  it('shows the second both versions, lets them keep theirs on top of the first, and loses neither update', async () => {
    const staff = personaLogin(product, 'staff');
    const pmo = personaLogin(product, 'pmo');
    const first = await openAction(staff);
    const second = await openAction(pmo);
    try {
      // Both read the same version. The action's lead saves first.
      const firstForm = first.page.getByRole('form', { name: 'Update this action' });
      await firstForm.getByRole('spinbutton', { name: /Progress/ }).fill('75');
      await firstForm.getByRole('textbox', { name: /Commentary/ }).fill('First: the shortlisting panel met and three candidates go to interview.');
      await firstForm.getByRole('button', { name: 'Save update' }).click();
      await firstForm.getByText('Update saved.').waitFor();

      // The programme office, still on the old version, saves over it: SharePoint answers 412.
      const secondForm = second.page.getByRole('form', { name: 'Update this action' });
      await secondForm.getByRole('textbox', { name: /Commentary/ }).fill('Second: interviews moved to December at the panel chair’s request.');
      await secondForm.getByRole('textbox', { name: /Next steps/ }).fill('Second: confirm the interview date with the panel chair.');
      await secondForm.getByRole('button', { name: 'Save update' }).click();
      const conflict = secondForm.getByRole('region', { name: 'Someone else saved this action while you were editing' });
      await conflict.waitFor();
      // Focus moves to the conflict's heading, so a screen reader user hears what happened.
      expect(await second.page.evaluate(() => document.activeElement?.textContent)).toBe('Someone else saved this action while you were editing');

      const mine = conflict.getByRole('region', { name: 'Your update' });
      const theirs = conflict.getByRole('region', { name: 'Saved by someone else' });
      expect(await mine.textContent()).toContain('Second: interviews moved to December');
      expect(await mine.textContent()).toContain('Second: confirm the interview date');
      expect(await theirs.textContent()).toContain('First: the shortlisting panel met');
      expect(await theirs.textContent()).toContain('75%');
      // The conflict panel meets WCAG 2.2 AA too.
      await waitForSettled(second.page);
      expect(describeViolations('conflict panel', await runAxe(second.page))).toBe('conflict panel: no violations');

      // SharePoint still holds the first save: nothing was overwritten.
      expect(await readAction(product, pmo, ACTION_ID)).toMatchObject({ ProgressPercent: 75, Commentary: 'First: the shortlisting panel met and three candidates go to interview.' });

      // The second keeps editing theirs on top of the first (taking the first's progress further) and saves.
      await conflict.getByRole('button', { name: 'Keep editing mine' }).click();
      await secondForm.getByText('Your draft is kept; saving now will replace their version.').waitFor();
      await secondForm.getByRole('spinbutton', { name: /Progress/ }).fill('80');
      await secondForm.getByRole('button', { name: 'Save update' }).click();
      await secondForm.getByText('Update saved.').waitFor();

      const saved = await readAction(product, staff, ACTION_ID);
      expect(saved).toMatchObject({
        ProgressPercent: 80,
        Commentary: 'Second: interviews moved to December at the panel chair’s request.',
        NextSteps: 'Second: confirm the interview date with the panel chair.'
      });

      // The first person's update is still in the progress history, before the second's.
      const history = await readProgressUpdates(product, staff, ACTION_ID);
      const firstEntry = history.findIndex((h) => h.Commentary === 'First: the shortlisting panel met and three candidates go to interview.');
      const secondEntry = history.findIndex((h) => h.Commentary === 'Second: interviews moved to December at the panel chair’s request.');
      expect(firstEntry).toBeGreaterThanOrEqual(0);
      expect(history[firstEntry]).toMatchObject({ ProgressPercent: 75, SubmittedByName: 'Aisha Bello' });
      expect(secondEntry).toBeGreaterThan(firstEntry);
      expect(history[secondEntry]).toMatchObject({ ProgressPercent: 80 });
      expect(history.filter((h) => String(h.Commentary).startsWith('First:') || String(h.Commentary).startsWith('Second:'))).toHaveLength(2);

      // And SharePoint's own version history of the item keeps the first save.
      const progressItem = await readProgressItem(product, staff, ACTION_ID);
      const versions = await spGet<{ value: SpItem[] }>(product, staff, `web/lists/getByTitle('Plan Action Progress')/items(${progressItem.Id as number})/versions`);
      expect(versions.value.some((v) => v.Commentary === 'First: the shortlisting panel met and three candidates go to interview.')).toBe(true);

      // The first person sees the second's save when they next load the action.
      await first.page.reload();
      const reloaded = first.page.getByRole('form', { name: 'Update this action' });
      await reloaded.waitFor();
      // As the last update shown for reference: the commentary box starts empty for the next one.
      await reloaded.getByText('Last update, November 2026:').waitFor();
      await reloaded.getByText('Second: interviews moved to December at the panel chair’s request.').waitFor();
      expect(await first.page.getByRole('textbox', { name: /Commentary/ }).inputValue()).toBe('');
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });
});
