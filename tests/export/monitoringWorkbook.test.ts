import ExcelJS from 'exceljs';
import { actionAsDraft } from '../../src/application/import/actionDiff';
import { EMPTY_PLAN, planImport, suggestMapping } from '../../src/application/import';
import { readSpreadsheet } from '../../src/files';
import { buildMonitoringWorkbook, MONITORING_COLUMNS, sheetName } from '../../src/export';
import type { Plan } from '../../src/domain';
import { EASTMERE_THEMES } from '../fixtures/import/make-fixtures';
import { eastmerePlan } from './fixturePlan';

describe('the monitoring tool workbook', () => {
  let plan: Plan;
  let bytes: Uint8Array;
  beforeAll(async () => {
    plan = await eastmerePlan();
    bytes = await buildMonitoringWorkbook(plan, { title: 'Eastmere monitoring tool' });
  }, 60000);

  it('has an "All actions" sheet and one per theme, each with a frozen, filterable heading row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['All actions', ...EASTMERE_THEMES.map((t) => t.name)]);
    for (const sheet of workbook.worksheets) {
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(MONITORING_COLUMNS.map((c) => c.heading));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeDefined();
    }
    const all = workbook.getWorksheet('All actions') as ExcelJS.Worksheet;
    expect(all.rowCount).toBe(201);
    expect(workbook.worksheets.slice(1).reduce((n, w) => n + w.rowCount - 1, 0)).toBe(200);
    expect(all.getRow(2).getCell(1).value).toBe('CP.A1');
    const dated = all.getColumn(11).values.filter((v): v is Date => v instanceof Date);
    expect(dated.length).toBeGreaterThan(100);
    expect(all.getColumn(11).numFmt ?? all.getCell(`K${all.getColumn(11).values.findIndex((v) => v instanceof Date)}`).numFmt).toBe('dd/mm/yyyy');
  });

  it('imports back to the same data (round trip)', async () => {
    const sheet = await readSpreadsheet(bytes, 'monitoring.xlsx');
    expect(sheet.sheetName).toBe('All actions');
    const suggestion = suggestMapping(sheet.headers);
    expect(suggestion.unmatchedColumns).toEqual([]);
    expect(Object.keys(suggestion.mapping)).toHaveLength(MONITORING_COLUMNS.length);

    const againstPlan = planImport(sheet, suggestion.mapping, plan, '2026-03-31');
    expect(againstPlan.problems).toEqual([]);
    expect(againstPlan.summary).toMatchObject({ actionsToCreate: 0, actionsToUpdate: 0, actionsUnchanged: 200, workstreamsToCreate: 0, workstreamsToRename: 0 });

    const fresh = planImport(sheet, suggestion.mapping, EMPTY_PLAN, '2026-03-31', { themes: EASTMERE_THEMES });
    const created = new Map(fresh.operations.flatMap((o) => (o.kind === 'createAction' ? [[o.action.code, o.action]] : [])));
    expect(created.size).toBe(200);
    for (const original of plan.actions) {
      const { ratingReason, code, ...draft } = created.get(original.code) as NonNullable<ReturnType<typeof created.get>>;
      expect(draft).toEqual(actionAsDraft(original, original.parentId));
    }
    expect(fresh.operations.filter((o) => o.kind === 'createWorkstream').map((o) => (o.kind === 'createWorkstream' ? o.workstream.name : ''))).toEqual(
      [...plan.workstreams].sort((a, b) => a.code.localeCompare(b.code)).map((w) => w.name)
    );
  });

  it('makes worksheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('Governance: Decisions / Scrutiny [2026]', taken)).toBe('Governance Decisions Scrutiny 2');
    expect(sheetName('Governance Decisions Scrutiny 2026', taken)).toBe('Governance Decisions Scrutiny 3');
  });
});
