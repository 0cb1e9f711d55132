/** A fresh emulator with the plan provisioned, and the PnPjs root the app would use. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';

export const OWNER = 'owner@improvement.local';

export interface PlanSite {
  emu: EmulatorHandle;
  sp: SPFI;
  stop(): Promise<void>;
}

export async function planSite(): Promise<PlanSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipt-import-'));
  const emu = await startEmulator({ port: 0, dataDir });
  const sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER }, retries: 2, retryIntervalMs: 10 });
  await provisionPlan(sp);
  return {
    emu,
    sp,
    stop: async () => {
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
