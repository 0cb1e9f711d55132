/**
 * An import whose `$batch` answers are lost: the emulator carries each batch out and then drops
 * the connection (`dropAfterCommit`). PnPjs would re-send the batch and make every creation in it
 * twice; the writer instead looks the creations' operation keys up and sends only what is missing.
 * The plan on the site must be exactly the file's rows, and the import must say what happened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport, resumeImport, startImport, suggestMapping, type ImportDeps, type Sheet } from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';
import { readPlanForImport, SpImportJournalStore, SpImportWriter } from '../../../src/data/import';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST, THEMES_LIST, WORKSTREAMS_LIST } from '../../../src/data/schema/planLists';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';
import { planSite, type PlanSite } from './emulatorSite';

jest.setTimeout(120_000);

const TODAY = '2026-02-28';
const ROWS = 30;

let thirtyRows: Sheet;

beforeAll(async () => {
  const file = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import/eastmere-plan-fixed.xlsx')));
  const sheet = await readSpreadsheet(file, 'eastmere-plan-fixed.xlsx');
  thirtyRows = { ...sheet, rows: sheet.rows.slice(0, ROWS) };
});

function deps(site: PlanSite): ImportDeps {
  let n = 0;
  return { writer: new SpImportWriter(site.sp), journals: new SpImportJournalStore(site.sp), now: () => new Date('2026-02-28T10:00:00Z'), newId: () => `imp${++n}` };
}

async function dryRun(site: PlanSite) {
  const plan = await planImport(thirtyRows, suggestMapping(thirtyRows.headers).mapping, await readPlanForImport(site.sp), TODAY, { themes: EASTMERE_THEMES });
  expect(plan.canImport).toBe(true);
  return plan;
}

/** Every code of a list as stored, one entry per item (so a duplicate shows twice). */
async function codes(site: PlanSite, list: string): Promise<string[]> {
  const rows: string[] = [];
  for await (const page of site.sp.web.lists.getByTitle(list).items.select('Code').top(500)) rows.push(...(page as Array<{ Code: string }>).map((r) => r.Code));
  return rows.sort();
}

async function itemCount(site: PlanSite, list: string): Promise<number> {
  return (await site.sp.web.lists.getByTitle(list).select('ItemCount')<{ ItemCount: number }>()).ItemCount;
}

/** What the site holds after the import: codes per list and the number of progress items. */
async function contents(site: PlanSite) {
  return {
    themes: await codes(site, THEMES_LIST),
    workstreams: await codes(site, WORKSTREAMS_LIST),
    actions: await codes(site, ACTIONS_LIST),
    progressItems: await itemCount(site, ACTION_PROGRESS_LIST)
  };
}

async function faultsLeft(site: PlanSite): Promise<unknown[]> {
  return (await (await fetch(`${site.emu.url}/_emulator/faults`)).json()) as unknown[];
}

describe('an import whose batch answers are lost', () => {
  let expected: Awaited<ReturnType<typeof contents>>;
  let writes: number;

  beforeAll(async () => {
    const site = await planSite();
    try {
      const outcome = await startImport(await dryRun(site), deps(site), 'Programme Office');
      expect(outcome.completed).toBe(true);
      expected = await contents(site);
      writes = outcome.journal.total;
    } finally {
      await site.stop();
    }
    expect(expected.actions).toHaveLength(ROWS);
    expect(new Set(expected.actions).size).toBe(ROWS);
    expect(expected.progressItems).toBe(ROWS);
  });

  it.each([
    ['once', 1],
    ['on two batches in a row', 2],
    ['on four batches in a row', 4]
  ])('yields exactly the rows of the file, with nothing doubled (answers lost %s)', async (_how, count) => {
    const site = await planSite();
    try {
      site.emu.addFault({ mode: 'dropAfterCommit', count, method: 'POST', pathContains: '/_api/$batch' });
      const outcome = await startImport(await dryRun(site), deps(site), 'Programme Office');
      expect(await faultsLeft(site)).toEqual([]);
      expect(outcome.completed).toBe(true);
      expect(outcome.message).toMatch(new RegExp(`finished: all ${writes} writes made\\.$`));
      expect(await contents(site)).toEqual(expected);
    } finally {
      await site.stop();
    }
  });

  it('stops in words when a batch never gets through however often it is sent, and the resume completes it', async () => {
    const site = await planSite();
    try {
      // The first batch loses its connection before SharePoint acts, every time it is sent: the writer
      // looks its creations up each time, finds none, and gives up after three sends.
      site.emu.addFault({ mode: 'reset', count: 3, method: 'POST', pathContains: '/_api/$batch' });
      const stopped = await startImport(await dryRun(site), deps(site), 'Programme Office');
      expect(stopped.completed).toBe(false);
      expect(stopped.journal.status).toBe('stopped');
      expect(stopped.message).toMatch(/stopped/i);
      expect(stopped.journal.lastError).toMatch(/^Create theme .* failed: /);
      expect(await faultsLeft(site)).toEqual([]);
      expect(await itemCount(site, THEMES_LIST)).toBe(0);
      const resumed = await resumeImport(stopped.journal.importId, deps(site));
      expect(resumed.completed).toBe(true);
      expect(await contents(site)).toEqual(expected);
    } finally {
      await site.stop();
    }
  });
});
