/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../../../src/domain';
import { member, samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { closedSnapshot } from '../../support/reportingFixtures';
import { createInMemoryReporting } from '../../../support/fakes/inMemoryReporting';

/**
 * The sample plan with four recommendations: R4 (auditor, statutory) answered by GV.A1 (Green) and
 * GV.A2 (Red, overdue); D1 (Direction) answered only by the complete GV.A1.1; PC1 (peer challenge)
 * answered by GV.B1 and GV.B2 (Green); EA9 (auditor) answered by nothing.
 */
function registerPlan(): Plan {
  const plan = samplePlan();
  const answers: Record<string, string[]> = { a1: ['rec1'], a2: ['rec1'], a3: ['d1'], b1: ['pc1'], b2: ['pc1'] };
  return {
    ...plan,
    actions: plan.actions.map((a) => ({ ...a, recommendationIds: answers[a.id] ?? [] })),
    recommendations: [
      { id: 'rec1', reference: 'R4', source: 'ExternalAuditor', sourceDocument: 'Governance review', issuedOn: '2025-06-12', text: 'Review the constitution and scheme of delegation.', statutory: true },
      { id: 'd1', reference: 'D1', source: 'Direction', text: 'Prepare an improvement plan.', statutory: true },
      { id: 'pc1', reference: 'PC1', source: 'LGAPeerChallenge', text: 'Agree a shared vision.', statutory: false },
      { id: 'ea9', reference: 'EA9', source: 'ExternalAuditor', issuedOn: '2026-10-20', text: 'Review the housing business plan.', statutory: false }
    ]
  };
}

const item = (reference: string): HTMLElement => screen.getByRole('heading', { level: 4, name: new RegExp(`^${reference}`) }).closest('li') as HTMLElement;
const shownReferences = (): string[] => screen.queryAllByRole('heading', { level: 4 }).map((h) => (h.textContent ?? '').replace('Statutory', ''));

/**
 * The action panel showing `code`. On a loaded machine Tabster (Fluent's focus manager) can leave a
 * just-opened dialog marked aria-hidden in jsdom, which a real browser never shows (the e2e suite
 * checks the real one), so the dialog is found by its role and title, and its controls by their text.
 */
async function panelFor(code: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', { hidden: true });
  await waitFor(() => expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '').toMatch(new RegExp(`^${code} `)));
  return dialog;
}

/** A control in the panel by selector and its label (any, when `label` is empty), whether or not Tabster has hidden the panel. */
async function inPanel(panel: HTMLElement, selector: string, label: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = [...panel.querySelectorAll<HTMLElement>(selector)].find((el) => label === '' || el.getAttribute('aria-label') === label);
    expect(found).toBeDefined();
  });
  return found as HTMLElement;
}

