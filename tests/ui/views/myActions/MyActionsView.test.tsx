/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { member } from '../../support/fixtures';
import { renderApp } from '../../support/render';

const titles = (region: HTMLElement): Array<string | null> => within(region).queryAllByRole('button').map((b) => b.textContent);

describe('my actions', () => {
  it('groups my open actions: overdue, due soon, awaiting my update this month', async () => {
    renderApp({ initialRoute: { view: 'my' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'My actions: Aisha Bello' })).toBeInTheDocument();
    expect(titles(screen.getByRole('region', { name: 'Overdue (1)' }))).toEqual(['Refresh the scheme of delegation']);
    expect(titles(screen.getByRole('region', { name: 'Due in the next 30 days (1)' }))).toEqual(['Train members on decision-making']);
    expect(titles(screen.getByRole('region', { name: 'Awaiting my update for November 2026 (2)' }))).toEqual([
      'Review and modernise the constitution',
      'Refresh the scheme of delegation'
    ]);
    // Other people's actions and completed ones are not mine to chase.
    expect(screen.queryByText('Publish a forward plan of key decisions')).not.toBeInTheDocument();
    expect(screen.queryByText('Agree the scope of the constitution review')).not.toBeInTheDocument();
  });

  it('drops an action from "awaiting my update" once I save an update', async () => {
    renderApp({ initialRoute: { view: 'my' } });
    const awaiting = await screen.findByRole('region', { name: /Awaiting my update/ });
    await userEvent.click(within(awaiting).getByRole('button', { name: 'Review and modernise the constitution' }));
    const form = await screen.findByRole('form', { name: 'Update this action' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('region', { name: 'Awaiting my update for November 2026 (1)' })).toBeInTheDocument();
  });

  it('says so when the person leads no actions', async () => {
    renderApp({ user: member, initialRoute: { view: 'my' } });
    expect(await screen.findByText('You do not lead any open actions in this plan.')).toBeInTheDocument();
  });
});
