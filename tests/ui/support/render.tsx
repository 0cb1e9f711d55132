import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import type { CurrentUser } from '../../../src/application/ports/planRepository';
import { createInMemoryPlanServices, type InMemoryPlanServices } from '../../support/fakes/inMemoryPlanServices';
import type { Plan } from '../../../src/domain';
import { AppFrame, ImprovementPlanApp, type ImprovementPlanAppProps } from '../../../src/ui';
import { NOW, samplePlan, staff } from './fixtures';

/** Options of {@link renderApp}: the app's props plus the fake's seed. */
export type RenderAppOptions = Partial<ImprovementPlanAppProps> & { plan?: Plan; user?: CurrentUser };

/** Renders the whole app, as a host does (AppFrame: theme and id prefix), against in-memory ports and a fixed clock. */
export function renderApp(options: RenderAppOptions = {}): RenderResult & { services: InMemoryPlanServices } {
  const { plan, user, ...props } = options;
  const services = (props.services as InMemoryPlanServices | undefined) ?? createInMemoryPlanServices({ plan: plan ?? samplePlan(), user: user ?? staff });
  const result = render(
    <AppFrame theme={webLightTheme} idPrefix="ipt-test-">
      <ImprovementPlanApp hostKind="sharePoint" now={() => NOW} actionLink={(id) => `https://northmoor.sharepoint.com/sites/ip?view=action&action=${id}`} {...props} services={services} />
    </AppFrame>
  );
  return { ...result, services };
}