async function choose(label: string, option: string): Promise<void> {
  await userEvent.click(await screen.findByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('recommendations register', () => {
  it('groups by source, Directions first, and says what is still open on each', async () => {
    renderApp({ plan: registerPlan(), initialRoute: { view: 'recommendations' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Recommendations and Directions (4)' })).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['By source', 'Direction of the Secretary of State (1)', 'External auditor (2)', 'LGA corporate peer challenge (1)']);
    expect(shownReferences()).toEqual(['D1', 'R4', 'EA9', 'PC1']);

    const r4 = item('R4');
    expect(within(r4).getByText('Statutory')).toBeInTheDocument();
    expect(within(r4).getByText('Governance review')).toBeInTheDocument();
    expect(within(r4).getByText('12 Jun 2025')).toBeInTheDocument();
    expect(within(r4).getByText('2 answering actions open, 1 overdue; the last is due 31 Mar 2027')).toBeInTheDocument();
    // One Red in two rated actions: Red under the plan's threshold rule, which the explanation names.
    expect(within(r4).getByText('Rating of its actions:').nextElementSibling).toHaveTextContent('Red');
    expect(within(r4).getByText('by the threshold rule over 2 actions (1 Red, 1 Green)')).toBeInTheDocument();
    const table = within(r4).getByRole('table', { name: 'Actions answering R4' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['GV.A1', 'GV.A2']);
    expect(within(rows[1]).getByText('Aisha Bello')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Red')).toBeInTheDocument();
    expect(within(rows[1]).getByText('30 Sep 2026')).toBeInTheDocument();

    expect(within(item('D1')).getByText('All answering actions complete')).toBeInTheDocument();
  });

  it('flags a recommendation nothing answers, in words, and counts the gaps at the top', async () => {
    renderApp({ plan: registerPlan(), initialRoute: { view: 'recommendations' } });
    expect(await screen.findByText('1 of 4 recommendations has no action')).toBeInTheDocument();
    const ea9 = item('EA9');
    expect(within(ea9).getByText('No action answers this recommendation')).toBeInTheDocument();
    expect(within(ea9).queryByRole('table')).not.toBeInTheDocument();
    const summary = screen.getByRole('table', { name: 'By source' });
    const auditor = within(summary).getByRole('row', { name: /External auditor/ });
    expect(within(auditor).getAllByRole('cell').map((c) => c.textContent)).toEqual(['External auditor', '2', '1', '0', '1']);
  });

  it('says every recommendation is answered when none is left without an action', async () => {
    const plan = registerPlan();
    renderApp({ plan: { ...plan, recommendations: plan.recommendations.filter((r) => r.id !== 'ea9') }, initialRoute: { view: 'recommendations' } });
    expect(await screen.findByText('Every one of the 3 recommendations has at least one action answering it')).toBeInTheDocument();
    expect(screen.queryByText('No action answers this recommendation')).not.toBeInTheDocument();
  });

  it('filters by source, status and rating, counts what is shown and clears in one go', async () => {
    renderApp({ plan: registerPlan(), initialRoute: { view: 'recommendations' } });
    await choose('Source', 'LGA corporate peer challenge');
    expect(shownReferences()).toEqual(['PC1']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 recommendations.');
    await choose('Source', 'Any');
    await choose('Status', 'Not answered');
    expect(shownReferences()).toEqual(['EA9']);
    await choose('Status', 'Complete');
    expect(shownReferences()).toEqual(['D1']);
    await choose('Status', 'Any');
    await choose('Rating', 'Red');
    expect(shownReferences()).toEqual(['R4']);
    await choose('Source', 'Direction of the Secretary of State');
    expect(screen.getByText('No recommendation matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownReferences()).toHaveLength(4);
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 4 recommendations.');
  });

  it('is one of the views in the navigation', async () => {
    renderApp({ plan: registerPlan() });
    await userEvent.click(await screen.findByRole('tab', { name: 'Recommendations' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Recommendations and Directions (4)' })).toBeInTheDocument();
  });

  it('opens an answering action in the action panel', async () => {
    renderApp({ plan: registerPlan(), initialRoute: { view: 'recommendations' } });
    await screen.findByRole('heading', { level: 2, name: /Recommendations and Directions/ });
    await userEvent.click(within(item('PC1')).getByRole('button', { name: 'Publish a forward plan of key decisions' }));
    expect(await panelFor('GV.B1')).toBeInTheDocument();
  });

  it('shows the answering actions on a phone as stacked rows, not a wide table', async () => {
    renderApp({ plan: registerPlan(), hostKind: 'teamsMobile', initialRoute: { view: 'recommendations' } });
    const list = await screen.findByRole('list', { name: 'Actions answering R4' });
    expect(screen.queryByRole('table', { name: 'Actions answering R4' })).not.toBeInTheDocument();
    // The summary by source is a line per source, not a table wider than the phone.
    expect(screen.queryByRole('table', { name: 'By source' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'By source' })).getByText(/^: 2 in all, 1 open, 0 complete, 1 with no action$/, { normalizer: (t) => t })).toBeInTheDocument();
    expect(within(list).getAllByText('Lead: Aisha Bello')).toHaveLength(2);
    expect(within(list).getByText('Due: 30 Sep 2026')).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: 'Refresh the scheme of delegation' }));
    expect(await panelFor('GV.A2')).toBeInTheDocument();
  });

  it('goes from an action panel to the register with that recommendation in view', async () => {
    const onNavigate = jest.fn();
    renderApp({ plan: registerPlan(), initialRoute: { view: 'overview', actionId: 'a1' }, onNavigate });
    const panel = await panelFor('GV.A1');
    await userEvent.click(await inPanel(panel, '[role="tab"][id$="-details-tab"]', ''));
    await userEvent.click(await inPanel(panel, 'button', 'R4 in the recommendations register'));
    expect(await screen.findByRole('heading', { level: 2, name: /Recommendations and Directions/ })).toBeInTheDocument();
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'recommendations', recommendationId: 'rec1' });
    const r4 = item('R4');
    expect(r4).toHaveAttribute('aria-current', 'location');
    expect(r4).toHaveFocus();
  });

  it('shows the ratings recorded in a closed period when viewed as at it', async () => {
    const plan = registerPlan();
    // In October GV.B1 was Amber: half of PC1's rated actions, so PC1 was Amber then; Green today.
    const reporting = createInMemoryReporting({ loadPlan: async () => plan, snapshots: [closedSnapshot(plan, '2026-10', '2026-11-02T09:00:00Z', { 'GV.B1': { rating: 'Amber', calculatedRating: 'Amber', reason: 'Template delayed' } })] });
    const { unmount } = renderApp({ plan, reporting, initialRoute: { view: 'recommendations', asAt: '2026-10' } });
    const table = await screen.findByRole('table', { name: 'Actions answering PC1' });
    expect(within(within(table).getAllByRole('row')[1]).getByText('Amber')).toBeInTheDocument();
    expect(within(item('PC1')).getByText('Rating of its actions:').nextElementSibling).toHaveTextContent('Amber');
    unmount();
    renderApp({ plan, reporting, initialRoute: { view: 'recommendations' } });
    await screen.findByRole('table', { name: 'Actions answering PC1' });
    expect(within(item('PC1')).getByText('Rating of its actions:').nextElementSibling).toHaveTextContent('Green');
  });

  it('leaves out, as at a period, a recommendation issued after it', async () => {
    const plan = registerPlan();
    const reporting = createInMemoryReporting({ loadPlan: async () => plan, snapshots: [closedSnapshot(plan, '2026-09', '2026-10-01T09:00:00Z')] });
    renderApp({ plan, reporting, initialRoute: { view: 'recommendations', asAt: '2026-09' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Recommendations and Directions (3)' })).toBeInTheDocument();
    expect(shownReferences()).toEqual(['D1', 'R4', 'PC1']);
    expect(screen.getByText('Every one of the 3 recommendations has at least one action answering it')).toBeInTheDocument();
  });

  it('lets a councillor read the register with no control that changes anything', async () => {
    renderApp({ plan: registerPlan(), user: member, initialRoute: { view: 'recommendations' } });
    await screen.findByRole('heading', { level: 2, name: /Recommendations and Directions/ });
    expect(screen.getByText(/You can read the whole plan/)).toBeInTheDocument();
    // Every button in the register opens an action; none edits.
    const section = screen.getByRole('heading', { level: 2, name: /Recommendations and Directions/ }).closest('section') as HTMLElement;
    const buttons = within(section).getAllByRole('button');
    expect(buttons.every((b) => b.hasAttribute('data-opens-action'))).toBe(true);
    await userEvent.click(within(item('R4')).getByRole('button', { name: 'Refresh the scheme of delegation' }));
    const panel = await panelFor('GV.A2');
    await inPanel(panel, '[role="tab"][id$="-details-tab"]', '');
    expect(panel.querySelector('[role="tab"][id$="-update-tab"]')).toBeNull();
  });
});
