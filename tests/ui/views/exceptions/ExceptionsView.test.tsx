/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';

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
    expect(screen.getByRole('heading', { level: 2, name: 'Exceptions (1)' })).toBeInTheDocument();
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
});
