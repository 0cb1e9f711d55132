/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PeriodAlreadyClosedError, type ReportFiles } from '../../../../src/application/periods';
import { member, pmo, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting, sampleSnapshots } from '../../support/reportingFixtures';

async function openReports(): Promise<HTMLElement> {
  const nav = await screen.findByRole('navigation', { name: 'Plan views' });
  await userEvent.click(within(nav).getByRole('tab', { name: 'Reports' }));
  return screen.findByRole('region', { name: 'Reports' });
}

function files(overrides: Partial<ReportFiles> = {}): jest.Mocked<ReportFiles> {
  return {
    monitoringWorkbook: jest.fn().mockResolvedValue(new Uint8Array([80, 75])),
    themeSummaryDocx: jest.fn().mockResolvedValue(new Uint8Array([80, 75])),
    returnToGovernmentDocx: jest.fn().mockResolvedValue(new Uint8Array([80, 75])),
    ...overrides
  } as jest.Mocked<ReportFiles>;
}

/**
 * The close dialog and its buttons. On a loaded machine Tabster (Fluent's focus manager) can leave
 * a just-opened dialog marked aria-hidden in jsdom, which a real browser never shows (the browser
 * journeys and axe check the real one). Text inside an aria-hidden node has no accessible name, so
 * the dialog is found by its role and its title, and its buttons by their text.
 */
async function openCloseDialog(close: HTMLElement): Promise<HTMLElement> {
  await userEvent.click(within(close).getByRole('button', { name: 'Close period' }));
  const dialog = await screen.findByRole('alertdialog', { hidden: true });
  expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')).toHaveTextContent('Close October 2026?');
  return dialog;
}

async function dialogButton(dialog: HTMLElement, name: string): Promise<HTMLElement> {
  const label = await within(dialog).findByText(name, { ignore: 'h2' });
  return label.closest('button') as HTMLElement;
}

