/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PermissionDeniedError } from '../../../../src/application/errors';
import { createInMemoryPlanServices } from '../../../support/fakes/inMemoryPlanServices';
import { samplePlan, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';

async function openForm(actionId: string, options: Parameters<typeof renderApp>[0] = {}): Promise<{ form: HTMLElement; services: ReturnType<typeof renderApp>['services'] }> {
  const { services } = renderApp({ initialRoute: { view: 'overview', actionId }, ...options });
  const form = await screen.findByRole('form', { name: 'Update this action' });
  return { form, services };
}

async function choose(form: HTMLElement, combobox: string, option: string): Promise<void> {
  await userEvent.click(within(form).getByRole('combobox', { name: combobox }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

const save = (form: HTMLElement): Promise<void> => userEvent.click(within(form).getByRole('button', { name: 'Save update' }));
const commentary = (form: HTMLElement): HTMLElement => within(form).getByRole('textbox', { name: /^Commentary/ });

describe('staff update flow', () => {
  it('previews the rating the update will give', async () => {
    const { form } = await openForm('a1');
    expect(within(form).getByText(/On track; due 31 Mar 2027/)).toBeInTheDocument();
    await choose(form, 'Override the calculated rating', 'Amber');
    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for choosing this rating/ }), 'Legal review found gaps');
    expect(within(form).getByText(/Set to Amber by Aisha Bello/)).toBeInTheDocument();
  });

  it('asks for a reason for an override and commentary on Amber, in words, and moves focus to the first problem', async () => {
    const { form, services } = await openForm('a1');
    await choose(form, 'Override the calculated rating', 'Amber');
    await userEvent.clear(commentary(form));
    await save(form);
    const reason = within(form).getByRole('textbox', { name: /Reason for choosing this rating/ });
    expect(await within(form).findByText(/An override needs a reason of at least 10 characters/)).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('status')).toHaveTextContent('1 thing needs correcting before the update can be saved.');
    expect(services.peekProgressUpdates()).toHaveLength(5);
    // Once the person has tried to save, problems update as they type.
    await userEvent.type(reason, 'Legal review found gaps in the draft');
    expect(within(form).queryByText(/An override needs a reason/)).not.toBeInTheDocument();
    expect(within(form).getByText(/This action will be Amber, so say what has slipped/)).toBeInTheDocument();
    await save(form);
    expect(commentary(form)).toHaveFocus();
    await userEvent.type(commentary(form), 'Redraft under way.');
    expect(within(form).queryByText(/This action will be Amber/)).not.toBeInTheDocument();
  });

  it('requires commentary when the action is Red, and rejects an evidence link that is not a web address', async () => {
    const { form } = await openForm('a2');
    await userEvent.clear(commentary(form));
    await userEvent.type(within(form).getByRole('textbox', { name: /Evidence link/ }), 'javascript:alert(1)');
    await save(form);
    expect(await within(form).findByText(/This action will be Red/)).toBeInTheDocument();
    expect(within(form).getByText(/must be a web address starting with https:\/\//)).toBeInTheDocument();
    expect(commentary(form)).toHaveFocus();
  });

  it('saves, confirms in a live region, updates the plan and announces a slip into Amber through the host\'s announcer', async () => {
    const announce = jest.fn(async () => ({ status: 'posted' as const }));
    const { form, services } = await openForm('a1', { slipAnnouncer: { announce } });
    await choose(form, 'Override the calculated rating', 'Amber');
    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for choosing this rating/ }), 'Legal review found gaps in the draft');
    await userEvent.clear(commentary(form));
    await userEvent.type(commentary(form), 'Legal review found gaps; redraft under way.');
    await userEvent.type(within(form).getByRole('textbox', { name: /Evidence link/ }), 'https://northmoor.sharepoint.com/sites/ip/review.docx');
    await userEvent.type(within(form).getByRole('textbox', { name: /Evidence title/ }), 'Legal review');
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(within(form).getByRole('status')).toHaveTextContent('Update saved.');
    const stored = services.peekAction('a1');
    expect(stored?.version).toBe('"2"');
    expect(stored?.value.override?.rating).toBe('Amber');
    expect(stored?.value.evidence.map((e) => e.title)).toContain('Legal review');
    expect(services.peekProgressUpdates()).toHaveLength(6);
    expect(announce).toHaveBeenCalledTimes(1);
    // The history entry's id goes with the slip: the alert's receipt names the save it vouches for.
    // The saver is the person already signed in: announcing asks nobody who they are again.
    expect(announce).toHaveBeenCalledWith({
      event: expect.objectContaining({ key: 'a1:Green->Amber:2027-03-31', toRating: 'Amber' }),
      action: expect.objectContaining({ id: 'a1' }),
      changedBy: expect.objectContaining({ displayName: 'Aisha Bello' }),
      themeName: 'Governance',
      progressUpdateId: 'u6'
    });
    const panel = screen.getByRole('dialog');
    await userEvent.click(within(panel).getByRole('tab', { name: 'Details' }));
    expect(within(within(panel).getByRole('region', { name: 'Evidence' })).getByRole('link', { name: 'Legal review' })).toBeInTheDocument();
  });

  it('says the Teams card will follow with the next check when Teams refuses the post from this person', async () => {
    const announce = jest.fn(async () => ({ status: 'leftForSweep' as const, detail: 'Teams refused the card (403 Forbidden). The scheduled sweep will post it.' }));
    const { form } = await openForm('a1', { slipAnnouncer: { announce } });
    await choose(form, 'Override the calculated rating', 'Red');
    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for choosing this rating/ }), 'Legal review found gaps in the draft');
    await userEvent.clear(commentary(form));
    await userEvent.type(commentary(form), 'Legal review found gaps; redraft under way.');
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    const panel = screen.getByRole('dialog');
    expect(
      await within(panel).findByText(
        "Your update is saved. Its Teams card to the theme's director could not be posted from your account (Teams accepts posts only from members of the theme's team, and only once the app's access is approved), so it will follow with the next scheduled check, once."
      )
    ).toBeInTheDocument();
  });

  it('announces nothing when the rating does not worsen', async () => {
    const announce = jest.fn(async () => ({ status: 'posted' as const }));
    const { form } = await openForm('a1', { slipAnnouncer: { announce } });
    await userEvent.type(within(form).getByRole('textbox', { name: /Next steps/ }), 'Take the draft to Cabinet.');
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(announce).not.toHaveBeenCalled();
  });

  it('takes a forecast completion date: a forecast well after the due date rates the action Red before saving, and it is saved with the update', async () => {
    const { form, services } = await openForm('a1');
    const forecast = within(form).getByLabelText(/Forecast completion date/);
    await userEvent.type(forecast, '30/06/2027');
    await userEvent.click(within(form).getByRole('textbox', { name: /Next steps/ }));
    expect(await within(form).findByText(/Forecast 30 Jun 2027 is 91 days after the due date 31 Mar 2027/)).toBeInTheDocument();
    await userEvent.type(commentary(form), 'Legal capacity gone to the housing inquiry; forecast moved to June.');
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(services.peekAction('a1')?.value.forecastDate).toBe('2027-06-30');
    expect(services.peekAction('a1')?.value.currentDueDate).toBe('2027-03-31');
  });

  it('refuses a forecast completion date in the past, in words', async () => {
    const { form } = await openForm('a1');
    await userEvent.type(within(form).getByLabelText(/Forecast completion date/), '01/01/2020');
    await userEvent.click(within(form).getByRole('textbox', { name: /Next steps/ }));
    await save(form);
    expect(await within(form).findByText(/A forecast completion date cannot be in the past/)).toBeInTheDocument();
  });

  it('turns a request for a new date into a change request and keeps the current date', async () => {
    const { form, services } = await openForm('a1');
    await userEvent.type(within(form).getByLabelText(/Ask for a new due date/), '30/06/2027');
    // Leaving the box is when the picker reads the typed day.
    await userEvent.click(within(form).getByRole('textbox', { name: /Next steps/ }));
    await save(form);
    expect(await within(form).findByText(/Say why the date needs to change/)).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Why the date needs to change/ }), 'Council extended the consultation.');
    await save(form);
    expect(await within(form).findByText(/Change request 3 has gone to the Programme office/)).toBeInTheDocument();
    expect(services.peekChangeRequests()[2].value).toMatchObject({ type: 'Timescale', status: 'Submitted', actionId: 'a1' });
    expect(services.peekAction('a1')?.value.currentDueDate).toBe('2027-03-31');
    expect(within(form).getByLabelText(/Ask for a new due date/)).toHaveValue('');
  });

  it('asks change control to close an action, with a reason', async () => {
    const { form, services } = await openForm('a1');
    await choose(form, 'Status', 'Closed (asks change control)');
    await save(form);
    expect(await within(form).findByText(/Closing an action goes to change control/)).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Why the action should close/ }), 'Superseded by the new governance review.');
    await save(form);
    expect(await within(form).findByText(/has gone to the Programme office/)).toBeInTheDocument();
    expect(services.peekChangeRequests()[2].value.type).toBe('Closure');
    expect(services.peekAction('a1')?.value.status).toBe('InProgress');
  });

  it('explains a refusal from SharePoint', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    services.failNext('updateAction', new PermissionDeniedError('Access denied.'));
    const { form } = await openForm('a1', { services });
    await save(form);
    expect(await within(form).findByText(/You do not have permission to change this action/)).toBeInTheDocument();
  });

  it('says the update is saved when only its history entry failed, and records it on "Record it now" without a conflict', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    services.failNext('addProgressUpdate', new Error('Retry count exceeded (6)'));
    const { form } = await openForm('a1', { services });
    await userEvent.clear(commentary(form));
    await userEvent.type(commentary(form), 'Working group met; draft scheme agreed.');
    await save(form);
    const status = within(form).getByRole('status');
    expect(await within(status).findByText(/Your update is saved, but its entry in the progress history could not be recorded yet \(Retry count exceeded \(6\)\)/)).toBeInTheDocument();
    expect(services.peekAction('a1')?.value.commentary).toBe('Working group met; draft scheme agreed.');
    expect(services.peekProgressUpdates()).toHaveLength(5);

    await userEvent.click(within(status).getByRole('button', { name: 'Record it now' }));
    expect(await within(status).findByText('Everything in your update is now recorded.')).toBeInTheDocument();
    expect(services.peekProgressUpdates()).toHaveLength(6);
    expect(services.peekProgressUpdates()[5].commentary).toBe('Working group met; draft scheme agreed.');
    expect(within(form).queryByRole('region', { name: /Someone else saved this action/ })).not.toBeInTheDocument();
  });
});

