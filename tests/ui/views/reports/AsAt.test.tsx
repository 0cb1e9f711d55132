/** @jest-environment jsdom */
import '../../setup';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClosedPeriod, ReportingServices } from '../../../../src/application/periods';
import { samplePlan, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting } from '../../support/reportingFixtures';

const banner = (label: string): Promise<HTMLElement> => screen.findByRole('region', { name: `You are looking at the plan as at ${label}` });

describe('the plan as at a closed period', () => {
  it('opens from the address, and compares with the period before it, never a later one', async () => {
    renderApp({ reporting: sampleReporting(), initialRoute: { view: 'overview', asAt: '2026-10' } });
    await banner('October 2026');
    const change = await screen.findByRole('region', { name: 'Change since September 2026' });
    // In October GV.A1 had recovered from September's Amber; nothing else moved.
    expect(within(change).getByText(/^0 actions worse, 1 action better, .*6 unchanged\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Change since (October|November) 2026/ })).not.toBeInTheDocument();
  });

  it('with no earlier closed period compares with the updates of the month before it', async () => {
    renderApp({ reporting: sampleReporting(), initialRoute: { view: 'overview', asAt: '2026-09' } });
    await banner('September 2026');
    expect(await screen.findByRole('region', { name: 'Change since August 2026' })).toBeInTheDocument();
  });

  it('keeps the period in the address while moving between views, and drops it on the way back to today', async () => {
    const onNavigate = jest.fn();
    renderApp({ reporting: sampleReporting(), onNavigate, initialRoute: { view: 'overview', asAt: '2026-10' } });
    await banner('October 2026');
    const nav = screen.getByRole('navigation', { name: 'Plan views' });
    await userEvent.click(within(nav).getByRole('tab', { name: 'Exceptions' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'exceptions', asAt: '2026-10' });
    await userEvent.click(within(await banner('October 2026')).getByRole('button', { name: 'Back to today' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'exceptions' });
    expect(screen.queryByRole('region', { name: /You are looking at the plan as at/ })).not.toBeInTheDocument();
  });

  it('says the risk register shows today’s scores, having no record of past periods', async () => {
    renderApp({ reporting: sampleReporting(), initialRoute: { view: 'risks', asAt: '2026-10' } });
    await banner('October 2026');
    expect(await screen.findByText('The risk register keeps no record of past periods: these are today\'s scores, not those of October 2026.')).toBeInTheDocument();
  });

  it('shows an action’s progress history only as far as the end of the period', async () => {
    renderApp({ reporting: sampleReporting(), user: staff, initialRoute: { view: 'overview', actionId: 'b2', asAt: '2026-10' } });
    await banner('October 2026');
    const panel = await screen.findByRole('dialog');
    await userEvent.click(within(panel).getByRole('tab', { name: 'History' }));
    const history = within(panel).getByRole('region', { name: 'Progress history' });
    expect(await within(history).findByText('No updates have been recorded yet.')).toBeInTheDocument();
    expect(within(history).queryByText('First session held.')).not.toBeInTheDocument();
  });

  it('shows today’s history when not as at a period', async () => {
    renderApp({ reporting: sampleReporting(), user: staff, initialRoute: { view: 'overview', actionId: 'b2' } });
    const panel = await screen.findByRole('dialog');
    await userEvent.click(within(panel).getByRole('tab', { name: 'History' }));
    const history = within(panel).getByRole('region', { name: 'Progress history' });
    expect(await within(history).findByText('First session held.')).toBeInTheDocument();
  });

  it('says so when the address names a period that was never closed, with the way back to today', async () => {
    const onNavigate = jest.fn();
    renderApp({ reporting: sampleReporting(), onNavigate, initialRoute: { view: 'risks', asAt: '2026-03' } });
    expect(await screen.findByText('The plan as at the period chosen could not be loaded.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to today' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'risks' });
    expect(screen.queryByText('The plan as at the period chosen could not be loaded.')).not.toBeInTheDocument();
  });
});

describe('the overview’s change since the last report', () => {
  it('draws its figures once, after the last closed period is read, never a first guess that then changes', async () => {
    const inner = sampleReporting();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: ReportingServices = { ...inner, listClosedPeriods: (): Promise<ClosedPeriod[]> => gate.then(() => inner.listClosedPeriods()) };
    renderApp({ reporting: slow, plan: samplePlan() });
    const waiting = await screen.findByRole('region', { name: 'Change since the last report' });
    expect(within(waiting).getByText('Reading the last closed period…')).toBeInTheDocument();
    expect(within(waiting).queryByText(/actions? worse/)).not.toBeInTheDocument();
    await act(async () => release());
    const change = await screen.findByRole('region', { name: 'Change since October 2026' });
    expect(within(change).getByText(/^1 action worse, 1 action better/)).toBeInTheDocument();
  });
});
