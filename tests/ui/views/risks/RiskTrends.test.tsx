/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pmo, staff } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting } from '../../support/reportingFixtures';
import { createInMemoryRiskReviews, riskPlan, riskReviews, type InMemoryRiskReviews } from '../../support/riskReviewFixtures';

function open(options: { user?: typeof staff; store?: InMemoryRiskReviews; asAt?: string; hostKind?: 'sharePoint' | 'teamsMobile' } = {}): InMemoryRiskReviews {
  const store = options.store ?? createInMemoryRiskReviews(riskReviews());
  renderApp({
    plan: riskPlan(),
    user: options.user ?? staff,
    reporting: sampleReporting(),
    riskReviews: store,
    hostKind: options.hostKind ?? 'sharePoint',
    initialRoute: { view: 'risks', ...(options.asAt ? { asAt: options.asAt } : {}) }
  });
  return store;
}

const table = (): Promise<HTMLElement> => screen.findByRole('table', { name: 'Risks' });
const refs = (t: HTMLElement): string[] => within(t).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0].textContent ?? '');
const header = (t: HTMLElement, name: string): HTMLElement => within(t).getByRole('columnheader', { name: new RegExp(`^${name}`) });

/** A dialog found by its title text (Tabster may hide dialogs from the accessibility tree under load). */
async function dialogNamed(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  return heading.closest('[role="dialog"]') as HTMLElement;
}

/** A button in a dialog, by its text (see {@link dialogNamed}). */
function button(dialog: HTMLElement, text: string): HTMLElement {
  return within(dialog).getByText(text).closest('button') as HTMLElement;
}