describe('a save whose answer is lost', () => {
  it('is recognised as the person’s own when they save the same update again: saved once, no conflict with themselves', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    services.loseNextAnswer('updateAction');
    const { form } = await openForm('a1', { services });
    await userEvent.clear(commentary(form));
    await userEvent.type(commentary(form), 'Working group met; draft scheme agreed.');
    await save(form);
    // The action is saved, but nothing said so: the form says the outcome is unknown, not "not saved".
    expect(await within(form).findByText(/SharePoint did not answer, so your update may or may not be saved/)).toBeInTheDocument();
    expect(services.peekAction('a1')?.value.commentary).toBe('Working group met; draft scheme agreed.');
    await save(form);
    expect(await within(form).findByText(/^Update saved/)).toBeInTheDocument();
    expect(within(form).queryByRole('region', { name: /Someone else saved this action/ })).not.toBeInTheDocument();
    expect(services.peekProgressUpdates()).toHaveLength(6);
  });
});

describe('save conflicts', () => {
  async function conflict(): Promise<{ form: HTMLElement; dialog: HTMLElement; services: ReturnType<typeof renderApp>['services'] }> {
    const { form, services } = await openForm('a1');
    services.editAsSomeoneElse('a1', { commentary: 'Director added: awaiting legal sign-off.', progressPercent: 60 });
    await userEvent.clear(commentary(form));
    await userEvent.type(commentary(form), 'My own update about the working group.');
    await save(form);
    const dialog = await within(form).findByRole('region', { name: 'Someone else saved this action while you were editing' });
    expect(within(dialog).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(form).queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
    return { form, dialog, services };
  }

  it('shows both versions side by side', async () => {
    const { dialog } = await conflict();
    const mine = within(dialog).getByRole('region', { name: 'Your update' });
    const theirs = within(dialog).getByRole('region', { name: 'Saved by someone else' });
    expect(within(mine).getByText('My own update about the working group.')).toBeInTheDocument();
    expect(within(mine).getByText('50%')).toBeInTheDocument();
    expect(within(theirs).getByText('Director added: awaiting legal sign-off.')).toBeInTheDocument();
    expect(within(theirs).getByText('60%')).toBeInTheDocument();
  });

  it('saves mine on top of theirs when asked', async () => {
    const { form, dialog, services } = await conflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save my update' }));
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(services.peekAction('a1')?.value.commentary).toBe('My own update about the working group.');
    expect(services.peekAction('a1')?.version).toBe('"3"');
  });

  it('takes their version and keeps my draft on screen', async () => {
    const { form, dialog, services } = await conflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use their version' }));
    expect(await within(form).findByText(/Their version is now shown/)).toBeInTheDocument();
    expect(commentary(form)).toHaveValue('Director added: awaiting legal sign-off.');
    expect(within(form).getByText('My own update about the working group.')).toBeInTheDocument();
    expect(services.peekAction('a1')?.version).toBe('"2"');
    // The form now saves against their version without another conflict.
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(services.peekAction('a1')?.version).toBe('"3"');
  });

  it('keeps editing mine, now against their version', async () => {
    const { form, dialog, services } = await conflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep editing mine' }));
    expect(within(form).queryByRole('region', { name: /Someone else saved/ })).not.toBeInTheDocument();
    expect(commentary(form)).toHaveValue('My own update about the working group.');
    await userEvent.type(commentary(form), ' Also: legal sign-off awaited.');
    await save(form);
    expect(await within(form).findByText('Update saved.')).toBeInTheDocument();
    expect(services.peekAction('a1')?.value.commentary).toBe('My own update about the working group. Also: legal sign-off awaited.');
  });
});
