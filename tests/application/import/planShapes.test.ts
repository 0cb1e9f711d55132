import {
  describeImportPlan,
  EMPTY_PLAN,
  planImport,
  suggestMapping,
  suggestMappingForSheet,
  type ActionDraft,
  type ExistingPlan,
  type ImportPlan,
  type Sheet
} from '../../../src/application/import';

const TODAY = '2026-12-01';

function sheetOf(headers: string[], rows: string[][]): Sheet {
  return { fileName: 'plan.csv', sheetName: 'CSV', headerRowNumber: 1, headers, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}

function dryRun(sheet: Sheet, createMissingThemes: boolean = true): ImportPlan {
  return planImport(sheet, suggestMappingForSheet(sheet).mapping, EMPTY_PLAN, TODAY, { createMissingThemes });
}

function created(plan: ImportPlan): Map<string, ActionDraft> {
  return new Map(plan.operations.flatMap((o) => (o.kind === 'createAction' ? [[o.action.code, o.action] as const] : [])));
}

const PROGRAMME_HEADERS = ['Ref', 'Action', 'Lead member/officer', 'Start date', 'End date'];

describe('a numbered programme plan without a theme column', () => {
  const sheet = sheetOf(PROGRAMME_HEADERS, [
    ['1', 'A shared direction', '', '', ''],
    ['1.1', 'Publish a statement of intent.', 'Chief Executive', 'Commenced', 'March 2027'],
    ['1.2', 'Refresh the council plan:\n(a) Member workshops.\n(b) A draft for scrutiny.', 'Director of Strategy\nLeader of the Council', 'January 2027\nFebruary 2027', 'February 2027\nApril 2027'],
    ['2.1', 'Bring the repairs backlog down.', 'Director of Housing', 'January 2027', 'January 2027\nMarch 2028']
  ]);

  it('makes each programme a theme (P1, P2) and a workstream of the same name, and each lettered item a sub-action with its own dates and lead', () => {
    const plan = dryRun(sheet);
    expect(plan.canImport).toBe(true);
    expect(plan.operations.filter((o) => o.kind === 'createTheme').map((o) => (o.kind === 'createTheme' ? o.theme : undefined))).toEqual([
      { code: 'P1', name: 'A shared direction', order: 1 },
      { code: 'P2', name: 'Programme 2', order: 2 }
    ]);
    expect(plan.operations.filter((o) => o.kind === 'createWorkstream').map((o) => (o.kind === 'createWorkstream' ? [o.workstream.code, o.workstream.themeCode, o.workstream.name] : []))).toEqual([
      ['1', 'P1', 'A shared direction'],
      ['2', 'P2', 'Programme 2']
    ]);
    const actions = created(plan);
    expect([...actions.keys()]).toEqual(['1.1', '1.2', '2.1', '1.2(a)', '1.2(b)']);
    expect(actions.get('1.2')).toMatchObject({ kind: 'main', title: 'Refresh the council plan:', lead: { displayName: 'Director of Strategy' }, startDate: '2027-01-01', baselineDueDate: '2027-04-30' });
    expect(actions.get('1.2')?.dueDateText).toBeUndefined();
    expect(actions.get('1.2(a)')).toMatchObject({ kind: 'sub', parentCode: '1.2', workstreamCode: '1', themeCode: 'P1', title: 'Member workshops.', lead: { displayName: 'Director of Strategy' }, baselineDueDate: '2027-02-28', dueDateText: 'February 2027' });
    expect(actions.get('1.2(b)')).toMatchObject({ title: 'A draft for scrutiny.', lead: { displayName: 'Leader of the Council' }, startDate: '2027-02-01', baselineDueDate: '2027-04-30' });
  });

  it('reads several dates in a cell without items as their span, and says so in the dry run', () => {
    const plan = dryRun(sheet);
    expect(created(plan).get('2.1')).toMatchObject({ startDate: '2027-01-01', baselineDueDate: '2028-03-31', dueDateText: 'January 2027 March 2028' });
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ row: 5, column: 'End date', severity: 'warning', message: expect.stringMatching(/^This cell gives 2 dates \("January 2027", "March 2028"\), so the due date is read as the latest: 31 Mar 2028\./) })
    );
  });

  it('without leave to create themes, reports each programme once and names both ways to create it', () => {
    const plan = dryRun(sheet, false);
    expect(plan.canImport).toBe(false);
    expect(plan.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.message])).toEqual([
      [2, 'Programme 1 ("A shared direction") is not a theme of the plan yet, and the file has no Theme column, so its actions have nowhere to go. Its 3 rows wait for it. Create it as theme P1: tick "Add any theme the plan does not have yet" under Import in the app, or run the import command with --create-themes.'],
      [5, 'Programme 2 ("Programme 2") is not a theme of the plan yet, and the file has no Theme column, so its actions have nowhere to go. Create it as theme P2: tick "Add any theme the plan does not have yet" under Import in the app, or run the import command with --create-themes.']
    ]);
  });

  it('files a numbered action the plan already has under the theme it has there, not a new programme theme', () => {
    const existing = {
      themes: [{ id: 't1', code: 'FIN', name: 'Finance', order: 1 }],
      workstreams: [{ id: 'w1', code: '5', themeCode: 'FIN', name: 'Budget', order: 1 }],
      actions: []
    } as unknown as ExistingPlan;
    const plan = planImport(sheetOf(PROGRAMME_HEADERS, [['5.1', 'Set the budget.', 'Director of Finance', 'June 2027', 'July 2027']]), suggestMappingForSheet(sheetOf(PROGRAMME_HEADERS, [])).mapping, existing, TODAY);
    expect(plan.problems).toEqual([]);
    expect(created(plan).get('5.1')).toMatchObject({ themeCode: 'FIN', workstreamCode: '5' });
  });

  it('lists the themes and workstreams it would create in the summary', () => {
    expect(describeImportPlan(dryRun(sheet))).toEqual(
      expect.arrayContaining(['Themes to create: P1 A shared direction; P2 Programme 2.', 'Workstreams and programmes to create: 1 A shared direction; 2 Programme 2.'])
    );
  });
});

