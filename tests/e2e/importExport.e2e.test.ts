import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

const SAMPLES = path.resolve(__dirname, '../../tools/demo/samples');
const MESSY = path.join(SAMPLES, 'northmoor-peer-challenge-actions.xlsx');
const FIXED = path.join(SAMPLES, 'northmoor-peer-challenge-actions-fixed.xlsx');

useProductAndBrowser();

async function openImport(login: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&host=sharePoint&view=import`);
  await page.getByRole('heading', { name: 'Import a plan from a spreadsheet or the adopted Word plan', level: 2 }).waitFor({ timeout: 60000 });
  return page;
}

/** Chooses a file and runs the dry run; returns the counts shown. */
async function dryRun(page: Page, file: string): Promise<Record<string, number>> {
  // As a person does: the Fluent button opens the browser's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (a|another) file: Spreadsheet/ }).click();
  await (await chooser).setFiles(file);
  await page.getByText(new RegExp(`${path.basename(file).replace(/[.]/g, '\\.')}: .*rows? below them`)).waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  const counts = page.getByRole('list', { name: 'What the import would do' });
  await counts.waitFor({ timeout: 120000 });
  const items = await counts.getByRole('listitem').allInnerTexts();
  return Object.fromEntries(items.map((text) => {
    const [label, figure] = text.split('\n').map((s) => s.trim()).filter(Boolean);
    return [label, Number(figure)];
  }));
}

/** The monitoring tool as the Reports view's button downloads it. */
async function exportMonitoringTool(page: Page, login: string, dir: string): Promise<string> {
  const file = path.join(dir, 'monitoring-tool.xlsx');
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&host=sharePoint&view=reports`);
  await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor();
  const button = page.getByRole('button', { name: 'Download monitoring tool (.xlsx)' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), button.click()]);
  await download.saveAs(file);
  return file;
}

describe('importing a plan and exporting it again, as the programme office', () => {
  it('refuses the messy sample, imports the fixed one, and reads its own monitoring tool back as no change', async () => {
    const pmo = personaLogin(product, 'pmo');
    const page = await openImport(pmo);

    const messy = await dryRun(page, MESSY);
    expect(messy.Errors).toBe(8);
    const table = page.getByRole('table', { name: /Every problem the dry run found/ });
    expect(await table.getByRole('row').count()).toBe(9);
    await page.getByRole('row', { name: /^16 G: Target date .*end of spring 2027/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ changes?$/ }).isDisabled()).toBe(true);

    const fixed = await dryRun(page, FIXED);
    expect(fixed).toMatchObject({ 'To create': 77, 'To update': 0, Errors: 0 });
    await page.getByRole('button', { name: 'Import 77 changes' }).click();
    await page.getByText('Import finished').waitFor({ timeout: 180000 });
    expect(await page.getByText(/77 actions created, 0 actions updated/).isVisible()).toBe(true);

    // Imported actions are in the plan the app shows.
    await page.getByRole('button', { name: 'Go to the plan overview' }).click();
    await page.getByRole('heading', { name: 'Plan overview', level: 2 }).waitFor();

    const dir = fs.mkdtempSync(path.join(product.dataDir, 'export-'));
    const exported = await exportMonitoringTool(page, pmo, dir);
    const again = await openImport(pmo);
    const roundTrip = await dryRun(again, exported);
    expect(roundTrip).toMatchObject({ 'To create': 0, 'To update': 0, Errors: 0 });
    expect(roundTrip.Unchanged).toBeGreaterThan(600);
    await again.close();
    await page.close();
  }, 600000);
});
