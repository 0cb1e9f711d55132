/**
 * A freshly started emulator with the plan provisioned, real PnPjs roots for several people, and
 * fast ways to fill lists (the emulator's bulk insert, one transaction, no HTTP per item).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { DEFAULT_USERS, startEmulator, type EmulatorHandle, type EmulatorUser } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan, type ProvisionReport } from '../../../src/data/provisioning/provisionPlan';

export const OWNER = 'owner@improvement.local';
export const EDITOR = 'editor@improvement.local';
export const READER = 'reader@improvement.local';

/** Lead officers of the test plan, with real-looking names and addresses. */
export const LEADS: EmulatorUser[] = [
  { login: 'jo.lead@council.example', displayName: 'Jo Lead', email: 'jo.lead@council.example', permission: 'Contribute' },
  { login: 'sam.officer@council.example', displayName: 'Sam Officer', email: 'sam.officer@council.example', permission: 'Contribute' },
  { login: 'ali.director@council.example', displayName: 'Ali Director', email: 'ali.director@council.example', permission: 'Contribute' }
];

export interface PlanSite {
  emu: EmulatorHandle;
  /** The site owner's PnPjs root. */
  sp: SPFI;
  /** What the first provisioning run did. */
  firstProvision: ProvisionReport;
  /** A PnPjs root acting as `login`. */
  as(login: string, retries?: number): SPFI;
  /**
   * Runs `work` and counts the HTTP requests the emulator served meanwhile (a no-effect fault
   * rule whose budget every matching request spends), independently of the client's own count.
   */
  served<T>(work: () => Promise<T>): Promise<{ result: T; served: number }>;
  /** Site user id of a login (as the emulator numbers them). */
  userId(login: string): Promise<number>;
  stop(): Promise<void>;
}

/** Starts an emulator on a free port in a temporary directory and provisions the plan. */
export async function startPlanSite(): Promise<PlanSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipt-data-'));
  const emu = await startEmulator({ port: 0, dataDir, users: [...DEFAULT_USERS, ...LEADS] });
  // Short back-off: tests inject throttling with Retry-After, which PnPjs honours regardless.
  const as = (login: string, retries = 4): SPFI => createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': login }, retries, retryIntervalMs: 20 });
  const sp = as(OWNER);
  const firstProvision = await provisionPlan(sp);
  const ids = new Map<string, number>();
  return {
    emu,
    sp,
    firstProvision,
    as,
    served: async (work) => {
      const budget = 1_000_000;
      const probe = emu.addFault({ count: budget, latencyMs: 0, pathContains: '/_api/' });
      try {
        const result = await work();
        return { result, served: budget - (probe.count ?? 0) };
      } finally {
        emu.clearFaults();
      }
    },
    userId: async (login) => {
      const known = ids.get(login);
      if (known !== undefined) return known;
      const id = (await sp.web.siteUsers.getByLoginName(login).select('Id')<{ Id: number }>()).Id;
      ids.set(login, id);
      return id;
    },
    stop: async () => {
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
