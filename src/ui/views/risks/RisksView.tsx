import * as React from 'react';
import { Subtitle1, useId } from '@fluentui/react-components';
import { assessRisk } from '../../../domain';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskCards } from './RiskCards';
import { RiskTable } from './RiskTable';

/** Props of {@link RisksView}. */
export interface RisksViewProps {
  view: PlanView;
  /** Phones and narrow columns show each risk as a card instead of the table. */
  narrow: boolean;
  onOpenAction(id: string): void;
}

/**
 * Risk register: the residual heat map and the table of open risks, highest residual score first.
 * The register keeps only its current scores (and those at the last report), never a period's.
 */
export function RisksView({ view, narrow, onOpenAction }: RisksViewProps): React.ReactElement {
  const ids = useId('ipt-risks');
  const risks = view.loaded.plan.risks
    .filter((r) => r.status === 'Open')
    .sort((a, b) => assessRisk(b).residual.value - assessRisk(a).residual.value || a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
  return (
    <section aria-labelledby={`${ids}-risks-heading`}>
      <Subtitle1 as="h2" block id={`${ids}-risks-heading`}>
        {strings.nav.risks} ({risks.length})
      </Subtitle1>
      {/* The register keeps no history, so as at a closed period it says plainly that it shows today's scores. */}
      {view.asAt ? <EmptyState>{strings.risks.todayOnly(view.asAt.period.label)}</EmptyState> : null}
      {risks.length ? (
        <>
          <RiskHeatMap risks={risks} />
          {narrow ? <RiskCards view={view} risks={risks} onOpenAction={onOpenAction} /> : <RiskTable view={view} risks={risks} onOpenAction={onOpenAction} />}
        </>
      ) : (
        <EmptyState>{strings.risks.none}</EmptyState>
      )}
    </section>
  );
}