describe('lettered items', () => {
  it('gives every item the whole cell, with a warning, when the lines do not match the items', () => {
    const plan = dryRun(sheetOf(['Theme', ...PROGRAMME_HEADERS], [['Finance', 'FN.A1', 'Set the budget: (a) assumptions (b) proposals (c) scrutiny', 'Director of Finance', 'June 2027', 'July 2027\nSeptember 2027']]));
    const actions = created(plan);
    expect(actions.get('FN.A1(c)')).toMatchObject({ startDate: '2027-06-01', baselineDueDate: '2027-09-30' });
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ column: 'End date', severity: 'warning', message: 'This cell has 2 lines but action FN.A1 has 3 lettered items, so every item is given the whole cell. Put one line per item, in the order of the items (or the action\'s own first), to give each its own.' })
    );
  });

  it('reads one line more than there are items as the action\u2019s own line, then one per item', () => {
    const plan = dryRun(
      sheetOf(['Theme', ...PROGRAMME_HEADERS], [['Finance', 'FN.A1', 'Set the budget: (a) assumptions (b) proposals', 'Director of Finance\nHead of Finance\nBudget Manager', 'January 2027\nMarch 2027\nJune 2027', 'December 2027\nMay 2027\nNovember 2027']])
    );
    expect(plan.problems).toEqual([]);
    const actions = created(plan);
    expect(actions.get('FN.A1')).toMatchObject({ lead: { displayName: 'Director of Finance' }, startDate: '2027-01-01', baselineDueDate: '2027-12-31', dueDateText: 'December 2027' });
    expect(actions.get('FN.A1(a)')).toMatchObject({ lead: { displayName: 'Head of Finance' }, startDate: '2027-03-01', baselineDueDate: '2027-05-31' });
    expect(actions.get('FN.A1(b)')).toMatchObject({ lead: { displayName: 'Budget Manager' }, startDate: '2027-06-01', baselineDueDate: '2027-11-30' });
  });

  it('joins a row with no reference whose text starts with an item to the action above', () => {
    const plan = dryRun(
      sheetOf(['Theme', ...PROGRAMME_HEADERS], [
        ['Finance', 'FN.A1', 'Review the buildings:', 'Head of Property', '', ''],
        ['', '', '(a) A register of assets.', '', 'Commenced', 'June 2027'],
        ['Finance', '', '(b) A plan for each surplus building.', 'Head of Property', 'June 2027', 'December 2027']
      ])
    );
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const actions = created(plan);
    expect(actions.get('FN.A1(a)')).toMatchObject({ title: 'A register of assets.', startDateText: 'Commenced', baselineDueDate: '2027-06-30', status: 'InProgress', lead: { displayName: 'Head of Property' } });
    expect(actions.get('FN.A1(b)')).toMatchObject({ baselineDueDate: '2027-12-31' });
    expect(actions.get('FN.A1')).toMatchObject({ status: 'InProgress', baselineDueDate: '2027-12-31' });
    expect(plan.operations.find((o) => o.kind === 'createTheme')).toMatchObject({ theme: { code: 'FN', name: 'Finance' } });
  });

  it('gives a row coded only "(b)" the code of the numbered action above it', () => {
    const plan = dryRun(
      sheetOf(['Theme', ...PROGRAMME_HEADERS], [
        ['Finance', '5.3', 'Challenge the savings in:', 'Director of Finance', 'April 2027', 'March 2028'],
        ['Finance', '(a)', 'Adult social care.', '', 'April 2027', 'September 2027'],
        ['Finance', '(b)', 'Children\u2019s services.', '', 'October 2027', 'March 2028']
      ])
    );
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(created(plan).get('5.3(b)')).toMatchObject({ kind: 'sub', parentCode: '5.3', title: 'Children\u2019s services.', baselineDueDate: '2028-03-31' });
  });

  it('leaves the action whole when the file has rows of its own for its lettered codes', () => {
    const plan = dryRun(
      sheetOf(['Theme', ...PROGRAMME_HEADERS], [
        ['Finance', 'FN.A1', 'Set the budget: (a) assumptions (b) proposals', 'Director of Finance', 'June 2027', 'July 2027'],
        ['Finance', 'FN.A1(a)', 'Publish the assumptions', 'Director of Finance', 'June 2027', 'July 2027']
      ])
    );
    expect([...created(plan).keys()]).toEqual(['FN.A1', 'FN.A1(a)']);
    expect(created(plan).get('FN.A1')?.title).toBe('Set the budget: (a) assumptions (b) proposals');
  });
});

