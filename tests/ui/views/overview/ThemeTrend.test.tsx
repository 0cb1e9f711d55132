/** @jest-environment jsdom */
import '../../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { member } from '../../support/fixtures';
import { renderApp } from '../../support/render';
import { sampleReporting } from '../../support/reportingFixtures';

/** Style rules inside `@media (forced-colors: active)` in the document's style sheets. */
function forcedColourRules(): CSSStyleRule[] {
  const rules: CSSStyleRule[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors: active')) rules.push(...([...rule.cssRules] as CSSStyleRule[]));
    }
  }
  return rules;
}

describe('Theme trend on the overview', () => {
  it('describes each theme’s trend in a table: counts by rating per closed period and today', async () => {
    renderApp({ user: member, reporting: sampleReporting() });
    const table = await screen.findByRole('table', { name: 'Trend of GV Governance: actions by rating at each closed period' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Period', 'Red', 'Amber', 'Green', 'Complete', 'Actions']);
    expect(within(table).getByRole('row', { name: 'September 2026 1 2 1 1 5' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'October 2026 1 1 2 1 5' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Today 1 0 3 1 5' })).toBeInTheDocument();
  });

  it('gives the bars system colours in forced colours (Windows high contrast), so they are never blank', async () => {
    const { container } = renderApp({ user: member, reporting: sampleReporting() });
    await screen.findByRole('table', { name: /Trend of GV Governance/ });
    const forced = forcedColourRules();
    const red = container.querySelector('.ipt-trend-bars [data-rating="Red"]') as HTMLElement;
    const green = container.querySelector('.ipt-trend-bars [data-rating="Green"]') as HTMLElement;
    const declarations = (el: HTMLElement): string => forced.filter((r) => [...el.classList].some((c) => r.selectorText.includes(`.${c}`))).map((r) => r.style.cssText).join(' ');
    expect(declarations(red)).toMatch(/background-color: Highlight/i);
    expect(declarations(green)).toMatch(/background-color: CanvasText/i);
    expect(declarations(red.parentElement as HTMLElement)).toMatch(/forced-color-adjust: none/i);
  });

  it('stops the trend at the period shown as at', async () => {
    renderApp({ user: member, reporting: sampleReporting() });
    await userEvent.click(within(await screen.findByRole('navigation', { name: 'Plan views' })).getByRole('tab', { name: 'Reports' }));
    const picker = await screen.findByRole('region', { name: 'Show the plan as at' });
    await userEvent.click(within(picker).getByRole('combobox', { name: 'Closed period' }));
    await userEvent.click(await screen.findByRole('option', { name: 'September 2026' }));
    await userEvent.click(within(picker).getByRole('button', { name: 'Show the plan as at this period' }));
    const table = await screen.findByRole('table', { name: /Trend of GV Governance/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).queryByRole('row', { name: /Today/ })).not.toBeInTheDocument();
  });

  it('shows no chart before any period is closed', async () => {
    renderApp({ user: member, reporting: sampleReporting([]) });
    await screen.findByRole('heading', { level: 2, name: 'Plan overview' });
    expect(screen.queryByRole('table', { name: /Trend of/ })).not.toBeInTheDocument();
  });
});