describe('Reports view', () => {
  beforeEach(() => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('is there for members too and lists what changed since the last closed period', async () => {
    renderApp({ user: member, reporting: sampleReporting() });
    const reports = await openReports();
    const changed = within(reports).getByRole('region', { name: 'Changed since last report' });
    expect(await within(changed).findByText('The plan today compared with October 2026, the last period closed.')).toBeInTheDocument();
    const slips = within(changed).getByRole('region', { name: /New slips into Amber or Red/ });
    expect(within(slips).getByRole('heading', { name: 'New slips into Amber or Red (1)' })).toBeInTheDocument();
    expect(within(slips).getByRole('button', { name: 'Launch the staff values programme' })).toBeInTheDocument();
    const others = within(changed).getByRole('region', { name: /Other rating changes/ });
    expect(within(others).getByRole('button', { name: 'Publish a forward plan of key decisions' })).toBeInTheDocument();
    const reprofiles = within(changed).getByRole('region', { name: /Reprofiled due dates/ });
    expect(within(reprofiles).getByText('due 30 Jun 2026, now 30 Sep 2026')).toBeInTheDocument();
    expect(within(changed).getByRole('heading', { name: 'Closed through change control (0)' })).toBeInTheDocument();
  });

  it('says there is nothing to compare before any period is closed', async () => {
    renderApp({ reporting: sampleReporting([]) });
    const reports = await openReports();
    expect(await within(reports).findByText(/No reporting period has been closed yet/)).toBeInTheDocument();
    expect(within(reports).getByText('No period has been closed yet.')).toBeInTheDocument();
  });

  it('shows the whole plan as at a closed period, read-only, and goes back to today', async () => {
    renderApp({ user: staff, reporting: sampleReporting() });
    const reports = await openReports();
    const picker = within(reports).getByRole('region', { name: 'Show the plan as at' });
    await userEvent.click(await within(picker).findByRole('combobox', { name: 'Closed period' }));
    await userEvent.click(await screen.findByRole('option', { name: 'September 2026' }));
    await userEvent.click(within(picker).getByRole('button', { name: 'Show the plan as at this period' }));

    const banner = await screen.findByRole('region', { name: 'You are looking at the plan as at September 2026' });
    expect(within(banner).getByText(/closed on 1 Oct 2026 by Priya Shah/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
    expect(screen.queryByText(/You can read the whole plan/)).not.toBeInTheDocument();

    // The exceptions are September's: GV.A1 and GV.B1 were Amber, CU.A1 was still Green.
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Plan views' })).getByRole('tab', { name: 'Exceptions' }));
    const exceptions = await screen.findByRole('region', { name: /Exceptions/ });
    expect(within(exceptions).getByRole('heading', { name: 'GV.A1 Review and modernise the constitution' })).toBeInTheDocument();
    expect(within(exceptions).getByText('Working group not yet formed.')).toBeInTheDocument();
    expect(within(exceptions).queryByRole('heading', { name: /CU.A1/ })).not.toBeInTheDocument();

    // Nothing is editable as at a closed period, even for an action lead.
    await userEvent.click(within(exceptions).getByRole('button', { name: 'Open GV.A1' }));
    const panel = await screen.findByRole('dialog', { name: /GV.A1/ });
    expect(within(panel).queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));

    await userEvent.click(within(screen.getByRole('region', { name: /You are looking at the plan as at/ })).getByRole('button', { name: 'Back to today' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /You are looking at the plan as at/ })).not.toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: /Exceptions/ })).getByRole('heading', { name: /CU.A1/ })).toBeInTheDocument();
  });

  it('compares a closed period with the one before it when shown as at that period', async () => {
    renderApp({ user: member, reporting: sampleReporting() });
    let reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: 'Show the plan as at this period' }));
    await screen.findByRole('region', { name: 'You are looking at the plan as at October 2026' });
    reports = await openReports();
    expect(await within(reports).findByText('October 2026 compared with September 2026, the period closed before it.')).toBeInTheDocument();
    const others = within(reports).getByRole('region', { name: /Other rating changes/ });
    expect(within(others).getByRole('button', { name: 'Review and modernise the constitution' })).toBeInTheDocument();
  });

  it('lets the programme office close a period after confirming what will be frozen', async () => {
    const reporting = sampleReporting(sampleSnapshots().slice(0, 1));
    const onClosed = jest.spyOn(reporting, 'listClosedPeriods');
    renderApp({ user: pmo, reporting });
    const reports = await openReports();
    const close = within(reports).getByRole('region', { name: 'Close a reporting period' });
    expect(await within(close).findByRole('combobox', { name: 'Period to close' })).toHaveTextContent('October 2026');

    const dialog = await openCloseDialog(close);
    expect(within(dialog).getByText(/all 7 actions in 2 themes, as at 31 Oct 2026/)).toBeInTheDocument();
    expect(within(dialog).getByText(/cannot be reopened or changed/)).toBeInTheDocument();
    await userEvent.click(await dialogButton(dialog, 'Close October 2026'));

    expect(await within(close).findByText('October 2026 is closed. It is now in the list of closed periods and in the trends.')).toBeInTheDocument();
    const stored = reporting.peekSnapshots().find((s) => s.period.periodId === '2026-10');
    expect(stored?.period.closedBy.displayName).toBe('Sam Okafor');
    expect(stored?.snapshot.actions).toHaveLength(7);
    await waitFor(() => expect(onClosed).toHaveBeenCalledTimes(2));
  });

  it('explains in words why a period was not closed', async () => {
    const reporting = sampleReporting(sampleSnapshots().slice(0, 1));
    reporting.failNext('closePeriod', new PeriodAlreadyClosedError({ periodId: '2026-10', label: 'October 2026' }));
    renderApp({ user: pmo, reporting });
    const reports = await openReports();
    const close = within(reports).getByRole('region', { name: 'Close a reporting period' });
    // The period to close is suggested once the closed periods have loaded; wait for it, as a person would.
    expect(await within(close).findByRole('combobox', { name: 'Period to close' })).toHaveTextContent('October 2026');
    const dialog = await openCloseDialog(close);
    await userEvent.click(await dialogButton(dialog, 'Close October 2026'));
    expect(await within(close).findByText('October 2026 was not closed.')).toBeInTheDocument();
    expect(within(close).getByText(/A closed period cannot be closed again/)).toBeInTheDocument();
  });

  it.each([
    ['staff', staff],
    ['members', member]
  ])('does not offer closing a period to %s', async (_who, user) => {
    renderApp({ user, reporting: sampleReporting() });
    const reports = await openReports();
    await within(reports).findByRole('region', { name: 'Changed since last report' });
    expect(within(reports).queryByRole('region', { name: 'Close a reporting period' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close period' })).not.toBeInTheDocument();
  });

  it('downloads the monitoring tool, saying it is busy and then that it is ready', async () => {
    let finish: (bytes: Uint8Array) => void = () => undefined;
    const reportFiles = files({ monitoringWorkbook: jest.fn(() => new Promise<Uint8Array>((resolve) => (finish = resolve))) });
    renderApp({ user: member, reporting: sampleReporting(), reportFiles });
    const reports = await openReports();
    const button = within(reports).getByRole('button', { name: 'Download monitoring tool (.xlsx)' });
    await userEvent.click(button);
    expect(await within(reports).findByText('Preparing the monitoring tool…')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    finish(new Uint8Array([80, 75]));
    expect(await within(reports).findByText('Northmoor Improvement Plan monitoring tool 2026-11-23.xlsx is ready: your browser has saved it to your downloads.')).toBeInTheDocument();
    expect(reportFiles.monitoringWorkbook).toHaveBeenCalledWith(expect.objectContaining({ asOf: '2026-11-23', title: 'Northmoor Improvement Plan: monitoring tool' }));
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalled();
  });

  it('shows why the Cabinet summary could not be made', async () => {
    const reportFiles = files({ themeSummaryDocx: jest.fn().mockRejectedValue(new Error('The browser ran out of memory.')) });
    renderApp({ reportFiles });
    const reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: 'Download theme summary for Cabinet (.docx)' }));
    expect(await within(reports).findByText('The theme summary could not be made.')).toBeInTheDocument();
    expect(within(reports).getByText('The browser ran out of memory.')).toBeInTheDocument();
  });

  it('builds the Cabinet summary from the closed period’s snapshot as at that period', async () => {
    const reportFiles = files();
    renderApp({ user: member, reporting: sampleReporting(), reportFiles });
    let reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: 'Show the plan as at this period' }));
    await screen.findByRole('region', { name: 'You are looking at the plan as at October 2026' });
    reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: 'Download theme summary for Cabinet (.docx)' }));
    await waitFor(() => expect(reportFiles.themeSummaryDocx).toHaveBeenCalled());
    const input = reportFiles.themeSummaryDocx.mock.calls[0][0];
    expect(input.period.id).toBe('2026-10');
    expect(input.snapshot.periodId).toBe('2026-10');
    expect(await within(reports).findByText(/theme summary October 2026.docx is ready/)).toBeInTheDocument();
  });

  it('prints the members’ pack: every theme with its exceptions, then puts the view back', async () => {
    const print = jest.fn(() => {
      const pack = screen.getByRole('article', { name: 'Northmoor Improvement Plan: members’ pack' });
      expect(within(pack).getByRole('heading', { level: 2, name: 'GV Governance' })).toBeInTheDocument();
      expect(within(pack).getAllByRole('table').length).toBeGreaterThan(1);
      expect(within(pack).queryByRole('button')).not.toBeInTheDocument();
    });
    window.print = print;
    renderApp({ user: member });
    const reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: 'Print members’ pack' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('region', { name: 'Reports' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(document.getElementById('ipt-print-stylesheet')?.getAttribute('media')).toBe('print');
  });
});
