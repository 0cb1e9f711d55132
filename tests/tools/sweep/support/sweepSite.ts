/**
 * An emulator with the plan provisioned and a small plan loaded straight into the lists: theme OC
 * with five actions of which two slip on {@link TODAY} (dates passed), and theme GV with one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type EmulatorHandle } from '../../../../tools/emulator';
import { createSp } from '../../../../src/data/sp/createSp';
import { provisionPlan } from '../../../../src/data/provisioning/provisionPlan';
import { bulkAddActions } from '../../../../tools/local/bulkAddActions';

export const TODAY = '2026-05-10';
export const OWNER = 'owner@improvement.local';

export interface SweepSite {
  emu: EmulatorHandle;
  sp: SPFI;
  /** Item ids of the actions by code. */
  ids: Map<string, number>;
  messages(): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

const day = (d: string): string => `${d}T00:00:00Z`;

export async function startSweepSite(): Promise<SweepSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipt-sweep-'));
  const emu = await startEmulator({ port: 0, dataDir });
  const sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER }, retries: 3, retryIntervalMs: 10 });
  await provisionPlan(sp);
  const [oc, gv] = emu.bulkAddItems('Plan Themes', [
    { Title: 'Organisational Culture', Code: 'OC', SortOrder: 1 },
    { Title: 'Governance', Code: 'GV', SortOrder: 2 }
  ]);
  const rows = [
    { Code: 'OC.A1', Title: 'Values refreshed', ThemeId: oc, Status: 'InProgress', Rating: 'Green', CurrentDueDate: day('2026-05-01'), BaselineDueDate: day('2026-05-01'), LeadName: 'Jo Lead', Commentary: 'Drafting [with](https://evil.example) **staff** networks.' },
    { Code: 'OC.A2', Title: 'Workforce strategy adopted', ThemeId: oc, Status: 'InProgress', Rating: 'Amber', CurrentDueDate: day('2026-03-31'), BaselineDueDate: day('2026-01-31'), LeadName: 'Sam Officer' },
    { Code: 'OC.A3', Title: 'Appraisals completed', ThemeId: oc, Status: 'InProgress', Rating: 'Green', CurrentDueDate: day('2026-09-30') },
    { Code: 'OC.A4', Title: 'Induction redesigned', ThemeId: oc, Status: 'InProgress', Rating: 'Red', CurrentDueDate: day('2026-04-01') },
    { Code: 'OC.A5', Title: 'Pulse survey run', ThemeId: oc, Status: 'Complete', Rating: 'Complete', CurrentDueDate: day('2026-02-01'), CompletedOn: day('2026-01-20') },
    { Code: 'GV.A1', Title: 'Constitution reviewed', ThemeId: gv, Status: 'InProgress', Rating: 'Green', CurrentDueDate: day('2026-04-20') }
  ];
  const actionIds = bulkAddActions(emu, rows);
  const ids = new Map(rows.map((r, i) => [r.Code, actionIds[i]]));
  return {
    emu,
    sp,
    ids,
    messages: async () => (await (await fetch(`${emu.url}/_emulator/channel-messages`)).json()) as Array<Record<string, unknown>>,
    stop: async () => {
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
