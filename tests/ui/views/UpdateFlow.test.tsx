/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices } from '../support/fakeServices';
import { renderApp } from '../support/render';

async function chooseOption(combobox: string, option: string): Promise<void> {
  await userEvent.click(screen.getByRole('combobox', { name: combobox }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('staff update flow', () => {
  it('explains a missing override reason and missing commentary, then saves and reports the slip', async () => {
    const services = fakeServices();
    const onSlip = jest.fn();
    renderApp({ services, onSlip, initialRoute: { view: 'overview', actionId: '1' } });
    const form = await screen.findByRole('form', { name: 'Update this action' });
    await chooseOption('Override the calculated rating', 'Amber');
    const commentary = within(form).getByRole('textbox', { name: /Commentary/ });
    await userEvent.clear(commentary);
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    expect(await within(form).findByText(/An override needs a reason of at least 10 characters/)).toBeInTheDocument();
    expect(services.history).toHaveLength(0);

    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for the override/ }), 'Legal review found gaps in the draft');
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    expect(await within(form).findByText(/This action will be Amber, so say what has slipped/)).toBeInTheDocument();
    expect(services.history).toHaveLength(0);
    await userEvent.type(commentary, 'Legal review found gaps; redraft under way.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(services.actions.get('1')?.action.override?.rating).toBe('Amber');
    expect(services.history).toHaveLength(1);
    expect(onSlip).toHaveBeenCalledWith(expect.objectContaining({ key: '1:Green->Amber:2027-03-31', toRating: 'Amber' }), expect.objectContaining({ id: '1' }));
  });

  it('turns a new date into a change request for the programme office', async () => {
    const services = fakeServices();
    renderApp({ services, initialRoute: { view: 'overview', actionId: '1' } });
    const form = await screen.findByRole('form', { name: 'Update this action' });
    await userEvent.type(within(form).getByLabelText(/Ask for a new due date/), '2027-06-30');
    await userEvent.type(within(form).getByRole('textbox', { name: /Why the date needs to change/ }), 'Council extended the consultation.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    expect(await within(form).findByText(/Change request 1 has gone to the programme office/)).toBeInTheDocument();
    expect(services.requests[0].value).toMatchObject({ type: 'Timescale', status: 'Submitted' });
    expect(services.actions.get('1')?.action.currentDueDate).toBe('2027-03-31');
  });

  it('shows both versions on a save conflict and keeps mine when asked', async () => {
    const services = fakeServices();
    renderApp({ services, initialRoute: { view: 'overview', actionId: '1' } });
    const form = await screen.findByRole('form', { name: 'Update this action' });
    services.saveAsSomeoneElse('1', { commentary: 'Director added: awaiting legal sign-off.', progressPercent: 60 });
    const commentary = within(form).getByRole('textbox', { name: /Commentary/ });
    await userEvent.clear(commentary);
    await userEvent.type(commentary, 'My own update about the working group.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    const dialog = await screen.findByRole('alertdialog', { name: /Someone else saved this action/ });
    expect(within(dialog).getByText('My own update about the working group.')).toBeInTheDocument();
    expect(within(dialog).getByText('Director added: awaiting legal sign-off.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save my update' }));
    await waitFor(() => expect(services.actions.get('1')?.action.commentary).toBe('My own update about the working group.'));
    expect(services.actions.get('1')?.version).toBe(3);
  });

  it('takes the other version without losing it', async () => {
    const services = fakeServices();
    renderApp({ services, initialRoute: { view: 'overview', actionId: '1' } });
    const form = await screen.findByRole('form', { name: 'Update this action' });
    services.saveAsSomeoneElse('1', { commentary: 'Director added: awaiting legal sign-off.' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Commentary/ }), ' More.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use their version' }));
    expect(await within(form).findByText(/Their version is shown/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Commentary/ })).toHaveValue('Director added: awaiting legal sign-off.');
  });
});

describe('change control queue', () => {
  it('lets the programme office approve a request', async () => {
    const services = fakeServices({ user: { canManage: true } });
    await services.submitChangeRequest({
      type: 'Timescale',
      actionId: '2',
      targetCode: 'GV.A2',
      targetTitle: 'Refresh the scheme of delegation',
      rationale: 'Legal review took longer.',
      requestedBy: { displayName: 'Aisha Bello' },
      requestedOn: '2026-11-20',
      changes: [{ field: 'currentDueDate', oldValue: '2026-09-30', newValue: '2027-01-31' }]
    });
    renderApp({ services });
    await userEvent.click(await screen.findByRole('tab', { name: 'Change control' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Approve change 1' }));
    expect(await screen.findByText('Change 1 approved.')).toBeInTheDocument();
    expect(services.requests[0].value.status).toBe('Approved');
  });
});

describe('risk register', () => {
  it('shows the heat map and the table', async () => {
    const services = fakeServices();
    const loaded = await services.loadPlan();
    loaded.plan.risks.length; // the sample plan has none: add one through the plan
    const plan = {
      ...loaded.plan,
      risks: [
        {
          id: 'r1',
          reference: 'R01',
          title: 'Capacity to deliver the plan',
          owner: { displayName: 'Helen Marsh' },
          inherent: { likelihood: 4, impact: 4 },
          residual: { likelihood: 3, impact: 4 },
          target: { likelihood: 1, impact: 2 },
          mitigations: [{ description: 'Interim support commissioned', done: false }],
          actionIds: [],
          status: 'Open' as const
        }
      ]
    };
    renderApp({ services: fakeServices({ plan }) });
    await userEvent.click(await screen.findByRole('tab', { name: 'Risk register' }));
    expect(await screen.findByRole('table', { name: 'Residual risk heat map' })).toHaveTextContent('1 (Red)');
    const row = within(screen.getByRole('table', { name: 'Risks' })).getByText('Capacity to deliver the plan').closest('tr') as HTMLElement;
    expect(within(row).getByText('Interim support commissioned')).toBeInTheDocument();
  });
});
