import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { allText, docxParts, headingsOf } from '../export/docxParts';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';

useProductAndBrowser();

/** Downloads the return to government from the Reports view (today's, or as at `asAt`) and reads it. */
async function downloadReturn(page: Page, login: string, asAt?: string): Promise<{ name: string; text: string; header: string; h1: string[] }> {
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&host=sharePoint&view=reports${asAt ? `&asAt=${asAt}` : ''}`);
  await page.getByRole('heading', { name: 'Improvement Plan', level: 1 }).waitFor({ timeout: 60000 });
  const button = page.getByRole('button', { name: 'Download return to government (.docx)' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), button.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-return-')), download.suggestedFilename());
  await download.saveAs(file);
  const parts = await docxParts(new Uint8Array(fs.readFileSync(file)));
  return { name: download.suggestedFilename(), text: allText(parts.document), header: allText(parts.headers.join('')), h1: headingsOf(parts.document).filter((h) => h.level === 1).map((h) => h.text) };
}

describe('the Reports view offers the return to government', () => {
  it('downloads it for the period open today and as at a closed period, as a councillor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const member = personaLogin(product, 'member');

    const today = await downloadReturn(page, member);
    expect(today.name).toMatch(/return to government .*\.docx$/);
    expect(today.header).toMatch(/^Northmoor Borough Council – Improvement Plan: return to government – \w+ \d{4}$/);
    expect(today.h1.slice(0, 2)).toEqual(['Introduction', 'Recommendations and Directions']);
    expect(today.h1).toContain('LD Leadership');
    expect(today.text).toContain('Since the last return (');

    const october = await downloadReturn(page, member, '2026-10');
    expect(october.name).toBe('Improvement Plan return to government October 2026.docx');
    expect(october.header).toBe('Northmoor Borough Council – Improvement Plan: return to government – October 2026');
    expect(october.text).toContain('Since the last return (September 2026)');
    await page.close();
  });
});
