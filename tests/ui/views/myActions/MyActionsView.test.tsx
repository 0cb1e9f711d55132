/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser } from '../../../../src/application/ports/planRepository';
import { helen, member } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting, sampleSnapshots } from '../../support/reportingFixtures';

const titles = (region: HTMLElement): Array<string | null> => within(region).queryAllByRole('button').map((b) => b.textContent);
const director: CurrentUser = { person: helen, canEdit: true, canManage: false };

describe('my actions', () => {
  it('shows every open action I lead once, grouped by what it needs now', async () => {
    renderApp({ initialRoute: { view: 'my' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'My actions: Aisha Bello' })).toBeInTheDocument();
    // Both were last updated in October, so November's update is due; GV.A2 is also overdue.
    expect(titles(screen.getByRole('region', { name: 'Update due for November 2026 (2)' }))).toEqual([
      'Review and modernise the constitution',
      'Refresh the scheme of delegation'
    ]);
    expect(titles(screen.getByRole('region', { name: 'Due in the next 30 days (1)' }))).toEqual(['Train members on decision-making']);
    expect(screen.getByRole('region', { name: 'Overdue (0)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Waiting for a change request decision (0)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'On track, nothing due yet (0)' })).toBeInTheDocument();
    // Other people's actions and completed ones are not mine to chase.
    expect(screen.queryByText('Publish a forward plan of key decisions')).not.toBeInTheDocument();
    expect(screen.queryByText('Agree the scope of the constitution review')).not.toBeInTheDocument();
  });

  it('moves an action on once I save its update: GV.A2 is then shown as overdue', async () => {
    renderApp({ initialRoute: { view: 'my' } });
    const due = await screen.findByRole('region', { name: /Update due for/ });
    await userEvent.click(within(due).getByRole('button', { name: 'Refresh the scheme of delegation' }));
    const form = await screen.findByRole('form', { name: 'Update this action' });
    // GV.A2 is Red, so this period's commentary is needed (last period's is not copied in).
    await userEvent.type(within(form).getByRole('textbox', { name: /^Commentary/ }), 'Legal review restarted; draft due in December.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('region', { name: 'Update due for November 2026 (1)' })).toBeInTheDocument();
    const overdue = screen.getByRole('region', { name: 'Overdue (1)' });
    expect(titles(overdue)).toEqual(['Refresh the scheme of delegation']);
    // Focus follows the action to its new group, so a keyboard user keeps their place.
    await waitFor(() => expect(within(overdue).getByRole('button', { name: 'Refresh the scheme of delegation' })).toHaveFocus());
  });

  it('says so when the person leads no actions', async () => {
    renderApp({ user: member, initialRoute: { view: 'my' } });
    expect(await screen.findByText('You do not lead any open actions in this plan.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'My themes' })).not.toBeInTheDocument();
  });
});

describe('my themes', () => {
  it('shows a director each theme they lead: exceptions, slips since the last report, missing updates, pending changes', async () => {
    renderApp({ user: director, initialRoute: { view: 'my' }, reporting: sampleReporting(sampleSnapshots()) });
    expect(await screen.findByRole('heading', { level: 2, name: 'My themes' })).toBeInTheDocument();
    const gv = screen.getByRole('region', { name: 'GV Governance' });
    expect(titles(within(gv).getByRole('region', { name: /^Amber and Red actions/ }))).toContain('Refresh the scheme of delegation');
    const pending = within(gv).getByRole('region', { name: 'Change requests waiting for a decision (1)' });
    expect(within(pending).getByText(/Request 1 from Aisha Bello/)).toBeInTheDocument();
    expect(titles(within(gv).getByRole('region', { name: /^Update not yet in for November 2026/ }))).toEqual(
      expect.arrayContaining(['Review and modernise the constitution', 'Publish a forward plan of key decisions'])
    );
    const cu = screen.getByRole('region', { name: 'CU Culture' });
    const slips = await within(cu).findByRole('region', { name: /^New slips since October 2026/ });
    expect(titles(slips)).toEqual(['Launch the staff values programme']);
    // A director opens an action from here, as from any list.
    await userEvent.click(within(pending).getByRole('button', { name: 'Refresh the scheme of delegation' }));
    expect(await screen.findByRole('dialog', { name: /GV.A2/ })).toBeInTheDocument();
  });
});
