import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { restartProduct, startProduct } from './product';

/** The running local product of a test file. */
export type Product = Awaited<ReturnType<typeof startProduct>>;

/** The product and browser of the current test file; set by {@link useProductAndBrowser}. */
export let product: Product;
/** The Chromium of the current test file; set by {@link useProductAndBrowser}. */
export let browser: Browser;

/**
 * Starts a fresh local product (its own data folder and port) and Debian's Chromium before the
 * file's tests, and stops both after them. Call once at the top of an e2e file.
 */
export function useProductAndBrowser(): void {
  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await product?.close();
  });
}

/** Stops the product and starts it again on the same data, as `npm start` after Ctrl+C would. */
export async function restartSession(): Promise<void> {
  product = await restartProduct(product);
}
