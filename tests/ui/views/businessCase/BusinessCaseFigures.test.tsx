/** @jest-environment jsdom */
import '../../setup';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { AppFrame } from '../../../../src/ui';
import { BusinessCaseFigures } from '../../../../src/ui/views/businessCase/BusinessCaseFigures';
import { emptyBusinessCase, type BusinessCaseContent } from '../../../../src/domain';
import { createInMemoryBusinessCases } from '../../../support/fakes/inMemoryBusinessCases';
import { aisha, priya, sam, samplePlan, tom } from '../../support/fixtures';

function content(capital: number, benefits: number): BusinessCaseContent {
  const c = emptyBusinessCase();
  return { ...c, finance: { ...c.finance, capital: { ...c.finance.capital, '2026/27': capital }, benefits: { ...c.finance.benefits, '2027/28': benefits } } };
}

describe('business case figures by theme', () => {
  it('sums approved cases per theme, keeps the rest apart, and totals the plan', async () => {
    const store = createInMemoryBusinessCases(sam);
    const at = new Date('2026-11-01T09:00:00Z');
    store.revisions.push(
      { id: '1', actionId: 'a1', state: 'Submitted', content: content(100000, 40000), author: aisha, savedAt: at },
      { id: '2', actionId: 'b1', state: 'Submitted', content: content(20000, 5000), author: tom, savedAt: at },
      { id: '3', actionId: 'c2', state: 'Draft', content: content(7000, 1000), author: priya, savedAt: at },
      // Someone who does not lead c1 wrote this: it is not counted anywhere.
      { id: '4', actionId: 'c1', state: 'Submitted', content: content(999999, 999999), author: priya, savedAt: at }
    );
    store.decisions.push({ id: '9', actionId: 'a1', revisionId: '1', decision: 'Approved', by: sam, decidedAt: at, approvedContent: content(100000, 40000) });
    render(
      <AppFrame theme={webLightTheme} idPrefix="ipt-test-">
        <BusinessCaseFigures store={store} plan={samplePlan()} today="2026-11-23" />
      </AppFrame>
    );
    const table = await screen.findByRole('table', { name: 'Business case investment and benefits by theme' });
    const rows = within(table).getAllByRole('row').map((r) => within(r).queryAllByRole(/cell|rowheader|columnheader/).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Theme', 'Approved cases', 'Investment', 'Expected benefits', 'Not yet approved'],
      ['GV Governance', '1', '£100,000', '£40,000', '1: £20,000 invested, £5,000 benefits'],
      ['CU Culture', '0', '£0', '£0', '1: £7,000 invested, £1,000 benefits'],
      ['Whole plan', '1', '£100,000', '£40,000', '2: £27,000 invested, £6,000 benefits']
    ]);
    expect(screen.getByRole('button', { name: 'Download business cases (.docx)' })).toBeInTheDocument();
  });

  it('says so when no action has a case', async () => {
    render(
      <AppFrame theme={webLightTheme} idPrefix="ipt-test-">
        <BusinessCaseFigures store={createInMemoryBusinessCases(sam)} plan={samplePlan()} today="2026-11-23" />
      </AppFrame>
    );
    expect(await screen.findByText('No action has a business case yet.')).toBeInTheDocument();
  });
});
