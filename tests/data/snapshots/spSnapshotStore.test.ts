import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport, startImport, suggestMapping, type Sheet } from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';
import { changedSinceLastReport, closePeriod, listClosedPeriods, loadThemeTrends, PeriodAlreadyClosedError, snapshotAsAt, type PeriodDeps } from '../../../src/application/periods';
import { readPlanForImport, SpImportJournalStore, SpImportWriter } from '../../../src/data/import';
import { SpSnapshotStore } from '../../../src/data/snapshots';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';
import { planSite, type PlanSite } from '../import/emulatorSite';

jest.setTimeout(120_000);

const pmo = { displayName: 'Site Owner', email: 'owner@improvement.local' };

async function importSheet(site: PlanSite, sheet: Sheet, id: string): Promise<void> {
  const plan = planImport(sheet, suggestMapping(sheet.headers).mapping, await readPlanForImport(site.sp), '2026-02-28', { themes: EASTMERE_THEMES });
  const outcome = await startImport(plan, { writer: new SpImportWriter(site.sp), journals: new SpImportJournalStore(site.sp), now: () => new Date('2026-02-28T09:00:00Z'), newId: () => id }, 'PMO');
  expect(outcome.completed).toBe(true);
}

function withCell(sheet: Sheet, code: string, heading: string, value: string): Sheet {
  const column = sheet.headers.indexOf(heading);
  return { ...sheet, rows: sheet.rows.map((r) => (r.cells[0] === code ? { ...r, cells: r.cells.map((c, i) => (i === column ? value : c)) } : r)) };
}

