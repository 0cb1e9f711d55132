import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_PLAN, planImport, suggestMapping, type ImportPlan, type Sheet } from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';
import { BAD_ROWS, CLOSED_INDEX, EASTMERE_THEMES, FIRST_DATA_ROW } from '../../fixtures/import/make-fixtures';

const read = async (name: string): Promise<Sheet> => readSpreadsheet(new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name))), name);
const dryRun = (sheet: Sheet): ImportPlan => planImport(sheet, suggestMapping(sheet.headers).mapping, EMPTY_PLAN, '2026-02-28', { themes: EASTMERE_THEMES });

const CLOSED_WARNING = {
  row: FIRST_DATA_ROW + CLOSED_INDEX,
  column: 'Status',
  columnLetter: 'H',
  field: 'status',
  severity: 'warning',
  message: 'The action is Closed but no closure rationale is given. It is imported; add the reason for closing it in the app.'
};

describe.each(['eastmere-plan.xlsx', 'eastmere-plan.csv'])('the dry run of %s (200 rows, some bad)', (file) => {
  let plan: ImportPlan;
  beforeAll(async () => {
    plan = dryRun(await read(file));
  });

  it('lists every problem by row and column, in words a person understands', () => {
    expect(plan.problems).toEqual([
      { row: 12, column: 'Theme', columnLetter: 'B', field: 'theme', severity: 'error', message: '"Housing Repairs" is not one of the plan\'s themes (LC Leadership and Culture, GD Governance and Decision Making, FR Financial Resilience, SD Service Delivery, PC Procurement and Contracts, CP Communities and Partnerships). Correct the spelling, or add the theme to the plan first: tick "Add any theme the plan does not have yet" under Import in the app, or run the import command with --create-themes.' },
      { row: 28, column: 'Target date', columnLetter: 'G', field: 'dueDate', severity: 'error', message: 'Could not read "end of spring 2026" as a date. Expected a day (31 March 2026, 31/03/2026 or 2026-03-31), a week (w/c 21 November 2025), a month (March 2026), months (May/June 2026), a quarter (Q3 2026/27), a financial year (2026/27 or 2028/2029), a year (2026), or one of Commenced, In progress, Ongoing, TBC, Complete.' },
      { row: 46, column: 'Ref', columnLetter: 'A', field: 'code', severity: 'error', message: 'Reference GD.A2 is used again: row 45 already has it. Each action needs its own reference.' },
      CLOSED_WARNING,
      { row: 82, column: 'Ref', columnLetter: 'A', field: 'code', severity: 'error', message: 'Sub-action FR.C9.1 has no main action: there is no row or existing action with reference FR.C9. Add the main action, or correct the reference.' },
      { row: 104, column: 'Start', columnLetter: 'F', field: 'startDate', severity: 'error', message: '"31/02/2026": 31/2/2026 is not a real day.' },
      { row: 125, column: 'Action', columnLetter: 'D', field: 'title', severity: 'error', message: 'The action title is missing. Every action needs a title.' },
      { row: 155, column: 'RAG', columnLetter: 'I', field: 'rating', severity: 'error', message: '"Purple" is not a rating. Use Red, Amber, Green, Complete (Blue), Not started, On hold or Closed.' },
      { row: 175, column: '% complete', columnLetter: 'J', field: 'progress', severity: 'error', message: '"150%" is not a percentage. Give a number from 0 to 100, such as 45%.' }
    ]);
    expect(plan.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column])).toEqual(BAD_ROWS.map((b) => [b.row, b.column]));
  });

  it('refuses to import until the errors are fixed', () => {
    expect(plan.canImport).toBe(false);
    expect(plan.summary).toMatchObject({ rowsRead: 200, errors: 8, warnings: 1 });
  });
});

describe('the dry run of the fixed file', () => {
  let plan: ImportPlan;
  beforeAll(async () => {
    plan = dryRun(await read('eastmere-plan-fixed.xlsx'));
  });

  it('has nothing but the one warning and would create every action, theme and workstream', () => {
    expect(plan.problems).toEqual([CLOSED_WARNING]);
    expect(plan.canImport).toBe(true);
    expect(plan.summary).toEqual({ rowsRead: 200, actionsToCreate: 200, actionsToUpdate: 0, actionsUnchanged: 0, themesToCreate: 6, workstreamsToCreate: 18, workstreamsToRename: 0, headingRowsSkipped: 0, errors: 0, warnings: 1 });
  });

  it('orders writes parents first and turns codes into the hierarchy', () => {
    const steps = plan.operations.map((o) => o.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(plan.operations.map((o) => o.seq)).toEqual(plan.operations.map((_, i) => i));
    const byCode = new Map(plan.operations.flatMap((o) => (o.kind === 'createAction' ? [[o.action.code, o.action]] : [])));
    expect(byCode.get('LC.A1')).toMatchObject({ kind: 'main', themeCode: 'LC', workstreamCode: 'LC.A', startDateText: 'Commenced', baselineDueDate: '2026-03-31', currentDueDate: '2026-03-31', dueDateText: 'March 2026', status: 'InProgress', rating: 'Green', progressPercent: 45 });
    expect(byCode.get('LC.A1.1')).toMatchObject({ kind: 'sub', parentCode: 'LC.A1', workstreamCode: 'LC.A', startDate: '2025-04-01', baselineDueDate: '2026-06-30', dueDateText: 'May/June 2026' });
    expect(byCode.get('LC.A1.2')).toMatchObject({ startDate: '2025-06-01', baselineDueDate: '2026-12-31', dueDateText: 'Q3 2026/27', progressPercent: 30, rating: 'Green' });
    expect(byCode.get('LC.A1.3')).toMatchObject({ dueDateText: 'TBC', status: 'NotStarted' });
    expect(byCode.get('LC.A1.3')?.baselineDueDate).toBeUndefined();
    expect(byCode.get('LC.A2.1')).toMatchObject({ startDateText: 'In progress', status: 'Complete', rating: 'Complete' });
    expect(byCode.get('LC.A2.2')).toMatchObject({ startDate: '2025-10-01', baselineDueDate: '2026-09-30', dueDateText: '30 September 2026' });
    expect(byCode.get('LC.A2.2')?.startDateText).toBeUndefined();
    expect(plan.operations.find((o) => o.kind === 'createWorkstream')).toMatchObject({ workstream: { code: 'CP.A', themeCode: 'CP', name: 'Voluntary sector', order: 1 } });
  });
});

describe('planning against an existing plan', () => {
  it('creates themes from the file only when asked, reading "LC - Leadership and Culture" as code and name', async () => {
    const sheet = await read('eastmere-plan-fixed.csv');
    const plan = planImport(sheet, suggestMapping(sheet.headers).mapping, EMPTY_PLAN, '2026-02-28', { createMissingThemes: true });
    expect(plan.operations.filter((o) => o.kind === 'createTheme').map((o) => (o.kind === 'createTheme' ? [o.theme.code, o.theme.name] : []))).toEqual(EASTMERE_THEMES.map((t) => [t.code, t.name]));
  });

  it('reports a missing required column against the heading row', () => {
    const sheet: Sheet = { fileName: 'x.csv', sheetName: 'CSV', headerRowNumber: 1, headers: ['Ref', 'Notes'], rows: [{ rowNumber: 2, cells: ['LC.A1', 'x'] }] };
    expect(planImport(sheet, suggestMapping(sheet.headers).mapping, EMPTY_PLAN, '2026-02-28').problems).toEqual([
      { row: 1, column: 'Action', field: 'title', severity: 'error', message: 'No column is chosen for Action. Choose the column that holds it.' }
    ]);
  });
});
