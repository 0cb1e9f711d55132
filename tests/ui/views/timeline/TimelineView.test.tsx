/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAction, samplePlan, tom } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting } from '../../support/reportingFixtures';

async function choose(label: string, option: string): Promise<void> {
  await userEvent.click(await screen.findByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

const actionLinks = (): string[] => screen.queryAllByRole('button', { name: /^(GV|CU)\.[A-Z]\d/ }).map((b) => b.textContent ?? '');
const status = (): HTMLElement => screen.getByText(/^Showing |No action matches/);

describe('the timeline view', () => {
  it('draws every action under its theme and workstream, says how many and marks the closed periods', async () => {
    renderApp({ initialRoute: { view: 'timeline' }, reporting: sampleReporting() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Timeline', selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['GV Governance', 'CU Culture']);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['GV.A Constitution', 'GV.B Decision-making', 'CU.A Values and behaviours']);
    expect(status()).toHaveTextContent('Showing all 7 actions');
    expect(await screen.findByText('Closed reporting periods: 2, from September 2026 to October 2026.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Key' })).toHaveTextContent('Today, 23 Nov 2026');
  });

  it('says a moved due date in words beside the action, and milestones by count', async () => {
    renderApp({ initialRoute: { view: 'timeline' } });
    const chart = await screen.findByRole('region', { name: 'Timeline chart (scrolls sideways)' });
    const moved = within(chart).getByRole('button', { name: 'GV.A2 Refresh the scheme of delegation' }).closest('li') as HTMLElement;
    expect(within(moved).getByText('Due date moved 3 months (92 days) later')).toBeInTheDocument();
    const withMilestones = within(chart).getByRole('button', { name: 'GV.A1 Review and modernise the constitution' }).closest('li') as HTMLElement;
    expect(within(withMilestones).getByText(/Milestones: 1 met, 1 due/)).toBeInTheDocument();
  });

  it('points screen reader users from the chart to the table', async () => {
    renderApp({ initialRoute: { view: 'timeline' } });
    const chart = await screen.findByRole('region', { name: 'Timeline chart (scrolls sideways)' });
    expect(chart).toHaveAttribute('tabindex', '0');
    expect(chart).toHaveAccessibleDescription(/The table gives the same facts as text, and suits screen readers/);
  });

  it('filters by theme, workstream, lead and rating, with the count, and clears them', async () => {
    renderApp({ initialRoute: { view: 'timeline' } });
    await choose('Theme', 'CU Culture');
    expect(actionLinks()).toEqual(['CU.A1 Launch the staff values programme', 'CU.A2 Run the staff survey']);
    expect(status()).toHaveTextContent('Showing all 2 actions');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Timeline: CU Culture');
    await choose('Theme', 'Any');
    await choose('Workstream', 'GV.B Decision-making');
    expect(actionLinks()).toEqual(['GV.B1 Publish a forward plan of key decisions', 'GV.B2 Train members on decision-making']);
    await choose('Lead', 'Tom Reed');
    expect(actionLinks()).toEqual(['GV.B1 Publish a forward plan of key decisions']);
    await choose('Rating', 'Red');
    expect(status()).toHaveTextContent('No action matches these filters.');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(status()).toHaveTextContent('Showing all 7 actions');
  });

  it('opens on the theme in the address and keeps a chosen theme in the address', async () => {
    const onNavigate = jest.fn();
    renderApp({ initialRoute: { view: 'timeline', themeCode: 'GV' }, onNavigate });
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline: GV Governance' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveTextContent('GV Governance');
    expect(actionLinks()).toHaveLength(5);
    await choose('Theme', 'CU Culture');
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'timeline', themeCode: 'CU' });
  });

  it('switches to a table with every date, the move in words and each milestone with its status in words', async () => {
    const plan = samplePlan();
    const missed = { id: 'm3', title: 'Scheme to Standards Committee', themeCode: 'GV', actionId: 'a2', dueDate: '2026-08-01' };
    renderApp({ plan: { ...plan, milestones: [...plan.milestones, missed] }, initialRoute: { view: 'timeline' } });
    const tableButton = await screen.findByRole('button', { name: 'Table' });
    expect(tableButton).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(tableButton);
    expect(tableButton).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: /Timeline chart/ })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Actions in GV.A Constitution' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Ref', 'Action', 'Lead', 'Rating', 'Baseline start', 'Baseline due', 'Current start', 'Current due', 'Due date moved', 'Milestones'
    ]);
    const row = within(table).getByRole('button', { name: 'GV.A2 Refresh the scheme of delegation' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'GV.A2', 'Refresh the scheme of delegation', 'Aisha Bello', 'Red', '1 Apr 2026', '30 Jun 2026', '1 Apr 2026', '30 Sep 2026', 'Due date moved 3 months (92 days) later',
      'Missed: Scheme to Standards Committee, due 1 Aug 2026'
    ]);
    const a1 = within(table).getByRole('button', { name: 'GV.A1 Review and modernise the constitution' }).closest('tr') as HTMLElement;
    const milestones = within(a1).getAllByRole('listitem').map((li) => li.textContent);
    expect(milestones).toEqual(['Met: Draft constitution to Audit Committee, due 15 Oct 2026, met 14 Oct 2026', 'Due: Council adopts the constitution, due 25 Mar 2027']);
  });

  it('opens the action panel from an action and gives focus back when it closes', async () => {
    renderApp({ initialRoute: { view: 'timeline' } });
    const open = await screen.findByRole('button', { name: 'CU.A1 Launch the staff values programme' });
    open.focus();
    await userEvent.click(open);
    const panel = await screen.findByRole('dialog', { name: /CU.A1/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'CU.A1 Launch the staff values programme' })).toHaveFocus());
  });

  it('draws a large plan forty actions at a time', async () => {
    const plan = samplePlan();
    const many = Array.from({ length: 45 }, (_, i) => makeAction(`x${i}`, `CU.A${i + 10}`, `Extra action ${i + 1}`, { lead: tom }));
    renderApp({ plan: { ...plan, actions: [...plan.actions, ...many] }, initialRoute: { view: 'timeline' } });
    expect(await screen.findByText('Showing 40 of 52 actions')).toBeInTheDocument();
    expect(actionLinks()).toHaveLength(40);
    await userEvent.click(screen.getByRole('button', { name: 'Show 12 more' }));
    expect(status()).toHaveTextContent('Showing all 52 actions');
    expect(actionLinks()).toHaveLength(52);
  });

  it('starts on the stacked list on a phone, which gives the same facts without scrolling sideways', async () => {
    renderApp({ initialRoute: { view: 'timeline' }, hostKind: 'teamsMobile' });
    expect(await screen.findByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const item = screen.getByRole('button', { name: 'GV.A2 Refresh the scheme of delegation' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Due date moved 3 months (92 days) later')).toBeInTheDocument();
    expect(within(item).getByText('30 Jun 2026')).toBeInTheDocument();
  });

  it('shows the plan as at a closed period: its dates and only the periods closed by then', async () => {
    renderApp({ reporting: sampleReporting(), initialRoute: { view: 'timeline', asAt: '2026-09' } });
    const chart = await screen.findByRole('region', { name: 'Timeline chart (scrolls sideways)' });
    const row = within(chart).getByRole('button', { name: 'GV.A2 Refresh the scheme of delegation' }).closest('li') as HTMLElement;
    expect(within(row).getByText(/On its baseline date/)).toBeInTheDocument();
    expect(await screen.findByText('Closed reporting period: September 2026.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Key' })).toHaveTextContent(/As at \d+ (Sep|Oct) 2026/);
  });

  it("shows a theme's own milestones under its heading, until a filter narrows the theme to some actions", async () => {
    const plan = samplePlan();
    const own = { id: 't1', title: 'Culture strategy adopted by Cabinet', themeCode: 'CU', dueDate: '2026-10-20' };
    renderApp({ plan: { ...plan, milestones: [...plan.milestones, own] }, initialRoute: { view: 'timeline' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Table' }));
    expect(screen.getByRole('heading', { level: 4, name: 'Milestones of the theme as a whole' })).toBeInTheDocument();
    expect(screen.getByText(/^: Culture strategy adopted by Cabinet, due 20 Oct 2026/).closest('li')).toHaveTextContent('Missed: Culture strategy adopted by Cabinet, due 20 Oct 2026');
    await choose('Lead', 'Tom Reed');
    expect(screen.queryByRole('heading', { name: 'Milestones of the theme as a whole' })).not.toBeInTheDocument();
  });

  it('is linked from the theme view', async () => {
    renderApp({ initialRoute: { view: 'theme', themeCode: 'GV' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Timeline for this theme' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline: GV Governance' })).toBeInTheDocument();
  });
});
