/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanSettingsStore } from '../../../../src/application/ports/planSettings';
import { pmo, samplePlan, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting } from '../../support/reportingFixtures';

async function openReports(): Promise<HTMLElement> {
  const nav = await screen.findByRole('navigation', { name: 'Plan views' });
  await userEvent.click(within(nav).getByRole('tab', { name: 'Reports' }));
  return screen.findByRole('region', { name: 'Reports' });
}

const store = (): jest.Mocked<PlanSettingsStore> => ({ saveRollupMethod: jest.fn().mockResolvedValue(undefined) });

describe('choosing how ratings roll up', () => {
  it('lets the programme office choose the predominant rating and save it to Plan Settings', async () => {
    const planSettings = store();
    renderApp({ user: pmo, reporting: sampleReporting(), planSettings });
    const section = within(await openReports()).getByRole('region', { name: 'How ratings roll up' });
    expect(within(section).getByText(/by the threshold rule \(Red at 20% Red .*\) \(the default\)\./)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('radio', { name: /^Predominant rating/ }));
    await userEvent.click(within(section).getByRole('button', { name: 'Save the roll-up method' }));
    expect(planSettings.saveRollupMethod).toHaveBeenCalledWith({ kind: 'predominant' });
    expect(await within(section).findByText('Saved. Ratings now roll up by the predominant rating.')).toBeInTheDocument();
  });

  it('takes the threshold rule’s shares as percentages and refuses one out of range', async () => {
    const planSettings = store();
    renderApp({ user: pmo, reporting: sampleReporting(), planSettings, plan: { ...samplePlan(), rollupMethod: { kind: 'worstOf' } } });
    const section = within(await openReports()).getByRole('region', { name: 'How ratings roll up' });
    expect(within(section).getByText('Workstreams and themes roll up every action beneath them by the worst of.')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('radio', { name: /^Threshold rule/ }));
    const red = within(section).getByRole('spinbutton', { name: 'Red when this % of open rated actions are Red' });
    await userEvent.clear(red);
    await userEvent.type(red, '0');
    expect(within(section).getByText('A whole number from 1 to 100.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Save the roll-up method' })).toBeDisabled();
    await userEvent.clear(red);
    await userEvent.type(red, '10');
    await userEvent.click(within(section).getByRole('button', { name: 'Save the roll-up method' }));
    expect(planSettings.saveRollupMethod).toHaveBeenCalledWith({ kind: 'threshold', redShare: 0.1, amberShare: 0.25 });
  });

  it('says why when SharePoint refuses the save', async () => {
    const planSettings: PlanSettingsStore = { saveRollupMethod: jest.fn().mockRejectedValue(new Error('SharePoint did not let you change how ratings roll up.')) };
    renderApp({ user: pmo, reporting: sampleReporting(), planSettings });
    const section = within(await openReports()).getByRole('region', { name: 'How ratings roll up' });
    await userEvent.click(within(section).getByRole('button', { name: 'Save the roll-up method' }));
    expect(await within(section).findByText('SharePoint did not let you change how ratings roll up.')).toBeInTheDocument();
  });

  it('is not offered to staff', async () => {
    renderApp({ user: staff, reporting: sampleReporting(), planSettings: store() });
    const reports = await openReports();
    expect(within(reports).queryByRole('region', { name: 'How ratings roll up' })).not.toBeInTheDocument();
  });
});
