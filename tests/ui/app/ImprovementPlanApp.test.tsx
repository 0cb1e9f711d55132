/** @jest-environment jsdom */
import '../setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { Field, Input, webLightTheme } from '@fluentui/react-components';
import { AppFrame } from '../../../src/ui';
import userEvent from '@testing-library/user-event';
import { createInMemoryPlanServices } from '../../support/fakes/inMemoryPlanServices';
import { member, pmo, samplePlan, staff } from '../support/fixtures';
import { renderApp } from '../support/render';

describe('ImprovementPlanApp', () => {
  it('shows a labelled spinner while the plan loads, then the overview', async () => {
    renderApp();
    expect(screen.getByRole('progressbar', { name: 'Loading the plan…' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Northmoor Improvement Plan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
  });

  it('explains a failed load and recovers when the person tries again', async () => {
    const services = createInMemoryPlanServices({ plan: samplePlan(), user: staff });
    services.failNext('loadPlan', new Error('SharePoint did not answer.'));
    renderApp({ services });
    expect(await screen.findByText('The plan could not be loaded.')).toBeInTheDocument();
    expect(screen.getByText('SharePoint did not answer.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
  });

  it('navigates between views with tabs and tells the host', async () => {
    const onNavigate = jest.fn();
    renderApp({ onNavigate });
    const nav = await screen.findByRole('navigation', { name: 'Plan views' });
    await userEvent.click(within(nav).getByRole('tab', { name: 'Exceptions' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'exceptions' });
    expect(screen.getByRole('heading', { level: 2, name: /Exceptions/ })).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('tab', { name: 'Risk register' }));
    expect(screen.getByRole('heading', { level: 2, name: /Risk register/ })).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('tab', { name: 'My actions' }));
    expect(screen.getByRole('heading', { level: 2, name: 'My actions: Aisha Bello' })).toBeInTheDocument();
  });

  it('uses a compact menu instead of tabs on a phone', async () => {
    renderApp({ hostKind: 'teamsMobile' });
    const nav = await screen.findByRole('navigation', { name: 'Plan views' });
    expect(within(nav).queryByRole('tab')).not.toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('button', { name: 'Views: Plan overview' }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'Exceptions' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Exceptions/ })).toBeInTheDocument();
  });

  it('opens an action’s panel from a link (deep link route) and closes it', async () => {
    const onNavigate = jest.fn();
    renderApp({ initialRoute: { view: 'overview', actionId: 'a2' }, onNavigate });
    const panel = await screen.findByRole('dialog', { name: /GV.A2 Refresh the scheme of delegation/ });
    expect(within(panel).getAllByText(/54 days overdue/)[0]).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'overview' });
  });

  it('gives focus back to the action that opened the panel when Escape closes it', async () => {
    renderApp({ user: staff, initialRoute: { view: 'my' } });
    const heading = await screen.findByRole('heading', { level: 2, name: 'My actions: Aisha Bello' });
    const opener = within(heading.closest('section') as HTMLElement).getAllByRole('button')[0];
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('puts focus on the current view’s tab when a panel opened by a link closes', async () => {
    renderApp({ initialRoute: { view: 'exceptions', actionId: 'a2' } });
    const panel = await screen.findByRole('dialog', { name: /GV.A2/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Exceptions' })).toHaveFocus());
  });

  it('gives members the whole plan read-only, with no edit controls anywhere', async () => {
    renderApp({ user: member, initialRoute: { view: 'overview', actionId: 'a1' } });
    const panel = await screen.findByRole('dialog', { name: /GV.A1/ });
    expect(screen.getByText(/You can read the whole plan/)).toBeInTheDocument();
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Change control' })).not.toBeInTheDocument();
  });

  it('hides change control from staff even when the address asks for it', async () => {
    renderApp({ user: staff, initialRoute: { view: 'changes' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Plan overview' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Change control' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
  });

  it('shows change control to the programme office', async () => {
    renderApp({ user: pmo });
    await userEvent.click(await screen.findByRole('tab', { name: 'Change control' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Change control' })).toBeInTheDocument();
  });

  it('keeps two instances on one page apart (each AppFrame has its own id prefix)', () => {
    render(
      <>
        <AppFrame theme={webLightTheme} idPrefix="ipt-one-">
          <Field label="First">
            <Input />
          </Field>
        </AppFrame>
        <AppFrame theme={webLightTheme} idPrefix="ipt-two-">
          <Field label="Second">
            <Input />
          </Field>
        </AppFrame>
      </>
    );
    expect(screen.getByRole('textbox', { name: 'First' }).id).toMatch(/^ipt-one-/);
    expect(screen.getByRole('textbox', { name: 'Second' }).id).toMatch(/^ipt-two-/);
  });
});
