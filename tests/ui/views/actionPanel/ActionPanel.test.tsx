/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInMemoryPlanServices } from '../../../support/fakes/inMemoryPlanServices';
import { aisha, samplePlan, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';

async function openPanel(actionId: string, options: Parameters<typeof renderApp>[0] = {}): Promise<HTMLElement> {
  renderApp({ initialRoute: { view: 'overview', actionId }, ...options });
  return screen.findByRole('dialog');
}

const section = (panel: HTMLElement, name: string): HTMLElement => within(panel).getByRole('region', { name });
const showTab = (panel: HTMLElement, name: string): Promise<void> => userEvent.click(within(panel).getByRole('tab', { name }));

describe('action panel', () => {
  it('shows the rating with its reason, and baseline and current dates with the reprofile count', async () => {
    const panel = await openPanel('a2');
    expect(within(panel).getByRole('heading', { level: 2, name: 'GV.A2 Refresh the scheme of delegation' })).toBeInTheDocument();
    expect(within(panel).getAllByText('Red')[0]).toBeInTheDocument();
    const facts = within(panel).getByText('Baseline due date').closest('dl') as HTMLElement;
    expect(within(facts).getByText('30 Jun 2026')).toBeInTheDocument();
    expect(within(facts).getByText(/30 Sep 2026 \(Reprofiled 1 time\)/)).toBeInTheDocument();
    expect(within(facts).getByText(/New date 31 Jan 2027 awaiting change control \(change 1\)/)).toBeInTheDocument();
    expect(within(facts).getByText('Legal review delayed the draft.')).toBeInTheDocument();
    expect(within(facts).getByText('In progress, 50% complete')).toBeInTheDocument();
  });

  it('shows the lead’s assessment with who, when and why beside the rating the rules calculate', async () => {
    const plan = samplePlan();
    const override = { rating: 'Amber' as const, reason: 'Legal review is back on track; one week behind at most.', by: aisha, at: new Date('2026-11-10T09:00:00Z') };
    const actions = plan.actions.map((a) => (a.id === 'a2' ? { ...a, override } : a));
    const panel = await openPanel('a2', { plan: { ...plan, actions } });
    const facts = within(panel).getByText('Baseline due date').closest('dl') as HTMLElement;
    expect(within(facts).getByText('Lead’s assessment').nextElementSibling).toHaveTextContent('Set to Amber by Aisha Bello on 10 Nov 2026: Legal review is back on track; one week behind at most.');
    expect(within(facts).getByText('Calculated rating').nextElementSibling).toHaveTextContent(/^Red by the published rules: Due 30 Sep 2026 .* overdue/);
  });

  it('lists sub-actions, milestones, evidence, linked risks and recommendations', async () => {
    const panel = await openPanel('a1');
    await showTab(panel, 'Details');
    const subs = section(panel, 'Sub-actions');
    expect(within(subs).getByRole('button', { name: 'Agree the scope of the constitution review' })).toBeInTheDocument();
    expect(within(subs).getByText('Complete')).toBeInTheDocument();
    const milestones = section(panel, 'Milestones');
    expect(within(milestones).getByText('Draft constitution to Audit Committee: due 15 Oct 2026, achieved')).toBeInTheDocument();
    expect(within(milestones).getByText('Council adopts the constitution: due 25 Mar 2027, not yet due')).toBeInTheDocument();
    expect(within(section(panel, 'Linked risks')).getByText(/R01 Capacity to deliver the plan: Red 12/)).toBeInTheDocument();
    const recs = within(section(panel, 'Recommendations answered')).getByRole('listitem');
    expect(recs).toHaveTextContent('R4: Review the constitution and scheme of delegation.');
    // In the app the reference is a link to the register; the register's own test follows it.
    expect(within(recs).getByRole('button', { name: 'R4 in the recommendations register' })).toBeInTheDocument();
  });

  it('links only web addresses as evidence, never script links', async () => {
    const panel = await openPanel('a1');
    await showTab(panel, 'Details');
    const evidence = section(panel, 'Evidence');
    const link = within(evidence).getByRole('link', { name: 'Draft constitution' });
    expect(link).toHaveAttribute('href', 'https://northmoor.sharepoint.com/sites/ip/Shared%20Documents/draft-constitution.docx');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(evidence).queryByRole('link', { name: 'Suspicious link' })).not.toBeInTheDocument();
    expect(within(evidence).getByText(/Suspicious link \(link not shown/)).toBeInTheDocument();
  });

  it('shows the progress history newest first and the change log', async () => {
    const panel = await openPanel('a2');
    await showTab(panel, 'History');
    const history = section(panel, 'Progress history');
    expect(await within(history).findByText('Legal review started late.')).toBeInTheDocument();
    expect(within(history).getByText('October 2026, by Aisha Bello')).toBeInTheDocument();
    await showTab(panel, 'Details');
    expect(within(section(panel, 'Change log')).getByText(/Change 1 \(submitted\): Due date 30 Sep 2026 to 31 Jan 2027/)).toBeInTheDocument();
  });

  it('offers a retry when the history cannot be loaded', async () => {
    // Someone who may not update a2, so the history list is the panel's only reader of the history.
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    services.failNext('listProgressUpdates', new Error('The history list did not answer.'));
    const panel = await openPanel('a2', { services });
    await showTab(panel, 'History');
    const history = section(panel, 'Progress history');
    expect(await within(history).findByText('The history list did not answer.')).toBeInTheDocument();
    await userEvent.click(within(history).getByRole('button', { name: 'Try again' }));
    expect(await within(history).findByText('Legal review started late.')).toBeInTheDocument();
  });

  it('copies the host’s link to the action', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const actionLink = jest.fn((id: string) => `https://teams.microsoft.com/l/entity/app/tab?context=action:${id}`);
    const panel = await openPanel('a2', { actionLink });
    await showTab(panel, 'Details');
    await userEvent.click(within(panel).getByRole('button', { name: 'Copy link to this action' }));
    expect(writeText).toHaveBeenCalledWith('https://teams.microsoft.com/l/entity/app/tab?context=action:a2');
    expect(await within(panel).findByText('Link copied.')).toBeInTheDocument();
  });

  it('moves to a sub-action', async () => {
    const panel = await openPanel('a1');
    await showTab(panel, 'Details');
    await userEvent.click(within(section(panel, 'Sub-actions')).getByRole('button', { name: 'Agree the scope of the constitution review' }));
    await waitFor(() => expect(screen.getByRole('dialog', { name: /GV.A1.1/ })).toBeInTheDocument());
  });

  it('explains a link to an action that no longer exists', async () => {
    const panel = await openPanel('gone');
    expect(within(panel).getByRole('heading', { name: 'Action not found' })).toBeInTheDocument();
    expect(within(panel).getByText(/not in the plan any more/)).toBeInTheDocument();
  });
});

