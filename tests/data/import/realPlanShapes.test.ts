import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport, startImport, suggestMappingForSheet, type ImportDeps, type ImportPlan } from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';
import { readPlanForImport, SpImportJournalStore, SpImportWriter } from '../../../src/data/import';
import { SAMPLE_BAD_ROWS } from '../../../tools/demo/samples/makeSamples';
import { programmePlanCodes, PROGRAMMES } from '../../../tools/demo/samples/programmePlan';
import { WORKSTREAM_PLAN_ROWS } from '../../../tools/demo/samples/workstreamPlan';
import { planSite, type PlanSite } from './emulatorSite';

jest.setTimeout(120_000);

const TODAY = '2026-12-01';
const SAMPLES = join(__dirname, '../../../tools/demo/samples');

function deps(site: PlanSite): ImportDeps {
  let n = 0;
  return { writer: new SpImportWriter(site.sp), journals: new SpImportJournalStore(site.sp), now: () => new Date('2026-12-01T10:00:00Z'), newId: () => `imp${++n}` };
}

async function dryRun(site: PlanSite, file: string, createMissingThemes: boolean): Promise<ImportPlan> {
  const sheet = await readSpreadsheet(new Uint8Array(readFileSync(join(SAMPLES, file))), file);
  return planImport(sheet, suggestMappingForSheet(sheet).mapping, await readPlanForImport(site.sp), TODAY, { createMissingThemes });
}

/** The due date each lettered item of the sample gives as a day, or its words (Ongoing, Complete). */
function itemDueDates(): Map<string, string> {
  return new Map(PROGRAMMES.flatMap((p) => p.actions.flatMap((a) => (a.items ?? []).map((item, i) => [`${a.code}(${String.fromCharCode(97 + i)})`, item.end] as const))));
}

describe.each(['northmoor-improvement-plan.csv', 'northmoor-improvement-plan.docx'])('importing the adopted programme plan %s into a fresh site (emulator)', (file) => {
  let site: PlanSite;
  beforeEach(async () => {
    site = await planSite();
  });
  afterEach(async () => {
    await site.stop();
  });

  it('refuses without leave to create themes, naming the check box and --create-themes', async () => {
    const plan = await dryRun(site, file, false);
    expect(plan.canImport).toBe(false);
    const errors = plan.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(PROGRAMMES.length);
    for (const e of errors) expect(e.message).toMatch(/tick "Add any theme the plan does not have yet" under Import in the app, or run the import command with --create-themes\.$/);
  });

  it('imports every numbered action and every lettered sub-action with its own due date, and a second run changes nothing', async () => {
    const plan = await dryRun(site, file, true);
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const outcome = await startImport(plan, deps(site), 'Programme Office');
    expect(outcome.completed).toBe(true);

    const after = await readPlanForImport(site.sp);
    const { actions, subActions } = programmePlanCodes();
    expect(after.themes.map((t) => [t.code, t.name])).toEqual(PROGRAMMES.map((p) => [`P${p.number}`, p.name]));
    expect(after.workstreams.map((w) => [w.code, w.themeCode, w.name]).sort()).toEqual(PROGRAMMES.map((p) => [String(p.number), `P${p.number}`, p.name]));
    expect(after.actions.map((a) => a.code).sort()).toEqual([...actions, ...subActions].sort());
    const byCode = new Map(after.actions.map((a) => [a.code, a]));
    for (const [code, end] of itemDueDates()) {
      const sub = byCode.get(code);
      expect(sub).toMatchObject({ kind: 'sub', parentId: byCode.get(code.replace(/\([a-z]\)$/, ''))?.id, dueDateText: end });
    }
    expect(byCode.get('1.2(c)')).toMatchObject({ title: 'Adoption of the council plan at Full Council.', lead: { displayName: 'Leader of the Council' }, startDate: '2027-05-01', baselineDueDate: '2027-07-31' });
    expect(byCode.get('1.3(d)')).toMatchObject({ baselineDueDate: '2029-03-31', dueDateText: '2028/2029' });
    expect(byCode.get('2.3(c)')).toMatchObject({ status: 'Complete', lead: { displayName: 'Head of People' } });
    expect(byCode.get('2.2(a)')).toMatchObject({ startDateText: 'Commenced', dueDateText: 'Ongoing', status: 'InProgress' });
    expect(byCode.get('1.2')).toMatchObject({ kind: 'main', workstreamCode: '1', themeCode: 'P1', startDate: '2027-01-01', baselineDueDate: '2027-07-31' });
    expect(byCode.get('2.4')).toMatchObject({ baselineDueDate: '2027-07-31', dueDateText: 'Design of the new policy \u2013 July 2027 Roll-out of the policy \u2013 Ongoing' });
    expect(byCode.get('3.2')).toMatchObject({ startDate: '2027-01-01', baselineDueDate: '2028-03-31' });

    const again = await dryRun(site, file, false);
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(again.summary).toMatchObject({ actionsToCreate: 0, actionsToUpdate: 0, actionsUnchanged: actions.length + subActions.length, themesToCreate: 0, workstreamsToCreate: 0 });
  });
});

describe('importing the leaf-coded workstream plan into a fresh site (emulator)', () => {
  let site: PlanSite;
  beforeEach(async () => {
    site = await planSite();
  });
  afterEach(async () => {
    await site.stop();
  });

  it('imports every row as an action under its workstream', async () => {
    const plan = await dryRun(site, 'northmoor-workstream-actions.csv', true);
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect((await startImport(plan, deps(site), 'Programme Office')).completed).toBe(true);
    const after = await readPlanForImport(site.sp);
    expect(after.actions.map((a) => a.code).sort()).toEqual(WORKSTREAM_PLAN_ROWS.map((r) => r[2]).sort());
    for (const a of after.actions) expect(a).toMatchObject({ kind: 'main', workstreamCode: `${a.code.split('.')[0]}.F` });
    expect(after.actions.every((a) => a.parentId === undefined)).toBe(true);
    expect(after.workstreams.map((w) => [w.code, w.name]).sort()).toEqual([
      ['GV.F', 'Decision records'],
      ['LD.F', 'Member and officer relations'],
      ['SD.F', 'Complaints']
    ]);
    expect(after.themes.map((t) => [t.code, t.name])).toEqual([
      ['LD', 'Leadership'],
      ['GV', 'Governance'],
      ['SD', 'Service delivery']
    ]);
  });
});

describe('the peer challenge samples still behave as before (emulator)', () => {
  let site: PlanSite;
  beforeAll(async () => {
    site = await planSite();
  });
  afterAll(async () => {
    await site.stop();
  });

  it('the messy file has its eight bad rows and nothing else; the fixed one imports all 77 actions', async () => {
    const messy = await dryRun(site, 'northmoor-peer-challenge-actions.xlsx', true);
    expect(messy.problems.map((p) => [p.row, p.severity])).toEqual(SAMPLE_BAD_ROWS.map((row) => [row, 'error']));
    const fixed = await dryRun(site, 'northmoor-peer-challenge-actions-fixed.xlsx', true);
    expect(fixed.problems).toEqual([]);
    expect((await startImport(fixed, deps(site), 'Programme Office')).completed).toBe(true);
    expect((await readPlanForImport(site.sp)).actions).toHaveLength(77);
  });
});
