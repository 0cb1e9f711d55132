/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices } from '../support/fakeServices';
import { renderApp } from '../support/render';
import { parseRoute, routeToSearch } from '../../../src/ui';

describe('ImprovementPlanApp', () => {
  it('shows each theme with its rolled-up rating, reason and overdue count', async () => {
    renderApp({ services: fakeServices() });
    const heading = await screen.findByRole('heading', { name: 'GV Governance' });
    const card = heading.closest('li') as HTMLElement;
    expect(within(card).getByText('Red')).toBeInTheDocument();
    expect(within(card).getByText(/1 overdue/)).toBeInTheDocument();
    expect(within(card).getByText(/Lead director: Helen Marsh/)).toBeInTheDocument();
  });

  it('says so and offers a retry when the plan cannot be loaded', async () => {
    renderApp({ services: fakeServices({ failLoads: 1 }) });
    expect(await screen.findByText(/The plan could not be loaded\. SharePoint did not answer\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'GV Governance' })).toBeInTheDocument();
  });

  it('lists a theme’s actions in code order in a grid, filtered by search', async () => {
    const navigate = jest.fn();
    renderApp({ services: fakeServices(), onNavigate: navigate });
    await userEvent.click(await screen.findByRole('button', { name: 'Open theme Governance' }));
    expect(navigate).toHaveBeenLastCalledWith({ view: 'theme', themeCode: 'GV' });
    const grid = await screen.findByRole('grid', { name: /Actions in GV.A/ });
    const codes = within(grid).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('gridcell')[0].textContent);
    expect(codes).toEqual(['GV.A1', 'GV.A1.1', 'GV.A2']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'delegation');
    expect(within(screen.getByRole('grid')).getAllByRole('row')).toHaveLength(2);
  });

  it('lists every Amber and Red action with its commentary as exceptions', async () => {
    renderApp({ services: fakeServices() });
    await userEvent.click(await screen.findByRole('tab', { name: 'Exceptions' }));
    expect(await screen.findByRole('heading', { name: /GV.A2 Refresh the scheme of delegation/ })).toBeInTheDocument();
    expect(screen.getByText('Legal review delayed the draft.')).toBeInTheDocument();
    expect(screen.queryByText(/GV.A1 Review and modernise/)).not.toBeInTheDocument();
  });

  it('shows my overdue actions', async () => {
    renderApp({ services: fakeServices() });
    await userEvent.click(await screen.findByRole('tab', { name: 'My actions' }));
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    expect(within(overdue).getByText('Refresh the scheme of delegation')).toBeInTheDocument();
  });

  it('gives members the whole plan with no edit controls', async () => {
    renderApp({ services: fakeServices({ user: { canEdit: false } }), initialRoute: { view: 'overview', actionId: '2' } });
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.getAllByText(/You can read the plan/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Change control' })).not.toBeInTheDocument();
  });

  it('round-trips routes through the query string', () => {
    expect(parseRoute(routeToSearch({ view: 'theme', themeCode: 'GV', actionId: '7' }))).toEqual({ view: 'theme', themeCode: 'GV', actionId: '7' });
    expect(parseRoute('?view=action&action=7')).toEqual({ view: 'overview', actionId: '7' });
    expect(parseRoute('?view=theme')).toEqual({ view: 'overview' });
  });
});
