/** @jest-environment jsdom */
import '../../setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Plan } from '../../../../src/domain';
import { makeAction, samplePlan } from '../../support/fixtures';
import { renderApp } from '../../support/render';

function largePlan(n: number): Plan {
  const base = samplePlan();
  const actions = Array.from({ length: n }, (_, i) =>
    makeAction(`big${i + 1}`, `BG.A${i + 1}`, `Large theme action ${i + 1}`, { currentDueDate: i % 10 === 0 ? '2026-10-01' : '2027-03-31' })
  );
  return {
    ...base,
    themes: [...base.themes, { id: 't9', code: 'BG', name: 'Big theme', leadDirector: base.themes[0].leadDirector, order: 9 }],
    workstreams: [...base.workstreams, { id: 'w9', code: 'BG.A', themeCode: 'BG', name: 'Everything', order: 1 }],
    actions: [...base.actions, ...actions]
  };
}

describe('a theme with a thousand actions', () => {
  it('renders only the rows near the visible area and keeps the full count for assistive technology', async () => {
    renderApp({ plan: largePlan(1000), initialRoute: { view: 'theme', themeCode: 'BG' } });
    const grid = await screen.findByRole('grid', { name: 'Actions in BG Big theme' });
    expect(grid).toHaveAttribute('aria-rowcount', '1001');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(60);
    expect(within(rows[1]).getByText('BG.A1')).toBeInTheDocument();
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    // Codes sort naturally: BG.A2 comes before BG.A10.
    expect(within(rows[2]).getByText('BG.A2')).toBeInTheDocument();
  });

  it('renders later rows when the grid is scrolled', async () => {
    renderApp({ plan: largePlan(1000), initialRoute: { view: 'theme', themeCode: 'BG' } });
    const grid = await screen.findByRole('grid', { name: 'Actions in BG Big theme' });
    const scroller = grid.parentElement as HTMLElement;
    scroller.scrollTop = 44 * 500;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(within(grid).getByText('BG.A501')).toBeInTheDocument());
    expect(within(grid).queryByText('BG.A1')).not.toBeInTheDocument();
    const row = within(grid).getByText('BG.A501').closest('[role="row"]') as HTMLElement;
    expect(row).toHaveAttribute('aria-rowindex', '502');
  });
});
