/** @jest-environment jsdom */
import '../../setup';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { AppFrame } from '../../../../src/ui';
import { BusinessCaseTab } from '../../../../src/ui/views/businessCase/BusinessCaseTab';
import type { CurrentUser } from '../../../../src/application/ports/planRepository';
import { emptyBusinessCase, type BusinessCaseContent } from '../../../../src/domain';
import { createInMemoryBusinessCases, type InMemoryBusinessCases } from '../../../support/fakes/inMemoryBusinessCases';
import { aisha, member, pmo, samplePlan, staff, tom } from '../../support/fixtures';
import { createInMemoryPlanServices } from '../../../support/fakes/inMemoryPlanServices';
import { renderApp } from '../../support/render';

const action = { id: '7', code: 'UR.A3', lead: aisha };

function content(): BusinessCaseContent {
  const c = emptyBusinessCase();
  return {
    ...c,
    summary: 'Replace the ledger with a supported system.',
    impact: { ...c.impact, efficiency: 'Month-end close in five days, not twelve.' },
    options: [{ title: 'Cloud ledger', assessment: 'Lowest cost over five years.', preferred: true }],
    risks: 'Data migration errors; mitigated by parallel running.',
    indicators: [{ measure: 'Days to close the month', target: '5 by March 2028' }],
    finance: { ...c.finance, capital: { ...c.finance.capital, '2026/27': 250000 }, revenue: { ...c.finance.revenue, '2026/27': 40000, '2027/28': 35000 }, benefits: { ...c.finance.benefits, '2027/28': 90000, '2028/29': 120000 } }
  };
}

function renderTab(user: CurrentUser, store: InMemoryBusinessCases): void {
  render(
    <AppFrame theme={webLightTheme} idPrefix="ipt-test-">
      <BusinessCaseTab store={store} action={action} user={user} />
    </AppFrame>
  );
}

const cell = (name: string): HTMLElement => screen.getByRole('textbox', { name });