async function choose(label: string, option: string): Promise<void> {
  await userEvent.click(await screen.findByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('risk register with history and trends', () => {
  it('shows each risk’s current likelihood, impact, score and trend since the last closed period, highest score first', async () => {
    open();
    const t = await table();
    expect(screen.getByText('Trend since October 2026, the last period closed.')).toBeInTheDocument();
    expect(refs(t)).toEqual(['R04', 'R01', 'R02', 'R03']);
    const r01 = within(t).getAllByRole('row')[2];
    expect(within(r01).getByText('2 Possible')).toBeInTheDocument();
    expect(within(r01).getByText('4 Severe')).toBeInTheDocument();
    expect(within(r01).getByText('reduced from Red 12 to Amber 8')).toBeInTheDocument();
    expect(within(t).getByText('rose from Amber 6 to Amber 8')).toBeInTheDocument();
    expect(within(t).getByText('new this period (Green 4)')).toBeInTheDocument();
    expect(within(t).getByText('unchanged at Amber 9')).toBeInTheDocument();
    expect(header(t, 'Score')).toHaveAttribute('aria-sort', 'descending');
    expect(header(t, 'Ref')).toHaveAttribute('aria-sort', 'none');
  });

  it('sorts by reference, owner, theme and trend, saying so with aria-sort', async () => {
    open();
    const t = await table();
    await userEvent.click(within(header(t, 'Ref')).getByRole('button'));
    expect(refs(t)).toEqual(['R01', 'R02', 'R03', 'R04']);
    expect(header(t, 'Ref')).toHaveAttribute('aria-sort', 'ascending');
    expect(header(t, 'Score')).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header(t, 'Ref')).getByRole('button'));
    expect(refs(t)).toEqual(['R04', 'R03', 'R02', 'R01']);
    expect(header(t, 'Ref')).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(header(t, 'Trend')).getByRole('button'));
    // Worst first: risen, new, unchanged, reduced.
    expect(refs(t)).toEqual(['R02', 'R03', 'R04', 'R01']);
    await userEvent.click(within(header(t, 'Owner')).getByRole('button'));
    expect(refs(t)).toEqual(['R04', 'R01', 'R02', 'R03']);
    await userEvent.click(within(header(t, 'Theme')).getByRole('button'));
    expect(refs(t)).toEqual(['R04', 'R02', 'R01', 'R03']);
  });

  it('sorts from the keyboard', async () => {
    open();
    const t = await table();
    within(header(t, 'Ref')).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    expect(header(t, 'Ref')).toHaveAttribute('aria-sort', 'ascending');
    expect(refs(t)).toEqual(['R01', 'R02', 'R03', 'R04']);
  });

  it('filters by trend, rating, theme and owner with a count of what is shown', async () => {
    open();
    await table();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 4 risks');
    await choose('Trend', 'Worse');
    expect(refs(await table())).toEqual(['R02']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 risks');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose('Rating', 'Amber');
    expect(refs(await table())).toEqual(['R04', 'R01', 'R02']);
    await choose('Theme', 'GV Governance');
    expect(refs(await table())).toEqual(['R01']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose('Owner', 'Helen Marsh');
    expect(refs(await table())).toEqual(['R04', 'R01']);
    await choose('Trend', 'New');
    expect(screen.getByText('No risk matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 4 risks');
  });

  it('opens a risk’s history by period from its row: period, likelihood, impact, score, rating and note', async () => {
    open();
    await userEvent.click(within(await table()).getByRole('button', { name: 'History of R01' }));
    const dialog = await dialogNamed('R01 Capacity to deliver the plan: history by period');
    const history = within(dialog).getByLabelText('Scores of R01 by period', { selector: 'table' });
    const rows = Array.from(history.querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
    expect(rows).toEqual([
      ['November 2026', '2 Possible', '4 Severe', '8', 'Amber', 'Most actions now have a lead.', 'Priya Shah'],
      ['October 2026 (closed)', '3 Likely', '4 Severe', '12', 'Red', 'Interim managers started.', 'Priya Shah'],
      ['September 2026 (closed)', '4 Very likely', '4 Severe', '16', 'Red', 'Two programme leads left.', 'Priya Shah']
    ]);
    // The chart is a picture of the same figures, hidden from assistive technology: the table is its alternative.
    const chart = dialog.querySelector('svg') as SVGElement;
    expect(chart).toHaveAttribute('aria-hidden', 'true');
    expect(Array.from(chart.querySelectorAll('text')).map((t) => t.textContent)).toEqual(['16', 'Sep 26', '12', 'Oct 26', '8', 'Nov 26']);
    await userEvent.click(button(dialog, 'Close'));
    await waitFor(() => expect(screen.queryByText('R01 Capacity to deliver the plan: history by period')).not.toBeInTheDocument());
  });

  it('reads the reviews only when the register opens, never with the plan', async () => {
    const store = createInMemoryRiskReviews(riskReviews());
    renderApp({ plan: riskPlan(), reporting: sampleReporting(), riskReviews: store, initialRoute: { view: 'overview' } });
    await screen.findByRole('navigation', { name: 'Plan views' });
    expect(store.reads).toBe(0);
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Plan views' })).getByRole('tab', { name: 'Risk register' }));
    await table();
    expect(store.reads).toBe(1);
  });

  it('offers staff and councillors no review', async () => {
    open({ user: staff });
    await table();
    expect(screen.queryByRole('button', { name: /^Review R/ })).not.toBeInTheDocument();
  });

  it('shows each risk as at a closed period with that period’s scores and the trend against the period before', async () => {
    open({ asAt: '2026-10' });
    const t = await table();
    expect(screen.getByText('Scores as reviewed in October 2026; trend since September 2026, the period closed before it.')).toBeInTheDocument();
    expect(refs(t)).toEqual(['R01', 'R04', 'R02']);
    expect(within(t).getByText('reduced from Red 16 to Red 12')).toBeInTheDocument();
    expect(within(t).getByText('new this period (Amber 6)')).toBeInTheDocument();
    expect(within(t).queryByText(/Green 4/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Review R/ })).not.toBeInTheDocument();
  });

  it('shows the same on a phone, each risk a card, sorted by a choice', async () => {
    open({ hostKind: 'teamsMobile' });
    const list = await screen.findByRole('list', { name: 'Risks' });
    const cards = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual(['R04 Data quality', 'R01 Capacity to deliver the plan', 'R02 Member and officer relationships', 'R03 Major IT projects']);
    const trend = within(cards[1]).getByText('Trend');
    expect(trend.tagName).toBe('DT');
    expect(trend.nextElementSibling).toHaveTextContent('reduced from Red 12 to Amber 8');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'reference');
    const sorted = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(within(sorted[0]).getByRole('heading', { level: 3 })).toHaveTextContent('R01');
  });
});

describe('the programme office’s review of a risk', () => {
  it('checks the review in words beside each field, then records it and shows the new trend', async () => {
    const store = open({ user: pmo });
    await userEvent.click(within(await table()).getByRole('button', { name: 'Review R02' }));
    const dialog = await dialogNamed('Review R02 for November 2026');
    const likelihood = within(dialog).getByLabelText(/Likelihood/) as HTMLSelectElement;
    expect(Array.from(likelihood.options).map((o) => o.textContent)).toEqual(['Choose…', '1 Unlikely', '2 Possible', '3 Likely', '4 Very likely']);
    await userEvent.selectOptions(likelihood, '');
    await userEvent.click(button(dialog, 'Record review'));
    expect(within(dialog).getByText('Choose how likely the risk is now.')).toBeInTheDocument();
    expect(within(dialog).getByText('Write a short note saying why the score moved or held.')).toBeInTheDocument();
    expect(store.reviews).toHaveLength(8);
    await userEvent.selectOptions(likelihood, '1');
    await userEvent.selectOptions(within(dialog).getByLabelText(/Impact/), '3');
    expect(within(dialog).getByText('Score: Green 3')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Note/), 'The member complaint was resolved.');
    await userEvent.click(button(dialog, 'Record review'));
    expect(await screen.findByText('Review of R02 recorded: Green 3 for November 2026.')).toBeInTheDocument();
    expect(store.reviews[8]).toMatchObject({ riskId: 'r2', periodId: '2026-11', score: { likelihood: 1, impact: 3 }, note: 'The member complaint was resolved.' });
    expect(within(await table()).getByText('reduced from Amber 6 to Green 3')).toBeInTheDocument();
  });

  it('shows a review somebody else recorded meanwhile, and records this one only when asked', async () => {
    const store = open({ user: pmo });
    await userEvent.click(within(await table()).getByRole('button', { name: 'Review R04' }));
    const dialog = await dialogNamed('Review R04 for November 2026');
    store.reviews.push({ id: '50', riskId: 'r4', periodId: '2026-11', score: { likelihood: 4, impact: 3 }, reviewedBy: { displayName: 'Tomasz Okafor' }, note: 'Audit found gaps.', recordedAt: new Date('2026-11-23T09:30:00Z') });
    await userEvent.type(within(dialog).getByLabelText(/Note/), 'Still under way.');
    await userEvent.click(button(dialog, 'Record review'));
    expect(await within(dialog).findByText(/Tomasz Okafor recorded a review of this risk for November 2026 \(Red 12\) since you opened it\./)).toBeInTheDocument();
    expect(within(dialog).getByText(/Their note: Audit found gaps\./)).toBeInTheDocument();
    expect(store.reviews).toHaveLength(9);
    await userEvent.click(button(dialog, 'Record mine instead'));
    expect(await screen.findByText('Review of R04 recorded: Amber 9 for November 2026.')).toBeInTheDocument();
    expect(store.reviews).toHaveLength(10);
  });
});

describe('the register without the record of closed periods', () => {
  it('says it has no last report to compare with rather than that none was closed', async () => {
    renderApp({ plan: riskPlan(), reporting: undefined, riskReviews: createInMemoryRiskReviews(riskReviews()), initialRoute: { view: 'risks' } });
    expect(await screen.findByText('The closed periods could not be read, so there is no last report to compare with: every risk shows as new this period.')).toBeInTheDocument();
    expect(within(await table()).getAllByText(/^new this period/)).toHaveLength(4);
  });
});