describe('a plan that lists only its leaf codes', () => {
  const headers = ['Theme', 'Workstream', 'Ref', 'Action', 'Due date'];

  it('imports every row as an action under the workstream its code names, with the name the workstream column gives', () => {
    const plan = dryRun(
      sheetOf(headers, [
        ['Leadership', 'A: Member relations', 'LD.A1.1', 'Agree a protocol', 'March 2027'],
        ['Leadership', 'A: Member relations', 'LD.A2.1', 'Train Cabinet on it', 'June 2027'],
        ['Governance', 'B: Decision records', 'GV.B1.1', 'Publish decisions in five days', 'Q4 2026/27']
      ])
    );
    expect(plan.canImport).toBe(true);
    expect([...created(plan).values()].map((a) => [a.code, a.kind, a.themeCode, a.workstreamCode, a.parentCode])).toEqual([
      ['GV.B1.1', 'main', 'GV', 'GV.B', undefined],
      ['LD.A1.1', 'main', 'LD', 'LD.A', undefined],
      ['LD.A2.1', 'main', 'LD', 'LD.A', undefined]
    ]);
    expect(plan.operations.filter((o) => o.kind === 'createWorkstream').map((o) => (o.kind === 'createWorkstream' ? o.workstream.name : ''))).toEqual(['Decision records', 'Member relations']);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message:
          'The file lists workstreams GV.B, LD.A by their leaf actions only, with no main action rows (there is no GV.B1 for GV.B1.1), so each reference is imported as an action of its own under the workstream its code names. To import them as sub-actions instead, add rows for their main actions.'
      })
    ]);
  });

  it('takes the theme from the code when there is no theme column, if themes may be created', () => {
    const sheet = sheetOf(['Workstream', 'Ref', 'Action'], [['A: Member relations', 'LD.A1.1', 'Agree a protocol']]);
    expect(created(dryRun(sheet)).get('LD.A1.1')).toMatchObject({ themeCode: 'LD', workstreamCode: 'LD.A' });
    expect(dryRun(sheet, false).problems[0].message).toBe(
      'The theme is missing, and the reference LD.A1.1 does not start with a theme code the plan knows (the plan has no themes yet). Give the theme\'s name or code in a Theme column, or create the themes with the import: tick "Add any theme the plan does not have yet" under Import in the app, or run the import command with --create-themes.'
    );
  });

  it('files leaves as actions only in the workstreams that have no main action rows', () => {
    const plan = dryRun(
      sheetOf(headers, [
        ['Leadership', 'A', 'LD.A1', 'Agree a protocol', 'March 2027'],
        ['Leadership', 'A', 'LD.A7.1', 'Orphan beside a main action', 'February 2027'],
        ['Leadership', 'B', 'LD.B1.1', 'Leaf', 'February 2027']
      ])
    );
    expect(plan.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'Sub-action LD.A7.1 has no main action: there is no row or existing action with reference LD.A7. Add the main action, or correct the reference.'
    ]);
    expect(created(plan).get('LD.B1.1')).toMatchObject({ kind: 'main', workstreamCode: 'LD.B' });
  });

  it('still reports a sub-action without its main action when other rows have theirs', () => {
    const plan = dryRun(
      sheetOf(headers, [
        ['Leadership', 'A', 'LD.A1', 'Agree a protocol', 'March 2027'],
        ['Leadership', 'A', 'LD.A1.1', 'Draft it', 'February 2027'],
        ['Leadership', 'A', 'LD.A9.1', 'Orphan', 'February 2027']
      ])
    );
    expect(plan.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'Sub-action LD.A9.1 has no main action: there is no row or existing action with reference LD.A9. Add the main action, or correct the reference.'
    ]);
  });
});

