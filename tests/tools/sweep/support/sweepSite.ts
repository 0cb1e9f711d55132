/**
 * An emulator with the plan provisioned (the permission model included) and a small plan loaded
 * straight into the lists: theme OC with five actions of which two slip on {@link TODAY} (dates
 * passed), and theme GV with one. The site owner runs the sweep; Erin Editor leads OC.A3 and may
 * save it; Mallory is another member of staff; Pat is the programme office.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import { DEFAULT_USERS, startEmulator, type EmulatorHandle } from '../../../../tools/emulator';
import { createSp } from '../../../../src/data/sp/createSp';
import { provisionPlan } from '../../../../src/data/provisioning/provisionPlan';
import { PROGRAMME_OFFICE_GROUP } from '../../../../src/data/provisioning/permissionModel';
import { bulkAddActions } from '../../../../tools/local/bulkAddActions';

export const TODAY = '2026-05-10';
/** Runs the sweep: the identity whose log entries are of record, with the programme office. */
export const OWNER = 'owner@improvement.local';
/** Erin Editor: staff, lead officer of OC.A3. */
export const EDITOR = 'editor@improvement.local';
/** Another member of staff, with no part in OC.A3. */
export const MALLORY = 'mallory@improvement.local';
/** The programme office. */
export const PMO = 'pmo@improvement.local';

export interface SweepSite {
  emu: EmulatorHandle;
  /** Acting as the site owner (who runs the sweep in these tests). */
  sp: SPFI;
  /** Acting as someone else. */
  as(login: string): SPFI;
  /** Item ids of the actions by code. */
  ids: Map<string, number>;
  messages(): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

const day = (d: string): string => `${d}T00:00:00Z`;

const USERS = [
  ...DEFAULT_USERS,
  { login: MALLORY, displayName: 'Mallory Staff', email: MALLORY, permission: 'Contribute' as const },
  { login: PMO, displayName: 'Pat Office', email: PMO, permission: 'Read' as const }
];

/**
 * Starts the site. With `editorLeadsA3`, OC.A3's lead is Erin Editor and provisioning runs again
 * so that her progress item lets her save it.
 */
export async function startSweepSite(options: { editorLeadsA3?: boolean } = {}): Promise<SweepSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipt-sweep-'));
  const emu = await startEmulator({ port: 0, dataDir, users: USERS, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
  const as = (login: string): SPFI => createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': login }, retries: 3, retryIntervalMs: 10 });
  const sp = as(OWNER);
  await provisionPlan(sp);
  const [oc, gv] = emu.bulkAddItems('Plan Themes', [
    { Title: 'Organisational Culture', Code: 'OC', SortOrder: 1 },
    { Title: 'Governance', Code: 'GV', SortOrder: 2 }
  ]);
  const editorId = options.editorLeadsA3 ? (await sp.web.siteUsers.getByEmail(EDITOR).select('Id')<{ Id: number }>()).Id : undefined;
  const rows = [
    { Code: 'OC.A1', Title: 'Values refreshed', ThemeId: oc, Status: 'InProgress', Rating: 'Green', CurrentDueDate: day('2026-05-01'), BaselineDueDate: day('2026-05-01'), LeadName: 'Jo Lead', Commentary: 'Drafting [with](https://evil.example) **staff** networks.' },
    { Code: 'OC.A2', Title: 'Workforce strategy adopted', ThemeId: oc, Status: 'InProgress', Rating: 'Amber', CurrentDueDate: day('2026-03-31'), BaselineDueDate: day('2026-01-31'), LeadName: 'Sam Officer' },
    { Code: 'OC.A3', Title: 'Appraisals completed', ThemeId: oc, Status: 'InProgress', Rating: 'Green', CurrentDueDate: day('2026-09-30'), ...(editorId ? { LeadId: editorId } : {}) },
    { Code: 'OC.A4', Title: 'Induction redesigned', ThemeId: oc, Status: 'InProgress', Rating: 'Red', CurrentDueDate: day('2026-04-01') },
    { Code: 'OC.A5', Title: 'Pulse survey run', ThemeId: oc, Status: 'Complete', Rating: 'Complete', CurrentDueDate: day('2026-02-01'), CompletedOn: day('2026-01-20') },
    { Code: 'GV.A1', Title: 'Constitution reviewed', ThemeId: gv, Status: 'InProgress', Rating: 'Green', CurrentDueDate: day('2026-04-20') }
  ];
  const actionIds = bulkAddActions(emu, rows);
  if (options.editorLeadsA3) await provisionPlan(sp);
  const ids = new Map(rows.map((r, i) => [r.Code, actionIds[i]]));
  return {
    emu,
    sp,
    as,
    ids,
    messages: async () => (await (await fetch(`${emu.url}/_emulator/channel-messages`)).json()) as Array<Record<string, unknown>>,
    stop: async () => {
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
