import * as React from 'react';
import type { PlanView } from '../hooks/usePlanData';
import type { Comparison } from '../views/overview/OverviewView';
import { planViewAsAt } from '../views/reports/asAtView';
import { useAsAt, type AsAtState } from '../views/reports/useAsAt';
import type { Reporting } from '../views/reports/useReporting';

/** The plan as the views show it: today's, or as at the period in the address. */
export interface PlanAsAt {
  /** Reading the period shown, when the address names one. */
  asAtState: AsAtState;
  /** What every view draws: as at a closed period, the period's snapshot and nothing editable. */
  view: PlanView | undefined;
  /** What "change since" compares with. */
  comparison: Comparison | undefined;
}

/**
 * Today's plan, or the plan as at the closed period `periodId`. "Change since" compares with the
 * last closed period today and with the period before the one shown as at a period; figures wait
 * for it rather than drawing one comparison and then another.
 */
export function usePlanAsAt(live: PlanView | undefined, periodId: string | undefined, reporting: Reporting): PlanAsAt {
  const asAtState = useAsAt(periodId, reporting);
  const stored = asAtState.status === 'ready' ? asAtState.stored : undefined;
  const view = React.useMemo(() => (live && stored ? planViewAsAt(live, stored) : live), [live, stored]);
  const comparison: Comparison | undefined =
    asAtState.status === 'ready'
      ? { status: 'ready', lastReport: asAtState.before }
      : reporting.data.status === 'loading'
        ? { status: 'loading' }
        : reporting.data.status === 'ready'
          ? { status: 'ready', lastReport: reporting.data.recent[reporting.data.recent.length - 1] }
          : undefined;
  return { asAtState, view, comparison };
}
