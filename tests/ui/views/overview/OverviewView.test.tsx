/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAction, samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';

async function themeCard(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 4, name });
  return heading.closest('.fui-Card') as HTMLElement;
}

describe('plan overview', () => {
  it('shows each theme with its rating in words, the reason and its lead director', async () => {
    renderApp();
    const gv = await themeCard('GV Governance');
    expect(within(gv).getAllByText('Red')[0]).toBeInTheDocument();
    expect(within(gv).getByText(/^Red: threshold rule .* over 5 actions/)).toBeInTheDocument();
    expect(within(gv).getByText('Lead director: Helen Marsh')).toBeInTheDocument();
    const cu = await themeCard('CU Culture');
    expect(within(cu).getByText(/^Amber: threshold rule .* over 2 actions/)).toBeInTheDocument();
  });

  it('rolls themes up with the method the plan chose in Plan Settings', async () => {
    const plan = samplePlan();
    renderApp({ plan: { ...plan, rollupMethod: { kind: 'predominant' } } });
    const gv = await themeCard('GV Governance');
    expect(within(gv).getByText(/^Green: predominant rating of 5 actions/)).toBeInTheDocument();
  });

  it('shows the programme office’s reported rating and reason with the calculated rating beside it', async () => {
    const plan = samplePlan();
    const themes = plan.themes.map((t) => (t.code === 'GV' ? { ...t, reportedRating: { rating: 'Amber' as const, reason: 'One late action; the new constitution is on course for March.' } } : t));
    renderApp({ plan: { ...plan, themes } });
    const gv = await themeCard('GV Governance');
    const reported = within(gv).getByText('Reported rating').nextElementSibling as HTMLElement;
    expect(reported).toHaveTextContent('Amber One late action; the new constitution is on course for March.');
    const calculated = within(gv).getByText('Calculated rating').nextElementSibling as HTMLElement;
    expect(calculated).toHaveTextContent(/Red Red: threshold rule .* over 5 actions/);
  });

  it('counts actions by rating and overdue actions, per theme and for the plan', async () => {
    renderApp();
    const counts = await screen.findByRole('list', { name: 'Actions by rating' });
    const items = within(counts).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['1Red', '1Amber', '3Green', '1Not started', '1Complete']);
    const gv = await themeCard('GV Governance');
    expect(within(gv).getByText(/5 actions · 1 overdue/)).toBeInTheDocument();
    const overdue = screen.getByRole('region', { name: 'Overdue actions (2)' });
    const titles = within(overdue).getAllByRole('button').map((b) => b.textContent);
    expect(titles).toEqual(['Refresh the scheme of delegation', 'Launch the staff values programme']);
  });

  it('says what changed since the last period from the recorded history', async () => {
    renderApp();
    const change = await screen.findByRole('region', { name: 'Change since October 2026' });
    expect(within(change).getByText('2 actions worse, 1 action better, 1 unchanged.')).toBeInTheDocument();
    expect(within(change).getByRole('button', { name: 'Refresh the scheme of delegation' })).toBeInTheDocument();
    expect(within(change).getByRole('button', { name: 'Launch the staff values programme' })).toBeInTheDocument();
  });

  it('opens a theme and an overdue action', async () => {
    const onNavigate = jest.fn();
    renderApp({ onNavigate });
    await userEvent.click(await screen.findByRole('button', { name: 'Open GV Governance' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'theme', themeCode: 'GV' });
    expect(screen.getByRole('heading', { level: 2, name: 'GV Governance' })).toBeInTheDocument();
  });

  it('opens an overdue action’s panel', async () => {
    renderApp();
    const overdue = await screen.findByRole('region', { name: 'Overdue actions (2)' });
    await userEvent.click(within(overdue).getByRole('button', { name: 'Refresh the scheme of delegation' }));
    expect(await screen.findByRole('dialog', { name: /GV.A2/ })).toBeInTheDocument();
  });

  it('shows the first 10 overdue actions, says how many of how many, and shows all on request', async () => {
    const plan = samplePlan();
    const late = Array.from({ length: 12 }, (_, i) => makeAction(`late${i + 1}`, `GV.B${i + 10}`, `Late action ${i + 1}`, { currentDueDate: '2026-10-01' }));
    renderApp({ plan: { ...plan, actions: [...plan.actions, ...late] } });
    const overdue = await screen.findByRole('region', { name: 'Overdue actions (14)' });
    expect(within(overdue).getByRole('status')).toHaveTextContent('Showing 10 of 14');
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(10);
    const toggle = within(overdue).getByRole('button', { name: 'Show all 14 overdue' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(14);
    expect(within(overdue).getByRole('status')).toHaveTextContent('Showing all 14');
    await userEvent.click(within(overdue).getByRole('button', { name: 'Show the first 10 only' }));
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(10);
  });

  it('explains an empty plan instead of showing nothing', async () => {
    const plan = { ...samplePlan(), themes: [], workstreams: [], actions: [], progressUpdates: [], risks: [], changeRequests: [] };
    renderApp({ plan });
    expect(await screen.findByText(/This plan has no themes yet/)).toBeInTheDocument();
    expect(screen.getByText(/No action is overdue/)).toBeInTheDocument();
    expect(screen.getByText(/nothing to compare yet/)).toBeInTheDocument();
  });
});
