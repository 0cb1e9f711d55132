/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInMemoryPlanServices } from '../../../support/fakes/inMemoryPlanServices';
import { aisha, pmo, samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';

async function openQueue(services = createInMemoryPlanServices({ plan: samplePlan(), user: pmo })): Promise<typeof services> {
  renderApp({ services, initialRoute: { view: 'changes' } });
  await screen.findByRole('heading', { level: 3, name: 'Waiting for a decision (2)' });
  return services;
}

describe('change control queue', () => {
  it('lists submitted requests with what they change and why', async () => {
    await openQueue();
    const card = screen.getByRole('heading', { level: 4, name: 'Change 1: Change of timescale' }).closest('.fui-Card') as HTMLElement;
    expect(within(card).getByText('GV.A2 Refresh the scheme of delegation: Due date 30 Sep 2026 to 31 Jan 2027')).toBeInTheDocument();
    expect(within(card).getByText('Rationale: Legal review took longer than planned.')).toBeInTheDocument();
    expect(within(card).getByText('Asked by Aisha Bello on 20 Nov 2026')).toBeInTheDocument();
    const table = within(card).getByRole('table', { name: 'What change 1 would alter' });
    const row = within(table).getByRole('row', { name: /Due date/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['30 Sep 2026', '31 Jan 2027']);
  });

  it('opens the action a request is about', async () => {
    await openQueue();
    const card = screen.getByRole('heading', { level: 4, name: 'Change 1: Change of timescale' }).closest('.fui-Card') as HTMLElement;
    await userEvent.click(within(card).getByRole('button', { name: 'Open GV.A2' }));
    expect(await screen.findByRole('dialog', { name: /GV.A2/ })).toBeInTheDocument();
  });

  it('approves a new date and applies it to the action, keeping the baseline', async () => {
    const services = await openQueue();
    await userEvent.click(screen.getByRole('button', { name: 'Approve change 1' }));
    expect(await screen.findByText('Change 1 approved. GV.A2 has been updated.')).toBeInTheDocument();
    expect(services.peekChangeRequests()[0].value).toMatchObject({ status: 'Approved', decidedBy: pmo.person, decidedOn: '2026-11-23' });
    const action = services.peekAction('a2')?.value;
    expect(action).toMatchObject({ currentDueDate: '2027-01-31', baselineDueDate: '2026-06-30', reprofileCount: 2 });
    expect(await screen.findByRole('heading', { level: 3, name: 'Waiting for a decision (1)' })).toBeInTheDocument();
    expect(screen.getByText(/Change 1 \(approved\): GV.A2 Due date/)).toBeInTheDocument();
  });

  it('rejects a request with a note and leaves the action alone', async () => {
    const services = await openQueue();
    const card = screen.getByRole('heading', { level: 4, name: 'Change 2: Change of timescale' }).closest('.fui-Card') as HTMLElement;
    await userEvent.type(within(card).getByRole('textbox', { name: 'Decision note (optional)' }), 'Briefings can happen in December.');
    await userEvent.click(within(card).getByRole('button', { name: 'Reject change 2' }));
    expect(await screen.findByText('Change 2 rejected.')).toBeInTheDocument();
    expect(services.peekChangeRequests()[1].value).toMatchObject({ status: 'Rejected', decisionNote: 'Briefings can happen in December.' });
    expect(services.peekAction('c1')?.value.currentDueDate).toBe('2026-11-10');
  });

  it('offers no decision on a request the signed-in person made, and says who decides it', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: { ...pmo, person: aisha } });
    await openQueue(services);
    expect(screen.queryByRole('button', { name: 'Approve change 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject change 1' })).not.toBeInTheDocument();
    expect(screen.getAllByText('You asked for this change, so someone else in the programme office decides it.').length).toBeGreaterThan(0);
    expect(services.peekChangeRequests()[0].value.status).toBe('Submitted');
  });

  it('explains when someone else decided first', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: pmo });
    await openQueue(services);
    const [first] = services.peekChangeRequests();
    await services.decideChangeRequest(first.value.id, { status: 'Rejected', by: { displayName: 'Another officer' }, on: '2026-11-23' }, first.version);
    await userEvent.click(screen.getByRole('button', { name: 'Approve change 1' }));
    expect(await screen.findByText(/Change 1 was decided or changed by someone else/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Waiting for a decision (1)' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the queue cannot be loaded', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: pmo });
    services.failNext('listChangeRequests', new Error('The change list did not answer.'));
    renderApp({ services, initialRoute: { view: 'changes' } });
    expect(await screen.findByText('The change list did not answer.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Waiting for a decision (2)' })).toBeInTheDocument();
  });

  it('says when nothing is waiting', async () => {
    renderApp({ user: pmo, plan: { ...samplePlan(), changeRequests: [] }, initialRoute: { view: 'changes' } });
    expect(await screen.findByText('No change requests are waiting for a decision.')).toBeInTheDocument();
  });
});
