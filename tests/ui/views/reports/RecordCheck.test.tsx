/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInMemoryReporting, type InMemoryReporting } from '../../../support/fakes/inMemoryReporting';
import { member, pmo, priya, samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting, sampleSnapshots } from '../../support/reportingFixtures';

async function openClosedPeriods(): Promise<HTMLElement> {
  const nav = await screen.findByRole('navigation', { name: 'Plan views' });
  await userEvent.click(within(nav).getByRole('tab', { name: 'Reports' }));
  return screen.findByRole('region', { name: 'Show the plan as at' });
}

/** September and October 2026 closed through the app, so both are sealed. */
async function sealedReporting(): Promise<InMemoryReporting> {
  const reporting = createInMemoryReporting({ loadPlan: async () => samplePlan() });
  await reporting.closePeriod({ periodId: '2026-09', closedBy: priya, now: new Date('2026-10-01T09:00:00Z') });
  await reporting.closePeriod({ periodId: '2026-10', closedBy: priya, now: new Date('2026-11-03T09:00:00Z') });
  return reporting;
}

describe('Reports view: the record of closed periods', () => {
  it('says the record is verified beside the closed periods', async () => {
    renderApp({ user: member, reporting: await sealedReporting() });
    const closed = await openClosedPeriods();
    expect(await within(closed).findByRole('status', { name: 'Record verified: 2 closed periods match what was closed.' })).toBeInTheDocument();
    expect(within(closed).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns, naming the period and the day it was closed, when a snapshot was changed afterwards', async () => {
    const reporting = await sealedReporting();
    reporting.alterSnapshot('2026-10', (s) => ({ ...s, snapshot: { ...s.snapshot, actions: s.snapshot.actions.map((a) => ({ ...a, commentary: 'Rewritten later.' })) } }));
    renderApp({ user: member, reporting });
    const closed = await openClosedPeriods();
    const warning = await within(closed).findByRole('alert', { name: 'The record of October 2026 no longer matches what was closed on 3 November 2026.' });
    expect(warning).toHaveTextContent('Its stored snapshot has been changed since the period was closed.');
    expect(within(closed).queryByRole('status', { name: /Record verified/ })).not.toBeInTheDocument();
  });

  it('says which periods were closed before the record was sealed, and seals nothing itself', async () => {
    const reporting = sampleReporting();
    renderApp({ user: member, reporting });
    const closed = await openClosedPeriods();
    const notice = await within(closed).findByRole('status', { name: 'The record cannot be checked yet: every closed period was closed before the record was sealed.' });
    expect(notice).toHaveTextContent('September 2026 and October 2026 were closed before the record was sealed, so they cannot be checked.');
    expect(await reporting.verifyRecord()).toMatchObject({ status: 'notYetSealed' });
  });

  it('checks again once the programme office closes a period', async () => {
    renderApp({ user: pmo, reporting: sampleReporting(sampleSnapshots().slice(0, 1)) });
    const closed = await openClosedPeriods();
    await within(closed).findByRole('status', { name: /The record cannot be checked yet/ });
    const close = screen.getByRole('region', { name: 'Close a reporting period' });
    expect(await within(close).findByRole('combobox', { name: 'Period to close' })).toHaveTextContent('October 2026');
    await userEvent.click(within(close).getByRole('button', { name: 'Close period' }));
    // On a loaded machine Tabster can mark the open dialog aria-hidden in jsdom, which hides its name
    // too (the Reports view suite meets the same); this suite is about the record line, so it finds
    // the dialog by its title's text.
    const title = await screen.findByText('Close October 2026?');
    const dialog = title.closest('[role="alertdialog"]') as HTMLElement;
    await userEvent.click(within(dialog).getByText('Close October 2026'));
    const verified = await within(closed).findByRole('status', { name: 'Record verified: 1 closed period matches what was closed.' });
    expect(verified).toHaveTextContent('September 2026 was closed before the record was sealed, so it cannot be checked.');
  });

  it('says when the record could not be checked, and checks again on request', async () => {
    const reporting = await sealedReporting();
    reporting.failNext('verifyRecord', new Error('SharePoint did not answer.'));
    renderApp({ user: member, reporting });
    const closed = await openClosedPeriods();
    expect(await within(closed).findByText('The record of closed periods could not be checked.')).toBeInTheDocument();
    expect(within(closed).getByText('SharePoint did not answer.')).toBeInTheDocument();
    await userEvent.click(within(closed).getByRole('button', { name: 'Try again' }));
    expect(await within(closed).findByRole('status', { name: 'Record verified: 2 closed periods match what was closed.' })).toBeInTheDocument();
  });
});
