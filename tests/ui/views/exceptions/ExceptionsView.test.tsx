/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAction, samplePlan, tom } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting, sampleSnapshots } from '../../support/reportingFixtures';

const headings = (): Array<string | null> => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

async function choose(label: string, option: string): Promise<void> {
  await userEvent.click(await screen.findByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('exceptions', () => {
  it('lists every Amber and Red action, Red first, with its commentary, reason and requested date', async () => {
    renderApp({ initialRoute: { view: 'exceptions' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Exceptions (2)' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['GV.A2 Refresh the scheme of delegation', 'CU.A1 Launch the staff values programme']);
    const red = screen.getByRole('heading', { name: 'GV.A2 Refresh the scheme of delegation' }).closest('.fui-Card') as HTMLElement;
    expect(within(red).getByText('Red')).toBeInTheDocument();
    expect(within(red).getByText('Legal review delayed the draft.')).toBeInTheDocument();
    expect(within(red).getByText(/54 days overdue/)).toBeInTheDocument();
    expect(within(red).getByText(/New date 31 Jan 2027 requested \(change 1\)/)).toBeInTheDocument();
    const amber = screen.getByRole('heading', { name: 'CU.A1 Launch the staff values programme' }).closest('.fui-Card') as HTMLElement;
    expect(within(amber).getByText('Amber')).toBeInTheDocument();
    expect(within(amber).getByText('Next steps: Book the briefings.')).toBeInTheDocument();
    expect(screen.queryByText(/GV.A1 Review and modernise/)).not.toBeInTheDocument();
  });

  it('filters by theme and opens an exception', async () => {
    renderApp({ initialRoute: { view: 'exceptions' } });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Theme' }));
    await userEvent.click(await screen.findByRole('option', { name: 'CU Culture' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 1.');
    expect(screen.queryByRole('heading', { name: /GV.A2/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open CU.A1' }));
    expect(await screen.findByRole('dialog', { name: /CU.A1/ })).toBeInTheDocument();
  });

  it('shows the gap when a lead has written no commentary, and a calm message when all is well', async () => {
    const plan = samplePlan();
    renderApp({ plan: { ...plan, actions: plan.actions.map((a) => (a.id === 'a2' ? { ...a, commentary: undefined } : a)) }, initialRoute: { view: 'exceptions' } });
    expect(await screen.findByText('No commentary provided')).toBeInTheDocument();
  });

  it('says when there are no exceptions', async () => {
    const plan = samplePlan();
    renderApp({ plan: { ...plan, actions: plan.actions.filter((a) => a.id !== 'a2' && a.id !== 'c1') }, initialRoute: { view: 'exceptions' } });
    expect(await screen.findByText(/There are no Amber or Red actions/)).toBeInTheDocument();
  });

  it('filters by workstream, lead and rating, and clears them in one go', async () => {
    renderApp({ initialRoute: { view: 'exceptions' } });
    await choose('Rating', 'Amber');
    expect(headings()).toEqual(['CU.A1 Launch the staff values programme']);
    await choose('Rating', 'Any');
    await choose('Lead', 'Aisha Bello');
    expect(headings()).toEqual(['GV.A2 Refresh the scheme of delegation']);
    await choose('Workstream', 'CU.A Values and behaviours');
    expect(screen.getByText('No exception matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(headings()).toHaveLength(2);
  });

  it('picks out what slipped since the last report', async () => {
    renderApp({ initialRoute: { view: 'exceptions' }, reporting: sampleReporting(sampleSnapshots()) });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'New since October 2026' }));
    expect(headings()).toEqual(['CU.A1 Launch the staff values programme']);
  });

  it('draws a long list twenty at a time and says how many are shown', async () => {
    const plan = samplePlan();
    const many = Array.from({ length: 45 }, (_, i) =>
      makeAction(`x${i}`, `CU.A${i + 10}`, `Late action ${i + 1}`, { lead: tom, rating: 'Amber', commentary: 'Waiting on a partner.', currentDueDate: '2026-11-15', baselineDueDate: '2026-11-15' })
    );
    renderApp({ plan: { ...plan, actions: [...plan.actions, ...many] }, initialRoute: { view: 'exceptions' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Exceptions (47)' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 20 of 47.');
    expect(headings()).toHaveLength(20);
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 40 of 47.');
    await userEvent.click(screen.getByRole('button', { name: 'Show 7 more' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 47.');
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).not.toBeInTheDocument();
  });
});
