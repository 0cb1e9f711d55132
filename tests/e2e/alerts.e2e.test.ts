import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { personaLogin, startProduct } from './support/product';

type Product = Awaited<ReturnType<typeof startProduct>>;

let product: Product;
let browser: Browser;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
}, 180000);

afterAll(async () => {
  await browser?.close();
  await product?.close();
});

interface Recorded {
  kind: string;
  envelope: { attachments?: Array<{ content: string | { actions?: Array<{ url?: string }> } }> };
}

/** The adaptive cards the emulated Teams channel has received so far. */
async function channelCards(): Promise<Array<{ kind: string; card: { actions?: Array<{ title?: string; url?: string }> } & Record<string, unknown> }>> {
  const response = await fetch(`${product.url}/_emulator/channel-messages`);
  const body = (await response.json()) as Recorded[] | { value: Recorded[] };
  const records = Array.isArray(body) ? body : body.value;
  return records.flatMap((r) =>
    (r.envelope.attachments ?? []).map((a) => ({ kind: r.kind, card: (typeof a.content === 'string' ? JSON.parse(a.content) : a.content) as never }))
  );
}

describe('slippage alerts in a real browser', () => {
  it('posts a card to the channel when staff set an action to Red, and the director opens the action from it', async () => {
    const staff = personaLogin(product, 'staff');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${product.url}/app?user=${encodeURIComponent(staff)}&host=teams&view=overview&action=3`);
    const form = page.getByRole('form', { name: 'Update this action' });
    await form.waitFor();
    await form.getByRole('combobox', { name: /Override the calculated rating/ }).click();
    await page.getByRole('option', { name: 'Red' }).click();
    await form.getByRole('textbox', { name: /Reason for choosing this rating/ }).fill('The external supplier has withdrawn from the contract.');
    await form.getByRole('textbox', { name: /Commentary/ }).fill('Supplier withdrew; re-procurement starts next month.');
    await form.getByRole('button', { name: 'Save update' }).click();
    await form.getByText('Update saved.').waitFor();

    let cards: Awaited<ReturnType<typeof channelCards>> = [];
    for (let attempt = 0; attempt < 50 && !cards.length; attempt++) {
      cards = await channelCards();
      if (!cards.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(cards).toHaveLength(1);
    expect(cards[0].kind).toBe('graph');
    expect(JSON.stringify(cards[0].card)).toMatch(/Red/);
    const open = (cards[0].card.actions ?? []).find((a) => /Open action/i.test(a.title ?? ''));
    expect(open?.url).toBeTruthy();

    const director = personaLogin(product, 'director');
    const directorPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const link = new URL(open?.url as string);
    link.searchParams.set('user', director);
    await directorPage.goto(link.toString());
    const app = directorPage.frameLocator('iframe[title="Improvement Plan app"]');
    await app.getByRole('dialog').getByText('Supplier withdrew; re-procurement starts next month.').first().waitFor();
    await page.close();
    await directorPage.close();
  });
});