describe('the business case tab', () => {
  it('lets the lead write a case: figures explained in words, totals calculated as they type, then submitted', async () => {
    const store = createInMemoryBusinessCases(aisha);
    renderTab(staff, store);
    await userEvent.click(await screen.findByRole('button', { name: 'Write the business case' }));
    const form = screen.getByRole('form', { name: 'Edit the business case' });
    await userEvent.type(cell('Capital investment, 2026/27'), 'tbc');
    await userEvent.type(cell('Capital investment, 2027/28'), '£12,500');
    await userEvent.type(cell('Revenue investment, 2027/28'), '2500.50');
    const table = within(form).getByRole('table');
    const investment = within(table).getByRole('rowheader', { name: 'Total investment' }).closest('tr') as HTMLElement;
    expect(within(investment).getAllByRole('cell').map((c) => c.textContent)).toEqual(['£0', '£0', '£15,000.50', '£0', '£0', '£15,000.50']);
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Item', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30+', 'Total']);

    await userEvent.click(within(form).getByRole('button', { name: 'Submit for a decision' }));
    expect(await within(form).findAllByText("Capital investment in 2026/27 must be a number of pounds, not 'tbc'. Leave it blank for nothing.")).not.toHaveLength(0);
    // Once in the summary at the top and once under its field.
    expect(within(form).getAllByText('Write a summary of the action before submitting the case.')).toHaveLength(2);
    expect(cell('Capital investment, 2026/27')).toHaveAttribute('aria-invalid', 'true');
    expect(store.revisions).toHaveLength(0);

    await userEvent.clear(cell('Capital investment, 2026/27'));
    await userEvent.type(within(form).getByRole('textbox', { name: 'The action, how it will be delivered and when' }), 'Move payroll onto the new platform.');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Economy/ }), 'Saves the licence of the old system.');
    await userEvent.click(within(form).getByRole('button', { name: 'Add an option' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Option 1: option' }), 'Shared platform');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Key risks and how each is mitigated' }), 'Supplier capacity.');
    await userEvent.click(within(form).getByRole('button', { name: 'Submit for a decision' }));
    expect(await screen.findByText('Business case submitted to the programme office for a decision.')).toBeInTheDocument();
    expect(screen.getByText('Submitted, awaiting a decision')).toBeInTheDocument();
    expect(store.revisions[0]).toMatchObject({ state: 'Submitted', content: { summary: 'Move payroll onto the new platform.', finance: { capital: { '2027/28': 12500 }, revenue: { '2027/28': 2500.5 } } } });
  });

  it('shows a newer version saved meanwhile beside the form and overwrites nothing', async () => {
    const store = createInMemoryBusinessCases(aisha);
    renderTab(staff, store);
    await userEvent.click(await screen.findByRole('button', { name: 'Write the business case' }));
    store.revisions.push({ id: '50', actionId: '7', state: 'Draft', content: { ...content(), summary: 'Written by the delegate' }, author: aisha, savedAt: new Date('2026-11-21T09:00:00Z') });
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Someone else saved this business case first')).toBeInTheDocument();
    expect(screen.getByText('Written by the delegate')).toBeInTheDocument();
    expect(store.revisions).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Save mine as the newer version' }));
    expect(await screen.findByText('Business case saved.')).toBeInTheDocument();
    expect(store.revisions).toHaveLength(2);
  });

  it('lets the programme office approve a submitted case, recording who and when', async () => {
    const store = createInMemoryBusinessCases(pmo.person);
    store.revisions.push({ id: '1', actionId: '7', state: 'Submitted', content: content(), author: aisha, savedAt: new Date('2026-11-18T09:00:00Z') });
    renderTab(pmo, store);
    expect(await screen.findByText('Submitted, awaiting a decision')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit the business case/ })).not.toBeInTheDocument();
    const totals = within(screen.getByRole('table')).getByRole('rowheader', { name: 'Benefits less investment' }).closest('tr') as HTMLElement;
    expect(within(totals).getAllByRole('cell').at(-1)).toHaveTextContent('−£115,000');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Business case approved.')).toBeInTheDocument();
    expect(screen.getByText('Approved by Sam Okafor on 20 Nov 2026')).toBeInTheDocument();
    expect(store.decisions[0]).toMatchObject({ decision: 'Approved', revisionId: '1', approvedContent: { summary: 'Replace the ledger with a supported system.' } });
  });

  it('asks for a reason before returning a case, then shows it to the lead', async () => {
    const store = createInMemoryBusinessCases(pmo.person);
    store.revisions.push({ id: '1', actionId: '7', state: 'Submitted', content: content(), author: aisha, savedAt: new Date('2026-11-18T09:00:00Z') });
    renderTab(pmo, store);
    await userEvent.click(await screen.findByRole('button', { name: 'Return with a reason' }));
    expect(screen.getByText('Say why the case is being returned, so its lead knows what to change.')).toBeInTheDocument();
    expect(store.decisions).toHaveLength(0);
    await userEvent.type(screen.getByRole('textbox', { name: /Reason/ }), 'Show how the £90,000 saving was worked out.');
    await userEvent.click(screen.getByRole('button', { name: 'Return with a reason' }));
    expect(await screen.findByText('Reason for returning it')).toBeInTheDocument();
    expect(screen.getByText('Show how the £90,000 saving was worked out.')).toBeInTheDocument();
    expect(screen.getByText('Returned')).toBeInTheDocument();
  });

  it('does not offer the programme office a decision on a case it wrote itself', async () => {
    const store = createInMemoryBusinessCases(pmo.person);
    store.revisions.push({ id: '1', actionId: '7', state: 'Submitted', content: content(), author: pmo.person, savedAt: new Date('2026-11-18T09:00:00Z') });
    render(
      <AppFrame theme={webLightTheme} idPrefix="ipt-test-">
        <BusinessCaseTab store={store} action={{ ...action, lead: pmo.person }} user={pmo} />
      </AppFrame>
    );
    expect(await screen.findByText('You wrote this version, so someone else in the programme office must decide it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('shows a councillor the approved case read-only, and nothing of a draft', async () => {
    const store = createInMemoryBusinessCases(member.person, { readsDrafts: false });
    renderTab(member, store);
    expect(await screen.findByText('No approved business case for this action yet.')).toBeInTheDocument();
    store.decisions.push({ id: '9', actionId: '7', revisionId: '1', decision: 'Approved', by: pmo.person, decidedAt: new Date('2026-11-19T09:00:00Z'), approvedContent: content() });
    const second = createInMemoryBusinessCases(member.person, { readsDrafts: false });
    second.decisions.push(...store.decisions);
    document.body.innerHTML = '';
    renderTab(member, second);
    expect(await screen.findByText('Approved')).toBeInTheDocument();
    expect(screen.getByText('Replace the ledger with a supported system.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('gives staff who do not lead the action no way to edit it', async () => {
    const store = createInMemoryBusinessCases(tom);
    store.revisions.push({ id: '1', actionId: '7', state: 'Draft', content: content(), author: aisha, savedAt: new Date('2026-11-18T09:00:00Z') });
    renderTab({ person: tom, canEdit: true, canManage: false }, store);
    expect(await screen.findByText('Draft')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /business case/ })).not.toBeInTheDocument();
  });
});

describe('the business case tab in the action panel', () => {
  it('reads the case only when the tab is first opened, never with the panel', async () => {
    const store = createInMemoryBusinessCases(aisha);
    const reads = jest.spyOn(store, 'readBusinessCase');
    const services = Object.assign(createInMemoryPlanServices({ plan: samplePlan(), user: staff }), { businessCases: store });
    renderApp({ services, initialRoute: { view: 'overview', actionId: 'a1' } });
    const panel = await screen.findByRole('dialog');
    expect(reads).not.toHaveBeenCalled();
    await userEvent.click(within(panel).getByRole('tab', { name: 'Business case' }));
    expect(await within(panel).findByRole('button', { name: 'Write the business case' })).toBeInTheDocument();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.calls[0][0]).toMatchObject({ id: 'a1', code: 'GV.A1' });
  });
});
