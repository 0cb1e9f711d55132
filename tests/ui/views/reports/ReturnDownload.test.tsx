/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReportFiles } from '../../../../src/application/periods';
import { member } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting } from '../../support/reportingFixtures';

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

const RETURN = 'Download return to government (.docx)';

describe('the return to government in the Reports view', () => {
  beforeEach(() => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('downloads the return for the period open today, counting slips since the last closed period', async () => {
    const reportFiles = files();
    renderApp({ user: member, reporting: sampleReporting(), reportFiles });
    const reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: RETURN }));
    await waitFor(() => expect(reportFiles.returnToGovernmentDocx).toHaveBeenCalled());
    const input = reportFiles.returnToGovernmentDocx.mock.calls[0][0];
    expect(input.period.id).toBe('2026-11');
    expect(input.snapshot.periodId).toBe('2026-11');
    expect(input.previous?.label).toBe('October 2026');
    expect(input.previous?.snapshot.periodId).toBe('2026-10');
    expect(await within(reports).findByText('Northmoor Improvement Plan return to government 2026-11-23.docx is ready: your browser has saved it to your downloads.')).toBeInTheDocument();
  });

  it('builds it as at a closed period, comparing with the period closed before that one', async () => {
    const reportFiles = files();
    renderApp({ user: member, reporting: sampleReporting(), reportFiles });
    let reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: 'Show the plan as at this period' }));
    await screen.findByRole('region', { name: 'You are looking at the plan as at October 2026' });
    reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: RETURN }));
    await waitFor(() => expect(reportFiles.returnToGovernmentDocx).toHaveBeenCalled());
    const input = reportFiles.returnToGovernmentDocx.mock.calls[0][0];
    expect(input.period.id).toBe('2026-10');
    expect(input.snapshot.periodId).toBe('2026-10');
    expect(input.previous?.label).toBe('September 2026');
    expect(await within(reports).findByText(/return to government October 2026.docx is ready/)).toBeInTheDocument();
  });

  it('says why the return could not be made', async () => {
    renderApp({ reportFiles: files({ returnToGovernmentDocx: jest.fn().mockRejectedValue(new Error('The browser ran out of memory.')) }) });
    const reports = await openReports();
    await userEvent.click(within(reports).getByRole('button', { name: RETURN }));
    expect(await within(reports).findByText('The return to government could not be made.')).toBeInTheDocument();
  });
});