describe('action panel: update only where SharePoint will accept it', () => {
  it('offers the update form on an action the person leads', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    const mine = await openPanel('a1', { services });
    expect(within(mine).getByRole('form', { name: 'Update this action' })).toBeInTheDocument();
  });

  it('shows no form on an action somebody else leads, and names its lead', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    const theirs = await openPanel('a2', { services });
    await within(theirs).findByText(/Only the action's lead \(.+\), its delegates and the programme office can update this action/);
    expect(within(theirs).queryByRole('form', { name: 'Update this action' })).not.toBeInTheDocument();
  });
});

describe('action panel: opens on what the person came to do', () => {
  it('opens on the update form for someone who may update the action, with details and history a tab away', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    const panel = await openPanel('a1', { services });
    expect(within(panel).getByRole('heading', { level: 2, name: 'GV.A1 Review and modernise the constitution' })).toBeInTheDocument();
    const tabs = within(panel).getAllByRole('tab');
    expect(tabs).toHaveLength(4);
    ['Update', 'Details', 'Business case', 'History'].forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    expect(within(panel).getByRole('tab', { name: 'Update' })).toHaveAttribute('aria-selected', 'true');
    expect(within(panel).getByRole('tabpanel', { name: 'Update' })).toContainElement(within(panel).getByRole('form', { name: 'Update this action' }));
    expect(within(panel).queryByRole('region', { name: 'Milestones' })).not.toBeInTheDocument();

    await showTab(panel, 'Details');
    expect(within(panel).getByRole('region', { name: 'Milestones' })).toBeInTheDocument();
    expect(within(panel).queryByRole('form', { name: 'Update this action' })).not.toBeInTheDocument();
    await showTab(panel, 'History');
    const history = within(panel).getByRole('tabpanel', { name: 'History' });
    expect(await within(history).findByText('Working group set up.')).toBeVisible();
    // The panel's heading stays whichever tab is shown.
    expect(within(panel).getByRole('heading', { level: 2, name: /GV.A1/ })).toBeInTheDocument();
  });

  it('keeps a half-typed update while the person looks at another tab', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    const panel = await openPanel('a1', { services });
    await userEvent.type(within(panel).getByRole('textbox', { name: /^Commentary/ }), 'Working group agreed the draft.');
    await showTab(panel, 'History');
    await showTab(panel, 'Update');
    expect(within(panel).getByRole('textbox', { name: /^Commentary/ })).toHaveValue('Working group agreed the draft.');
  });

  it('moves between tabs with the keyboard', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    const panel = await openPanel('a1', { services });
    // Fluent's tab list moves focus between tabs with the arrow keys; a focused tab opens on Enter or Space.
    within(panel).getByRole('tab', { name: 'Details' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(within(panel).getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    expect(within(panel).getByRole('region', { name: 'Milestones' })).toBeInTheDocument();
  });

  it('opens on the details, with no update tab, for someone who may not update the action', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff, updatableActionIds: ['a1'] });
    const panel = await openPanel('a2', { services });
    const tabs = within(panel).getAllByRole('tab');
    expect(tabs).toHaveLength(3);
    ['Details', 'Business case', 'History'].forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    expect(within(panel).getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    expect(within(panel).getByText('Baseline due date')).toBeVisible();
  });
});
