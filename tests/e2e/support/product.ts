import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, type LocalProduct } from '../../../tools/local/localProduct';

/** The demo plan's fixed "today", so ratings and slips are the same on every run. */
export const E2E_TODAY = '2026-11-23';

/** Starts the whole local product on a free port with a fresh data folder. */
export async function startProduct(): Promise<LocalProduct & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-e2e-'));
  const product = await startLocalProduct({ port: 0, dataDir, today: E2E_TODAY, appToday: E2E_TODAY });
  return { ...product, dataDir };
}

/** The login of the first demo user playing `persona`. */
export function personaLogin(product: LocalProduct, persona: string): string {
  const user = product.personas.find((p) => p.persona === persona);
  if (!user) throw new Error(`The demo plan has no ${persona} persona.`);
  return user.login;
}

/** Stops the product and starts it again on the same data, as `npm start` after Ctrl+C would. */
export async function restartProduct(product: LocalProduct & { dataDir: string }): Promise<LocalProduct & { dataDir: string }> {
  await product.close();
  const again = await startLocalProduct({ port: 0, dataDir: product.dataDir, today: E2E_TODAY, appToday: E2E_TODAY, reuseBuild: true });
  return { ...again, dataDir: product.dataDir };
}