describe('finding the reference from the cells', () => {
  it('reads a column of references under a heading that spans the reference and the action', () => {
    const sheet = sheetOf(['Actions', '', 'Lead member/officer', 'Start date', 'End date'], [
      ['1.1', 'Publish a statement of intent.', 'Chief Executive', 'Commenced', 'March 2027'],
      ['1.2', 'Refresh the council plan.', 'Director of Strategy', 'January 2027', 'July 2027']
    ]);
    expect(suggestMapping(sheet.headers).mapping).toMatchObject({ title: 0 });
    expect(suggestMappingForSheet(sheet)).toEqual({ mapping: { code: 0, title: 1, lead: 2, startDate: 3, dueDate: 4 }, unmatchedColumns: [], missingRequired: [] });
  });
});

describe('a theme named against the code, when themes may be created', () => {
  it('says which theme the code stands for and to correct one of them', () => {
    const plan = dryRun(sheetOf(['Theme', 'Ref', 'Action'], [['Leadership', 'LD.A1', 'Agree a protocol'], ['Housing Repairs', 'LD.A2', 'Train Cabinet']]));
    expect(plan.problems.map((p) => p.message)).toEqual(['"Housing Repairs" is not theme LD (Leadership), which the reference LD.A2 starts with. Correct the theme\'s name, or the reference.']);
  });
});

describe('a plan saved from Word to CSV, headings between its tables and all', () => {
  it('skips repeated heading rows, reads "2. Name" as the programme and says which other rows it skips', () => {
    const headers = ['ACTIONS:', '', 'LEAD MEMBER/OFFICER', 'START DATE', 'END DATE'];
    const plan = dryRun(
      sheetOf(headers, [
        ['Key Aim 1: A council with a clear direction.', '', '', '', ''],
        ['1. A shared direction', '', '', '', ''],
        ['Programme Description', 'What the programme is for.', '', '', ''],
        ['Outcomes', 'A plan everyone knows.', '', '', ''],
        ['1.1', 'Publish a statement of intent.', 'Chief Executive', 'Commenced', 'March 2027'],
        ['ACTIONS:', '', 'LEAD MEMBER/OFFICER', 'START DATE', 'END DATE'],
        ['2. A skilled workforce', '', '', '', ''],
        ['2.1', 'Run a staff survey.', 'Head of People', 'January 2027', 'June 2027']
      ])
    );
    const skipped = (row: number, words: string): unknown =>
      expect.objectContaining({ row, severity: 'warning', message: `This row is read as a heading and skipped: its reference column holds "${words}", words rather than a reference. If it is an action, give it a reference such as 5.3 and put its words in the action column.` });
    expect(plan.problems).toEqual([skipped(2, 'Key Aim 1: A council with a clear direction.'), skipped(4, 'Programme Description'), skipped(5, 'Outcomes')]);
    expect(plan.operations.filter((o) => o.kind === 'createTheme').map((o) => (o.kind === 'createTheme' ? o.theme.name : ''))).toEqual(['A shared direction', 'A skilled workforce']);
    expect([...created(plan).keys()]).toEqual(['1.1', '2.1']);
  });
});
