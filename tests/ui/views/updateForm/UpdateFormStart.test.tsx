/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInMemoryPlanServices } from '../../../support/fakes/inMemoryPlanServices';
import { samplePlan, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';

async function openForm(actionId: string, options: Parameters<typeof renderApp>[0] = {}): Promise<{ form: HTMLElement; services: ReturnType<typeof renderApp>['services'] }> {
  const { services } = renderApp({ initialRoute: { view: 'overview', actionId }, ...options });
  const form = await screen.findByRole('form', { name: 'Update this action' });
  return { form, services };
}

const commentary = (form: HTMLElement): HTMLElement => within(form).getByRole('textbox', { name: /^Commentary/ });
const newDate = (form: HTMLElement): HTMLElement => within(form).getByRole('combobox', { name: /Ask for a new due date/ });
/** Leaves the date box the way a person does, by going to another field; the picker reads the text then. */
const leaveDate = (form: HTMLElement): Promise<void> => userEvent.click(within(form).getByRole('textbox', { name: /Next steps/ }));
const save = (form: HTMLElement): Promise<void> => userEvent.click(within(form).getByRole('button', { name: 'Save update' }));

describe('update form: this period’s commentary written afresh', () => {
  it('shows last period’s commentary for reference and leaves the commentary box empty', async () => {
    const { form } = await openForm('a2');
    expect(await within(form).findByText('Last update, October 2026:')).toBeInTheDocument();
    expect(within(form).getByText('Legal review started late.')).toBeInTheDocument();
    expect(commentary(form)).toHaveValue('');
    // Read out with the box, after its hint.
    expect(commentary(form)).toHaveAccessibleDescription(expect.stringContaining('Last update, October 2026: Legal review started late.'));
  });

  it('does not save last month’s commentary again: a Red action still asks for this period’s', async () => {
    const { form, services } = await openForm('a2');
    await save(form);
    expect(await within(form).findByText(/This action will be Red/)).toBeInTheDocument();
    expect(commentary(form)).toHaveFocus();
    expect(services.peekAction('a2')?.version).toBe('"1"');
  });

  it('shows the new update as the last one once it is saved', async () => {
    const { form } = await openForm('a2');
    await userEvent.type(commentary(form), 'Legal review back on track.');
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(await within(form).findByText('Last update, November 2026:')).toBeInTheDocument();
  });

  it('falls back to the commentary on record when there is no history', async () => {
    const services = createInMemoryPlanServices({ plan: { ...samplePlan(), progressUpdates: [] }, user: staff });
    const { form } = await openForm('a2', { services });
    expect(await within(form).findByText('Commentary on record:')).toBeInTheDocument();
    expect(within(form).getByText('Legal review delayed the draft.')).toBeInTheDocument();
    expect(commentary(form)).toHaveValue('');
  });
});

describe('update form: British dates', () => {
  it('reads "30/06/2027", shows it as "30 Jun 2027" and asks change control for that day', async () => {
    const { form, services } = await openForm('a1');
    await userEvent.type(newDate(form), '30/06/2027');
    await leaveDate(form);
    expect(newDate(form)).toHaveValue('30 Jun 2027');
    await userEvent.type(within(form).getByRole('textbox', { name: /Why the date needs to change/ }), 'Council extended the consultation.');
    await save(form);
    expect(await within(form).findByText(/Change request 3 has gone to the Programme office/)).toBeInTheDocument();
    expect(services.peekChangeRequests()[2].value).toMatchObject({ type: 'Timescale', actionId: 'a1', changes: [expect.objectContaining({ field: 'currentDueDate', newValue: '2027-06-30' })] });
  });

  it('reads a day typed in words', async () => {
    const { form } = await openForm('a1');
    await userEvent.type(newDate(form), '31 January 2028');
    await leaveDate(form);
    expect(newDate(form)).toHaveValue('31 Jan 2028');
  });

  it('says so when the text is not a date', async () => {
    const { form } = await openForm('a1');
    await userEvent.type(newDate(form), '31/02/2027');
    await leaveDate(form);
    expect(await within(form).findByText('That is not a date. Enter it like 31/01/2027 or 31 Jan 2027.')).toBeInTheDocument();
    expect(newDate(form)).toHaveValue('');
  });

  it('starts its calendar weeks on Monday', async () => {
    const { form } = await openForm('a1');
    await userEvent.click(newDate(form));
    const [grid] = await screen.findAllByRole('grid');
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers[0]).toHaveAttribute('title', 'Monday');
  });
});