describe('closing periods on SharePoint (emulator)', () => {
  let site: PlanSite;
  let deps: PeriodDeps;
  let sheet: Sheet;

  beforeAll(async () => {
    site = await planSite();
    sheet = await readSpreadsheet(new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import/eastmere-plan-fixed.csv'))), 'eastmere-plan-fixed.csv');
    await importSheet(site, sheet, 'first');
    // Small parts, so a 200-action snapshot is stored over several items.
    deps = { snapshots: new SpSnapshotStore(site.sp, 20_000), loadPlan: async () => ({ ...(await readPlanForImport(site.sp)), cadence: 'month' }) };
  });
  afterAll(async () => {
    await site.stop();
  });

  it('closes a period with an immutable snapshot of every action, split over several items', async () => {
    const stored = await closePeriod(deps, { periodId: '2026-02', closedBy: pmo, now: new Date('2026-02-27T17:00:00Z') });
    expect(stored.snapshot.actions).toHaveLength(200);
    expect(stored.snapshot.asOf).toBe('2026-02-27');
    const items = await site.sp.web.lists.getByTitle('Plan Period Snapshots').items.select('ChunkIndex', 'ChunkCount')<Array<{ ChunkIndex: number; ChunkCount: number }>>();
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => i.ChunkCount === items.length)).toBe(true);

    expect(await listClosedPeriods(deps)).toEqual([{ periodId: '2026-02', label: 'February 2026', closedAt: '2026-02-27T17:00:00.000Z', closedBy: { displayName: 'Site Owner', email: 'owner@improvement.local' } }]);
    const loaded = await snapshotAsAt(deps, '2026-02');
    expect(loaded).toEqual(stored);
    expect(loaded.snapshot.actions.find((a) => a.code === 'LC.A1')).toMatchObject({ status: 'InProgress', dueDate: '2026-03-31', baselineDueDate: '2026-03-31', progressPercent: 45 });
  });

  it('refuses to close the same period again', async () => {
    await expect(closePeriod(deps, { periodId: '2026-02', closedBy: pmo, now: new Date('2026-02-28T10:00:00Z') })).rejects.toThrow(
      new PeriodAlreadyClosedError({ periodId: '2026-02', label: 'February 2026', closedAt: '2026-02-27T17:00:00.000Z', closedBy: { displayName: 'Site Owner', email: 'owner@improvement.local' } }).message
    );
    await expect(new SpSnapshotStore(site.sp).saveSnapshot(await snapshotAsAt(deps, '2026-02'))).rejects.toBeInstanceOf(PeriodAlreadyClosedError);
  });

  it('after ratings change, "changed since last report" lists the difference', async () => {
    // Ratings are judged by the policy: a late start worsens LC.A1.1, putting GD.A1 on hold eases it.
    let edited = withCell(sheet, 'LC.A1.1', 'Status', 'Not started');
    edited = withCell(edited, 'GD.A1', 'Status', 'On hold');
    edited = withCell(edited, 'SD.A1.1', 'Status', 'Closed');
    await importSheet(site, edited, 'second');

    const report = await changedSinceLastReport(deps, { now: new Date('2026-03-05T09:00:00Z') });
    expect(report?.since.periodId).toBe('2026-02');
    const byCode = (list: ReadonlyArray<{ code: string }>) => list.map((c) => c.code);
    expect(report?.changes.ratingChanges.map((c) => [c.code, c.from, c.to, c.direction])).toEqual([
      ['LC.A1.1', 'Green', 'Red', 'Worse'],
      ['GD.A1', 'Amber', 'OnHold', 'Better'],
      ['SD.A1.1', 'Complete', 'Closed', 'Better']
    ]);
    expect(byCode(report?.newSlips ?? [])).toEqual(['LC.A1.1']);
    expect(byCode(report?.closures ?? [])).toEqual(['SD.A1.1']);

    await closePeriod(deps, { periodId: '2026-03', closedBy: pmo, now: new Date('2026-03-31T16:00:00Z') });
    const between = await changedSinceLastReport(deps, { now: new Date('2026-04-02T09:00:00Z'), periodId: '2026-03' });
    expect(between?.since.periodId).toBe('2026-02');
    expect(between?.changes.toPeriodId).toBe('2026-03');
    const trends = await loadThemeTrends(deps);
    expect(trends.map((t) => t.themeCode)).toEqual(['LC', 'GD', 'FR', 'SD', 'PC', 'CP']);
    expect(trends[0].points.map((p) => p.periodId)).toEqual(['2026-02', '2026-03']);
    expect(trends[0].points.every((p) => p.total === Object.values(p.counts).reduce((a, b) => a + b, 0))).toBe(true);
  });

  it('closes a period once when the answer to its batch is lost: complete, listed, and not stored twice', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: '/_api/$batch' });
    await closePeriod(deps, { periodId: '2026-04', closedBy: pmo, now: new Date('2026-04-30T16:00:00Z') });
    expect(await (await fetch(`${site.emu.url}/_emulator/faults`)).json()).toEqual([]);
    expect((await listClosedPeriods(deps)).map((p) => p.periodId)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect((await snapshotAsAt(deps, '2026-04'))?.snapshot.actions).toHaveLength(200);
    const parts = await site.sp.web.lists.getByTitle('Plan Period Snapshots').items.filter("PeriodKey eq '2026-04'").select('ChunkIndex', 'ChunkCount')<Array<{ ChunkIndex: number; ChunkCount: number }>>();
    expect(parts).toHaveLength(parts[0].ChunkCount);
  });

  it('stores a snapshot larger than SharePoint reads in one request, over several batches', async () => {
    const base = await snapshotAsAt(deps, '2026-02');
    // 6,000 actions: about 2 MB of snapshot, more than one request body SharePoint reads (1 MB).
    const actions = Array.from({ length: 30 }, (_, copy) => base.snapshot.actions.map((a) => ({ ...a, code: `${a.code}.${copy}` }))).flat();
    const big = { ...base, period: { ...base.period, periodId: '2030-01', label: 'January 2030' }, snapshot: { ...base.snapshot, periodId: '2030-01', actions } };
    const store = new SpSnapshotStore(site.sp);
    await store.saveSnapshot(big);
    const items = await site.sp.web.lists.getByTitle('Plan Period Snapshots').items.filter("PeriodKey eq '2030-01'").select('Id')();
    expect(items.length).toBeGreaterThan(5);
    expect(await store.loadSnapshot('2030-01')).toEqual(big);
  });
});
