/** @jest-environment jsdom */
import '../../setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportJournal, ImportOperation } from '../../../../src/application/import';
import { createInMemoryPlanImporter, type InMemoryPlanImporter } from '../../../support/fakes/inMemoryPlanImporter';
import { member, pmo, samplePlan, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';

// jsdom has no TextDecoder; the spreadsheet reader decodes CSV with it, as browsers do.
const g = globalThis as Record<string, unknown>;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;

/** A council's monitoring sheet: a title row, headings in its own words, one bad date on row 6. */
const CSV = [
  'Northmoor improvement plan: monitoring,,,,,,,,',
  'Ref,Theme,Workstream,What we will do,Lead Officer,Target date,Status,RAG,% complete',
  'GV.C1,GV,C: Scrutiny,Adopt the scrutiny protocol,Tom Reed,March 2027,In progress,Green,40%',
  'GV.C1.1,GV,C: Scrutiny,Consult members on the protocol,Tom Reed,Q4 2026/27,Not started,Not started,',
  'GV.C2,GV,C: Scrutiny,Agree the scrutiny work programme,Tom Reed,end of spring 2027,In progress,Amber,10%',
  'CU.A3,CU,Values and behaviours,Run a staff recognition scheme,Priya Shah,May/June 2027,Not started,Not started,'
].join('\r\n');
const FIXED = CSV.replace('end of spring 2027', 'June 2027');

const csvFile = (text: string, name = 'monitoring.csv'): File => new File([text], name, { type: 'text/csv' });

function importer(extra: Partial<Parameters<typeof createInMemoryPlanImporter>[0]> = {}): InMemoryPlanImporter {
  return createInMemoryPlanImporter({ plan: samplePlan(), ...extra });
}

async function openImport(imp: InMemoryPlanImporter): Promise<void> {
  renderApp({ user: pmo, importer: imp, initialRoute: { view: 'import' } });
  await screen.findByRole('heading', { level: 2, name: 'Import a plan from a spreadsheet or the adopted Word plan' }, { timeout: 10000 });
}

async function chooseFile(file: File): Promise<void> {
  await userEvent.upload(screen.getByLabelText('Spreadsheet (.xlsx or .csv) or Word plan (.docx)'), file);
  await screen.findByText(/headings on row 2, 4 rows below them/);
}

/** Picks the column for the Action field, whose heading ("What we will do") no rule matches. */
async function mapTitle(): Promise<void> {
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Action/ }), 'D: What we will do');
}

async function dryRun(): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
  await screen.findByRole('list', { name: 'What the import would do' });
}

const count = (label: string): string => {
  const counts = screen.getByRole('list', { name: 'What the import would do' });
  const term = within(counts).getByText(label);
  return (term.nextElementSibling as HTMLElement).textContent ?? '';
};

