import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findIncompleteImports,
  IncompleteImportError,
  planImport,
  resumeImport,
  rollbackImport,
  startImport,
  suggestMapping,
  type ImportDeps,
  type Sheet
} from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';
import { readPlanForImport, SpImportJournalStore, SpImportWriter } from '../../../src/data/import';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';
import { planSite, type PlanSite } from './emulatorSite';

jest.setTimeout(120_000);

const TODAY = '2026-02-28';
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)));

function deps(site: PlanSite, extra: Partial<ImportDeps> = {}): ImportDeps {
  let n = 0;
  return {
    writer: new SpImportWriter(site.sp),
    journals: new SpImportJournalStore(site.sp),
    now: () => new Date('2026-02-28T10:00:00Z'),
    newId: () => `imp${++n}`,
    ...extra
  };
}

async function dryRun(site: PlanSite, sheet: Sheet) {
  return planImport(sheet, suggestMapping(sheet.headers).mapping, await readPlanForImport(site.sp), TODAY, { themes: EASTMERE_THEMES });
}

describe('importing into SharePoint (emulator)', () => {
  let site: PlanSite;
  let sheet: Sheet;
  beforeAll(async () => {
    sheet = await readSpreadsheet(fixture('eastmere-plan-fixed.xlsx'), 'eastmere-plan-fixed.xlsx');
  });
  beforeEach(async () => {
    site = await planSite();
  });
  afterEach(async () => {
    await site.stop();
  });

  it('imports the fixed 200-row file completely, with the hierarchy and leads resolved', async () => {
    const outcome = await startImport(await dryRun(site, sheet), deps(site), 'Programme Office');
    expect(outcome.completed).toBe(true);
    expect(outcome.message).toBe('Import imp1 of eastmere-plan-fixed.xlsx (started by Programme Office on 28 Feb 2026) finished: all 224 writes made.');

    const plan = await readPlanForImport(site.sp);
    expect(plan.themes.map((t) => t.code).sort()).toEqual(['CP', 'FR', 'GD', 'LC', 'PC', 'SD']);
    expect(plan.workstreams).toHaveLength(18);
    expect(plan.actions).toHaveLength(200);
    const byCode = new Map(plan.actions.map((a) => [a.code, a]));
    const sub = byCode.get('LC.A1.1');
    expect(sub).toMatchObject({ kind: 'sub', themeCode: 'LC', workstreamCode: 'LC.A', parentId: byCode.get('LC.A1')?.id, baselineDueDate: '2026-06-30', dueDateText: 'May/June 2026' });
    expect(byCode.get('LC.A1')).toMatchObject({ kind: 'main', startDateText: 'Commenced', baselineDueDate: '2026-03-31', rating: 'Green', progressPercent: 45 });
    expect(byCode.get('LC.A2.2')?.lead).toEqual({ displayName: 'Erin Editor', email: 'editor@improvement.local' });
    expect(byCode.get('LC.A1')?.lead).toEqual({ displayName: 'Chief Executive' });
    expect(await findIncompleteImports(deps(site))).toEqual([]);
  });

  it('re-importing updates actions by reference instead of duplicating them', async () => {
    await startImport(await dryRun(site, sheet), deps(site), 'Programme Office');
    const again = await dryRun(site, sheet);
    expect(again.summary).toMatchObject({ actionsToCreate: 0, actionsToUpdate: 0, actionsUnchanged: 200, themesToCreate: 0, workstreamsToCreate: 0 });

    const ragColumn = sheet.headers.indexOf('RAG');
    const commentary = sheet.headers.indexOf('Progress commentary');
    const edited: Sheet = {
      ...sheet,
      rows: sheet.rows.map((r) => (r.cells[0] === 'LC.A1' ? { ...r, cells: r.cells.map((c, i) => (i === ragColumn ? 'Red' : i === commentary ? 'Legal sign-off is waiting for a new post to be filled.' : c)) } : r))
    };
    const update = await dryRun(site, edited);
    expect(update.operations).toEqual([
      expect.objectContaining({ kind: 'updateAction', code: 'LC.A1', changes: expect.objectContaining({ rating: 'Red', commentary: 'Legal sign-off is waiting for a new post to be filled.' }) })
    ]);
    expect((await startImport(update, deps(site, { newId: () => 'second' }), 'Programme Office')).completed).toBe(true);
    const plan = await readPlanForImport(site.sp);
    expect(plan.actions).toHaveLength(200);
    expect(new Set(plan.actions.map((a) => a.code)).size).toBe(200);
    expect(plan.actions.find((a) => a.code === 'LC.A1')).toMatchObject({ rating: 'Red', commentary: 'Legal sign-off is waiting for a new post to be filled.' });
  });

  it('stops with a clear state when SharePoint fails, refuses a new import, and resumes exactly where it stopped', async () => {
    let injected = false;
    const failing = deps(site, {
      onProgress: (journal) => {
        if (!injected && journal.done >= 60) {
          injected = true;
          site.emu.addFault({ pathContains: '$batch', method: 'POST', status: 500, count: 1 });
        }
      }
    });
    const plan = await dryRun(site, sheet);
    const stopped = await startImport(plan, failing, 'Programme Office');
    expect(stopped.completed).toBe(false);
    expect(stopped.journal).toMatchObject({ status: 'stopped', done: 64, total: 224, stoppedAtRow: plan.operations[64].row });
    expect(stopped.message).toMatch(
      new RegExp(`^Import imp1 of eastmere-plan-fixed\\.xlsx \\(started by Programme Office on 28 Feb 2026\\) stopped at row ${plan.operations[64].row} \\(write 65 of 224\\): .*500.*\\. 64 of 224 writes are made, so the plan is only partly imported\\. Resume it to finish, or roll it back to undo it\\.$`)
    );
    expect((await findIncompleteImports(failing)).map((j) => j.importId)).toEqual(['imp1']);
    await expect(startImport(plan, deps(site), 'Someone else')).rejects.toBeInstanceOf(IncompleteImportError);

    const resumed = await resumeImport('imp1', deps(site));
    expect(resumed.completed).toBe(true);
    expect(resumed.journal).toMatchObject({ status: 'completed', done: 224 });
    const after = await readPlanForImport(site.sp);
    expect(after.actions).toHaveLength(200);
    expect(new Set(after.actions.map((a) => a.code)).size).toBe(200);
    expect(await findIncompleteImports(deps(site))).toEqual([]);
  });

  it('rolls back a stopped import so the plan is as it was', async () => {
    let injected = false;
    const failing = deps(site, {
      onProgress: (journal) => {
        if (!injected && journal.done >= 40) {
          injected = true;
          site.emu.addFault({ pathContains: '$batch', method: 'POST', status: 500, count: 1 });
        }
      }
    });
    const stopped = await startImport(await dryRun(site, sheet), failing, 'Programme Office');
    expect(stopped.journal.status).toBe('stopped');
    const rolled = await rollbackImport('imp1', deps(site));
    expect(rolled.journal.status).toBe('rolledBack');
    expect(rolled.message).toBe('Import imp1 of eastmere-plan-fixed.xlsx (started by Programme Office on 28 Feb 2026) was rolled back: the plan is as it was before it.');
    expect(await readPlanForImport(site.sp)).toEqual({ themes: [], workstreams: [], actions: [] });
  });
});
