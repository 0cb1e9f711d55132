/**
 * Date-only columns through real PnPjs against the emulator: SharePoint keeps a day as midnight of
 * it in the site's time zone, returned in UTC. Days saved or imported on a London
 * site must be stored that way and read back as the same day, either side of both 2026 clock
 * changes (29 March and 25 October); a New York site keeps its own midnight.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { planImport, startImport, suggestMapping } from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';
import { createPlanServices } from '../../../src/data';
import { readPlanForImport, SpImportJournalStore, SpImportWriter } from '../../../src/data/import';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { findActions } from '../../../src/data/repositories/actionQueries';
import { ACTIONS_LIST } from '../../../src/data/schema/planLists';
import { createSp } from '../../../src/data/sp/createSp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';

jest.setTimeout(180_000);

const OWNER = 'owner@improvement.local';

interface Site {
  emu: EmulatorHandle;
  sp: SPFI;
  stop(): Promise<void>;
}

async function importedSite(timeZone: string): Promise<Site> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipt-tz-'));
  const emu = await startEmulator({ port: 0, dataDir, timeZone });
  const sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER }, retries: 2, retryIntervalMs: 10 });
  await provisionPlan(sp);
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import/eastmere-plan-fixed.xlsx')));
  const sheet = await readSpreadsheet(bytes, 'eastmere-plan-fixed.xlsx');
  const plan = planImport(sheet, suggestMapping(sheet.headers).mapping, await readPlanForImport(sp), '2026-02-28', { themes: EASTMERE_THEMES });
  let n = 0;
  const outcome = await startImport(plan, { writer: new SpImportWriter(sp), journals: new SpImportJournalStore(sp), now: () => new Date('2026-02-28T10:00:00Z'), newId: () => `imp${++n}` }, 'Programme Office');
  expect(outcome.completed).toBe(true);
  return { emu, sp, stop: async () => { await emu.close(); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** What SharePoint returns for an action's date-only columns, bypassing the app's mapping. */
async function stored(sp: SPFI, code: string): Promise<Record<string, string | null>> {
  const rows = await sp.web.lists.getByTitle(ACTIONS_LIST).items.filter(`Code eq '${code}'`).select('Id', 'BaselineDueDate', 'CurrentDueDate')<Array<Record<string, string | null>>>();
  return rows[0];
}

describe('date-only columns on a London site', () => {
  let site: Site;
  beforeAll(async () => {
    site = await importedSite('Europe/London');
  });
  afterAll(async () => {
    await site.stop();
  });

  it('imports 30 June as midnight BST and reads it back as 30 June', async () => {
    expect((await stored(site.sp, 'LC.A1.1')).BaselineDueDate).toBe('2026-06-29T23:00:00Z');
    const plan = await readPlanForImport(site.sp);
    expect(plan.actions.find((a) => a.code === 'LC.A1.1')?.baselineDueDate).toBe('2026-06-30');
    const loaded = await createPlanServices(createSp({ siteUrl: site.emu.siteUrl, headers: { 'X-Emulator-User': OWNER } })).loadPlan();
    expect(loaded.requestCount).toBeLessThanOrEqual(3);
    expect(loaded.plan.actions.find((a) => a.code === 'LC.A1.1')?.baselineDueDate).toBe('2026-06-30');
  });

  it.each([
    ['2026-01-15', '2026-01-15T00:00:00Z'],
    ['2026-06-30', '2026-06-29T23:00:00Z'],
    ['2026-03-28', '2026-03-28T00:00:00Z'],
    ['2026-03-29', '2026-03-29T00:00:00Z'],
    ['2026-03-30', '2026-03-29T23:00:00Z'],
    ['2026-10-24', '2026-10-23T23:00:00Z'],
    ['2026-10-25', '2026-10-24T23:00:00Z'],
    ['2026-10-26', '2026-10-26T00:00:00Z']
  ])('saves a due date of %s as %s and reads it back as the same day', async (day, instant) => {
    const services = createPlanServices(site.sp);
    const { plan } = await services.loadPlan();
    const action = plan.actions.find((a) => a.code === 'LC.A1') as { id: string };
    const read = await services.getAction(action.id);
    await services.updateAction(action.id, { currentDueDate: day }, read.version);
    expect((await stored(site.sp, 'LC.A1')).CurrentDueDate).toBe(instant);
    expect((await services.getAction(action.id)).value.currentDueDate).toBe(day);
    expect((await services.loadPlan()).plan.actions.find((a) => a.id === action.id)?.currentDueDate).toBe(day);
  });

  it('filters by day with the stored instant: due before 30 June excludes 30 June, before 1 July includes it', async () => {
    const services = createPlanServices(site.sp);
    const action = (await services.loadPlan()).plan.actions.find((a) => a.code === 'LC.A1') as { id: string };
    await services.updateAction(action.id, { currentDueDate: '2026-06-30' }, (await services.getAction(action.id)).version);
    const codes = async (dueBefore: string): Promise<string[]> => (await findActions(site.sp, { dueBefore }, () => undefined)).map((a) => a.value.code);
    expect(await codes('2026-06-30')).not.toContain('LC.A1');
    expect(await codes('2026-07-01')).toContain('LC.A1');
  });
});

describe('date-only columns on a New York site', () => {
  it('stores 30 June as midnight Eastern time and reads it back as 30 June', async () => {
    const site = await importedSite('America/New_York');
    try {
      expect((await stored(site.sp, 'LC.A1.1')).BaselineDueDate).toBe('2026-06-30T04:00:00Z');
      const { plan } = await createPlanServices(site.sp).loadPlan();
      expect(plan.actions.find((a) => a.code === 'LC.A1.1')?.baselineDueDate).toBe('2026-06-30');
      expect((await readPlanForImport(site.sp)).actions.find((a) => a.code === 'LC.A1.1')?.baselineDueDate).toBe('2026-06-30');
    } finally {
      await site.stop();
    }
  });
});