describe('the Import view', () => {
  it('is offered to the programme office only', async () => {
    const imp = importer();
    const { unmount } = renderApp({ user: pmo, importer: imp });
    const nav = await screen.findByRole('navigation', { name: 'Plan views' });
    expect(within(nav).getByRole('tab', { name: 'Import' })).toBeInTheDocument();
    unmount();
    for (const user of [staff, member]) {
      const other = renderApp({ user, importer: imp, initialRoute: { view: 'import' } });
      expect(await screen.findByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
      expect(screen.queryByRole('tab', { name: 'Import' })).not.toBeInTheDocument();
      expect(screen.queryByLabelText('Spreadsheet (.xlsx or .csv) or Word plan (.docx)')).not.toBeInTheDocument();
      other.unmount();
    }
  });

  it('opens the file chooser from a labelled Fluent button and names the chosen file', async () => {
    await openImport(importer());
    const button = screen.getByRole('button', { name: 'Choose a file: Spreadsheet (.xlsx or .csv) or Word plan (.docx)' });
    expect(button).toHaveAccessibleDescription(/^No file chosen/);
    const input = screen.getByLabelText('Spreadsheet (.xlsx or .csv) or Word plan (.docx)') as HTMLInputElement;
    expect(input).toHaveAttribute('type', 'file');
    const opened = jest.spyOn(input, 'click');
    await userEvent.click(button);
    expect(opened).toHaveBeenCalled();
    await chooseFile(csvFile(CSV));
    const again = screen.getByRole('button', { name: 'Choose another file: Spreadsheet (.xlsx or .csv) or Word plan (.docx)' });
    expect(screen.getByText('Chosen: monitoring.csv')).toBeInTheDocument();
    expect(again).toHaveAccessibleDescription(/^Chosen: monitoring\.csv/);
  });

  it('matches columns by heading, marks required fields, and lets the person change the match', async () => {
    await openImport(importer());
    await chooseFile(csvFile(CSV));
    expect(screen.getByRole('combobox', { name: /^Reference/ })).toHaveDisplayValue('A: Ref');
    expect(screen.getByRole('combobox', { name: /^Lead officer/ })).toHaveDisplayValue('E: Lead Officer');
    expect(screen.getByRole('combobox', { name: 'Due date' })).toHaveDisplayValue('F: Target date');
    const title = screen.getByRole('combobox', { name: /^Action/ });
    expect(title).toBeRequired();
    expect(title).toHaveDisplayValue('Not imported');
    expect(screen.getByText('Choose the column that holds the action.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check (dry run)' })).toBeDisabled();

    await mapTitle();
    expect(screen.queryByText('Choose the column that holds the action.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check (dry run)' })).toBeEnabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Lead officer/ }), 'A: Ref');
    expect(screen.getByText('Column A is also chosen for Reference. A column can fill one field only.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check (dry run)' })).toBeDisabled();
  });

  it('lists every problem of the dry run by row and column, with the counts, and keeps Import disabled', async () => {
    const imp = importer();
    await openImport(imp);
    await chooseFile(csvFile(CSV));
    await mapTitle();
    await dryRun();
    expect(count('To create')).toBe('3');
    expect(count('Errors')).toBe('1');
    const table = screen.getByRole('table', { name: /Every problem the dry run found/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    const cells = within(rows[1]).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('5');
    expect(cells[1]).toBe('F: Target date');
    expect(cells[2]).toMatch(/^ErrorCould not read "end of spring 2027" as a date/);
    expect(screen.getByText(/1 error must be fixed in the file before anything can be imported/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Import \d+ change/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download problem list (.csv)' })).toBeEnabled();
    expect(imp.written).toHaveLength(0);
  });

  it('copies the problem list as a plain-text table', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openImport(importer());
    await chooseFile(csvFile(CSV));
    await mapTitle();
    await dryRun();
    await userEvent.click(screen.getByRole('button', { name: 'Copy problem list' }));
    expect(await screen.findByText('Problem list copied.')).toBeInTheDocument();
    expect(writeText.mock.calls[0][0]).toMatch(/Row\s+Column\s+Problem[\s\S]*5\s+F {2}Target date\s+Error: Could not read "end of spring 2027"/);
  });

  it('imports a clean file with progress and ends with a clear summary', async () => {
    const imp = importer();
    await openImport(imp);
    await chooseFile(csvFile(FIXED));
    await mapTitle();
    await dryRun();
    expect(count('To create')).toBe('4');
    expect(count('Errors')).toBe('0');
    await userEvent.click(screen.getByRole('button', { name: /^Import 4 changes$/ }));
    const done = await screen.findByText('Import finished');
    const bar = done.closest('[role="group"], .fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText(/4 actions created, 0 actions updated, 0 left unchanged\..*finished: all \d+ writes made\./)).toBeInTheDocument();
    expect(imp.written.filter((o) => o.kind === 'createAction').map((o) => (o.kind === 'createAction' ? o.action.code : '')).sort()).toEqual(['CU.A3', 'GV.C1', 'GV.C1.1', 'GV.C2']);
    await userEvent.click(within(bar).getByRole('button', { name: 'Go to the plan overview' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
  });

  it('says when the import stops part-way and resumes it from there', async () => {
    const imp = importer();
    imp.failWritesAfter(2, new Error('SharePoint is busy (503)'));
    await openImport(imp);
    await chooseFile(csvFile(FIXED));
    await mapTitle();
    await dryRun();
    await userEvent.click(screen.getByRole('button', { name: /^Import 4 changes$/ }));
    expect(await screen.findByText('The import stopped part-way')).toBeInTheDocument();
    expect(screen.getByText(/stopped at row 6 \(write 2 of 5\): SharePoint is busy \(503\)\. 1 of 5 writes are made, so the plan is only partly imported/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Resume import' }));
    expect(await screen.findByText('Import finished')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume import' })).not.toBeInTheDocument();
    const codes = imp.written.flatMap((o) => (o.kind === 'createAction' ? [o.action.code] : []));
    expect(new Set(codes)).toEqual(new Set(['GV.C1', 'GV.C2', 'CU.A3', 'GV.C1.1']));
  });

  it('announces an earlier import that stopped, offers Resume, and blocks a new import until then', async () => {
    const operations: ImportOperation[] = [
      { kind: 'createAction', seq: 0, step: 2, row: 5, action: { code: 'GV.D1', title: 'Publish the members’ allowances review', kind: 'main', themeCode: 'GV', workstreamCode: 'GV.B', status: 'NotStarted', reprofileCount: 0 } },
      { kind: 'createAction', seq: 1, step: 2, row: 6, action: { code: 'GV.D2', title: 'Refresh the officer code of conduct', kind: 'main', themeCode: 'GV', workstreamCode: 'GV.B', status: 'NotStarted', reprofileCount: 0 } }
    ];
    const journal: ImportJournal = {
      importId: 'k3x9q2',
      fileName: 'eastmere-plan.xlsx',
      startedAt: '2026-11-20T09:15:00Z',
      startedBy: 'Sam Okafor',
      total: 2,
      done: 1,
      attempted: 2,
      status: 'stopped',
      updatedAt: '2026-11-20T09:16:00Z',
      lastError: 'the connection dropped',
      stoppedAtRow: 6
    };
    const imp = importer({ journals: [{ journal, operations }] });
    await openImport(imp);
    expect(await screen.findByText('An earlier import did not finish')).toBeInTheDocument();
    expect(screen.getByText(/Import k3x9q2 of eastmere-plan\.xlsx \(started by Sam Okafor on 20 Nov 2026\) stopped at row 6 \(write 2 of 2\): the connection dropped/)).toBeInTheDocument();

    await chooseFile(csvFile(FIXED));
    await mapTitle();
    await dryRun();
    expect(screen.getAllByText(/A new import cannot start until the earlier one is resumed or rolled back/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /^Import 4 changes$/ })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Resume import' }));
    expect(await screen.findByText(/Import k3x9q2 of eastmere-plan\.xlsx .* finished: all 2 writes made\./)).toBeInTheDocument();
    expect(imp.written.map((o) => (o.kind === 'createAction' ? o.action.code : ''))).toEqual(['GV.D2']);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Import 4 changes$/ })).toBeEnabled());
  });

  it('explains a file it cannot read', async () => {
    await openImport(importer());
    await userEvent.upload(screen.getByLabelText('Spreadsheet (.xlsx or .csv) or Word plan (.docx)'), new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' }), { applyAccept: false });
    expect(await screen.findByText(/The file could not be read\. plan\.pdf is not a file the import reads/)).toBeInTheDocument();
  });

  it('reads the adopted plan from Word, names the box that creates its programmes, and plans every lettered sub-action once it is ticked', async () => {
    await openImport(importer());
    const bytes = readFileSync(join(__dirname, '../../../../tools/demo/samples/northmoor-improvement-plan.docx'));
    await userEvent.upload(screen.getByLabelText('Spreadsheet (.xlsx or .csv) or Word plan (.docx)'), new File([bytes], 'northmoor-improvement-plan.docx'));
    expect(await screen.findByText('northmoor-improvement-plan.docx: Word tables 2, 4, 6 and 8, headings on row 1, 17 rows below them.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Reference/ })).toHaveDisplayValue('A: Actions');
    expect(screen.getByRole('combobox', { name: /^Action/ })).toHaveDisplayValue('B: (no heading)');
    await dryRun();
    expect(count('Errors')).toBe('4');
    expect(screen.getAllByText(/tick "Add any theme the plan does not have yet" under Import in the app/).length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Add any theme the plan does not have yet' }));
    await dryRun();
    expect(count('To create')).toBe('36');
    expect(count('Errors')).toBe('0');
    expect(screen.getByText(/^Themes to create: P1 A shared direction for Northmoor; P2 A skilled and well-led workforce/)).toBeInTheDocument();
  });
});
