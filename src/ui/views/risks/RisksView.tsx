import * as React from 'react';
import { Subtitle1, useId } from '@fluentui/react-components';
import { assessRisk } from '../../../domain';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskTable } from './RiskTable';

/** Risk register: the residual heat map and the table of open risks, highest residual score first. */
export function RisksView({ view, onOpenAction }: { view: PlanView; onOpenAction(id: string): void }): React.ReactElement {
  const ids = useId('ipt-risks');
  const risks = view.loaded.plan.risks
    .filter((r) => r.status === 'Open')
    .sort((a, b) => assessRisk(b).residual.value - assessRisk(a).residual.value || a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
  return (
    <section aria-labelledby={`${ids}-risks-heading`}>
      <Subtitle1 as="h2" id={`${ids}-risks-heading`}>
        {strings.nav.risks} ({risks.length})
      </Subtitle1>
      {risks.length ? (
        <>
          <RiskHeatMap risks={risks} />
          <RiskTable view={view} risks={risks} onOpenAction={onOpenAction} />
        </>
      ) : (
        <EmptyState>{strings.risks.none}</EmptyState>
      )}
    </section>
  );
}
