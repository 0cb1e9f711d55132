/** @jest-environment jsdom */
import '../../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';

describe('risk register', () => {
  it('shows the residual heat map with ratings in words', async () => {
    renderApp({ initialRoute: { view: 'risks' } });
    const heat = await screen.findByRole('table', { name: 'Residual risk heat map' });
    const likely = within(heat).getByRole('rowheader', { name: 'Likelihood 3: Likely' }).closest('tr') as HTMLElement;
    expect(within(likely).getByText('1 risk, Red 12')).toBeInTheDocument();
    const possible = within(heat).getByRole('rowheader', { name: 'Likelihood 2: Possible' }).closest('tr') as HTMLElement;
    expect(within(possible).getByText('1 risk, Amber 8')).toBeInTheDocument();
    expect(within(heat).getByRole('columnheader', { name: 'Impact 4: Severe' })).toBeInTheDocument();
  });

  it('without reviews to read, lists the risks highest score first with the trend from their typed previous score', async () => {
    renderApp({ initialRoute: { view: 'risks' } });
    const table = await screen.findByRole('table', { name: 'Risks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Capacity to deliver the plan')).toBeInTheDocument();
    expect(within(rows[0]).getByText('reduced from Red 16 to Red 12')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Interim support commissioned')).toBeInTheDocument();
    expect(within(rows[1]).getByText('new this period (Amber 8)')).toBeInTheDocument();
    await userEvent.click(within(rows[0]).getByRole('button', { name: 'GV.A2' }));
    // Found by its text: Tabster may hide a dialog from the accessibility tree under load.
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toHaveTextContent(/GV.A2/));
  });

  it('shows each risk on a phone as a card with its scores labelled, not a wide table', async () => {
    renderApp({ hostKind: 'teamsMobile', initialRoute: { view: 'risks' } });
    const list = await screen.findByRole('list', { name: 'Risks' });
    expect(screen.queryByRole('table', { name: 'Risks' })).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    const first = cards[0];
    expect(within(first).getByRole('heading', { level: 3, name: /Capacity to deliver the plan/ })).toBeInTheDocument();
    const score = within(first).getByText('Score');
    expect(score.tagName).toBe('DT');
    expect(score.nextElementSibling).toHaveTextContent('Red 12');
    expect(within(first).getByText('reduced from Red 16 to Red 12')).toBeInTheDocument();
    expect(within(first).getByText('Interim support commissioned')).toBeInTheDocument();
    await userEvent.click(within(first).getByRole('button', { name: 'GV.A2' }));
    // Found by its text: Tabster may hide a dialog from the accessibility tree under load.
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toHaveTextContent(/GV.A2/));
  });

  it('says when the register is empty', async () => {
    renderApp({ plan: { ...samplePlan(), risks: [] }, initialRoute: { view: 'risks' } });
    expect(await screen.findByText('The risk register has no open risks.')).toBeInTheDocument();
  });
});
