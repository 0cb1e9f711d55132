/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../support/render';
import { aisha, samplePlan } from '../../support/fixtures';

const codes = (grid: HTMLElement): Array<string | null> =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('gridcell')[0].textContent);

async function openGovernance(): Promise<HTMLElement> {
  renderApp({ initialRoute: { view: 'theme', themeCode: 'GV' } });
  return screen.findByRole('grid', { name: 'Actions in GV Governance' });
}

async function choose(combobox: string, option: string): Promise<void> {
  await userEvent.click(screen.getByRole('combobox', { name: combobox }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('theme view', () => {
  it('shows the theme’s rating, reason and workstreams with their roll-ups', async () => {
    await openGovernance();
    expect(screen.getByRole('heading', { level: 2, name: 'GV Governance' })).toBeInTheDocument();
    expect(screen.getByText(/^Red: threshold rule \(Red at 20% Red or a critical action Red; .*\) over 5 actions/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Workstreams' })).toBeInTheDocument();
    const constitution = screen.getByText('GV.A Constitution').closest('li') as HTMLElement;
    expect(within(constitution).getByText('Red')).toBeInTheDocument();
    expect(within(constitution).getByText('threshold rule: 1 Red, 1 Green, 1 Complete')).toBeInTheDocument();
  });

  it('shows beside a lead’s assessment the rating the rules give', async () => {
    const plan = samplePlan();
    const override = { rating: 'Amber' as const, reason: 'Legal review is back on track; one week behind at most.', by: aisha, at: new Date('2026-11-10T09:00:00Z') };
    renderApp({ plan: { ...plan, actions: plan.actions.map((a) => (a.id === 'a2' ? { ...a, override } : a)) }, initialRoute: { view: 'theme', themeCode: 'GV' } });
    const grid = await screen.findByRole('grid', { name: 'Actions in GV Governance' });
    const row = within(grid).getByText('GV.A2').closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('(rules: Red)')).toBeInTheDocument();
    expect(within(row).getByText('Amber')).toBeInTheDocument();
  });

  it('lists the actions in code order with lead, due date, status and rating in words', async () => {
    const grid = await openGovernance();
    expect(codes(grid)).toEqual(['GV.A1', 'GV.A1.1', 'GV.A2', 'GV.B1', 'GV.B2']);
    const row = within(grid).getByText('GV.A2').closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('Aisha Bello')).toBeInTheDocument();
    expect(within(row).getByText('30 Sep 2026')).toBeInTheDocument();
    expect(within(row).getByText('In progress')).toBeInTheDocument();
    expect(within(row).getByText('Red')).toBeInTheDocument();
    expect(screen.getByText('Showing all 5 actions')).toBeInTheDocument();
  });

  it('sorts by a column and back', async () => {
    const grid = await openGovernance();
    await userEvent.click(within(grid).getByRole('columnheader', { name: /Rating/ }));
    expect(codes(grid)).toEqual(['GV.A1.1', 'GV.A1', 'GV.B1', 'GV.B2', 'GV.A2']);
    await userEvent.click(within(grid).getByRole('columnheader', { name: /Rating/ }));
    expect(codes(grid)[0]).toBe('GV.A2');
    await userEvent.click(within(grid).getByRole('columnheader', { name: /Due/ }));
    expect(codes(grid)).toEqual(['GV.A2', 'GV.B1', 'GV.B2', 'GV.A1', 'GV.A1.1']);
  });

  it('filters by rating, lead, status and due date, and clears the filters', async () => {
    const grid = await openGovernance();
    await choose('Rating', 'Red');
    expect(codes(grid)).toEqual(['GV.A2']);
    expect(screen.getByText('Showing 1 of 5 actions')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose('Lead', 'Tom Reed');
    expect(codes(grid)).toEqual(['GV.B1']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose('Status', 'Complete');
    expect(codes(grid)).toEqual(['GV.A1.1']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose('Due', 'Due in the next 30 days');
    expect(codes(grid)).toEqual(['GV.B1', 'GV.B2']);
    await choose('Due', 'Overdue');
    expect(codes(grid)).toEqual(['GV.A2']);
  });

  it('searches code, title, lead and commentary, and says when nothing matches', async () => {
    const grid = await openGovernance();
    const search = screen.getByRole('searchbox', { name: 'Search actions' });
    await userEvent.type(search, 'delegation');
    expect(codes(grid)).toEqual(['GV.A2']);
    await userEvent.clear(search);
    await userEvent.type(search, 'legal review');
    expect(codes(grid)).toEqual(['GV.A2']);
    await userEvent.clear(search);
    await userEvent.type(search, 'nothing like this');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByText(/No actions match these filters/)).toBeInTheDocument();
  });

  it('opens an action from its title', async () => {
    const grid = await openGovernance();
    await userEvent.click(within(grid).getByRole('button', { name: 'Refresh the scheme of delegation' }));
    expect(await screen.findByRole('dialog', { name: /GV.A2/ })).toBeInTheDocument();
  });

  it('opens an action from the keyboard', async () => {
    const grid = await openGovernance();
    const title = within(grid).getByRole('button', { name: 'Publish a forward plan of key decisions' });
    title.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: /GV.B1/ })).toBeInTheDocument();
  });

  it('makes every row and cell reachable by keyboard (composite grid navigation)', async () => {
    const grid = await openGovernance();
    for (const row of within(grid).getAllByRole('row').slice(1)) {
      expect(row).toHaveAttribute('tabindex', '0');
      for (const cell of within(row).getAllByRole('gridcell')) expect(cell).toHaveAttribute('tabindex', '0');
    }
  });

  it('shows each action on a phone as a stacked row with its whole title, lead, due date and rating', async () => {
    renderApp({ hostKind: 'teamsMobile', initialRoute: { view: 'theme', themeCode: 'GV' } });
    const list = await screen.findByRole('list', { name: 'Actions in GV Governance' });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.firstElementChild?.textContent)).toEqual(['GV.A1', 'GV.A1.1', 'GV.A2', 'GV.B1', 'GV.B2']);
    const row = within(list).getByText('GV.A2').closest('li') as HTMLElement;
    const title = within(row).getByRole('button', { name: 'Refresh the scheme of delegation' });
    expect(within(row).getByText('Lead: Aisha Bello')).toBeInTheDocument();
    expect(within(row).getByText('Due: 30 Sep 2026')).toBeInTheDocument();
    expect(within(row).getByText('Red')).toBeInTheDocument();
    await userEvent.click(title);
    expect(await screen.findByRole('dialog', { name: /GV.A2/ })).toBeInTheDocument();
  });

  it('explains an unknown theme and offers the way back', async () => {
    renderApp({ initialRoute: { view: 'theme', themeCode: 'ZZ' } });
    expect(await screen.findByText(/There is no theme ZZ in this plan/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the plan overview' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
  });
});
