/**
 * Business cases in Chromium against the local product: the tab opens in every host and theme
 * with no axe violations; the lead completes a draft and submits it; the programme office
 * approves it; SharePoint holds the revision by the lead and the decision by the officer.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describeViolations, runAxe, waitForSettled } from './support/axe';
import { personaLogin } from './support/product';
import { browser, product, useProductAndBrowser } from './support/session';
import { spGet, type SpItem } from './support/sharePoint';

useProductAndBrowser();

async function actionId(code: string): Promise<number> {
  const found = await spGet<{ value: SpItem[] }>(product, personaLogin(product, 'pmo'), `web/lists/getByTitle('Plan Actions')/items?$filter=Code eq '${code}'&$select=Id`);
  return found.value[0].Id as number;
}

async function openCase(page: Page, login: string, host: string, code: string): Promise<void> {
  await page.goto(`${product.url}/app?user=${encodeURIComponent(login)}&${host}&view=overview&action=${await actionId(code)}`);
  const panel = page.getByRole('dialog');
  await panel.getByRole('tab', { name: 'Business case' }).click();
  // Loaded: where the case stands, or that there is none yet.
  await panel.getByText(/^Status:|^No (approved )?business case/).first().waitFor();
  await waitForSettled(page);
}

const THEMES = [
  { theme: 'SharePoint (light)', host: 'host=sharePoint', width: 1280 },
  { theme: 'Teams dark', host: 'host=teams&teamsTheme=dark', width: 1280 },
  { theme: 'Teams high contrast', host: 'host=teams&teamsTheme=contrast', width: 1280 },
  { theme: 'a phone at 320 px', host: 'host=teamsMobile', width: 320 }
];

describe.each(THEMES)('the business case tab in $theme', ({ theme, host, width }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, locale: 'en-GB' });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('has no axe violations with a submitted case and the programme office’s decision', async () => {
    await openCase(page, personaLogin(product, 'pmo'), host, 'SD.C1');
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    expect(describeViolations(`business case (${theme})`, await runAxe(page))).toBe(`business case (${theme}): no violations`);
  });

  it('has no axe violations in Reports with the business case figures by theme', async () => {
    await page.goto(`${product.url}/app?user=${encodeURIComponent(personaLogin(product, 'director'))}&${host}&view=reports`);
    await page.getByRole('table', { name: 'Business case investment and benefits by theme' }).waitFor();
    await waitForSettled(page);
    expect(describeViolations(`business case figures (${theme})`, await runAxe(page))).toBe(`business case figures (${theme}): no violations`);
  });

  it('has no axe violations with the lead’s form open', async () => {
    await openCase(page, personaLogin(product, 'staff'), host, 'CU.B2');
    await page.getByRole('button', { name: 'Write the business case' }).click();
    await page.getByRole('form', { name: 'Edit the business case' }).waitFor();
    await waitForSettled(page);
    expect(describeViolations(`business case form (${theme})`, await runAxe(page))).toBe(`business case form (${theme}): no violations`);
  });
});

describe('a business case from draft to approval', () => {
  it('the lead completes the draft and submits it; the programme office approves it', async () => {
    const staff = personaLogin(product, 'staff');
    const pmo = personaLogin(product, 'pmo');
    const lead = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'en-GB' });
    const office = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'en-GB' });
    try {
      const page = await lead.newPage();
      await openCase(page, staff, 'host=sharePoint', 'LD.A2');
      await page.getByText('Draft', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Edit the business case' }).click();
      const form = page.getByRole('form', { name: 'Edit the business case' });
      await form.getByRole('textbox', { name: 'Revenue investment, 2027/28' }).fill('tbc');
      await form.getByRole('button', { name: 'Submit for a decision' }).click();
      await form.getByText("Revenue investment in 2027/28 must be a number of pounds, not 'tbc'. Leave it blank for nothing.").first().waitFor();
      await form.getByText('List the key risks before submitting.').first().waitFor();

      await form.getByRole('textbox', { name: 'Revenue investment, 2027/28' }).fill('£26,000');
      await form.getByRole('textbox', { name: 'Key risks and how each is mitigated' }).fill('Managers cannot be released for the sessions: dates agreed a year ahead.');
      // The totals follow what is typed: £48,000 in 2026/27 and £26,000 in 2027/28.
      const investment = form.getByRole('row', { name: /^Total investment/ });
      await investment.getByRole('cell', { name: '£74,000' }).waitFor();
      await form.getByRole('button', { name: 'Submit for a decision' }).click();
      await page.getByText('Business case submitted to the programme office for a decision.').waitFor();
      await page.getByText('Submitted, awaiting a decision').waitFor();

      const id = await actionId('LD.A2');
      const revisions = await spGet<{ value: SpItem[] }>(product, pmo, `web/lists/getByTitle('Plan Business Cases')/items?$filter=ActionId eq ${id}&$select=Id,RevisionState,Author/Title&$expand=Author&$orderby=Id desc`);
      expect(revisions.value[0]).toMatchObject({ RevisionState: 'Submitted', Author: { Title: 'Aisha Bello' } });

      const pmoPage = await office.newPage();
      await openCase(pmoPage, pmo, 'host=sharePoint', 'LD.A2');
      await pmoPage.getByRole('button', { name: 'Approve' }).click();
      await pmoPage.getByText('Business case approved.').waitFor();
      await pmoPage.getByText(/^Approved by Priya Shah on /).waitFor();
      const decisions = await spGet<{ value: SpItem[] }>(product, staff, `web/lists/getByTitle('Plan Business Case Decisions')/items?$filter=ActionId eq ${id}&$select=Decision,RevisionId,Author/Title&$expand=Author`);
      expect(decisions.value).toEqual([expect.objectContaining({ Decision: 'Approved', RevisionId: revisions.value[0].Id, Author: expect.objectContaining({ Title: 'Priya Shah' }) })]);
    } finally {
      await lead.close();
      await office.close();
    }
  });
});
