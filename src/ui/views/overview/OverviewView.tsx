import * as React from 'react';
import { Body1, makeStyles, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { StoredSnapshot } from '../../../application/periods';
import { countRatings, rollUpPlan, type ProgressRating } from '../../../domain';
import { ActionList } from '../../components/ActionList';
import { RatingCounts } from '../../components/RatingCounts';
import { EmptyState, LoadingState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { OverdueList } from './OverdueList';
import { changeSinceLastPeriod } from './periodChange';
import { ThemeCard } from './ThemeCard';
import { themeTrendPoints } from './themeTrendPoints';

const useStyles = makeStyles({
  summary: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: tokens.spacingHorizontalXL, marginBlock: tokens.spacingVerticalL },
  grid: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))', gap: tokens.spacingHorizontalL },
  h3: { display: 'block', marginBlock: tokens.spacingVerticalS }
});

/**
 * The closed period "change since" compares with: still being read, or read (undefined when none
 * is closed before the one shown). Without one the overview compares with last month's updates.
 */
export type Comparison = { status: 'loading' } | { status: 'ready'; lastReport?: StoredSnapshot };

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  view: PlanView;
  onOpenTheme(code: string): void;
  onOpenAction(id: string): void;
  /** Snapshots of the latest closed periods, oldest first, for each theme's trend; none means no charts. */
  history?: readonly StoredSnapshot[];
  /** What "change since" compares with; while it loads no change figures are drawn, so none ever jump. */
  comparison?: Comparison;
}

/** Plan overview: counts by rating, change since the last period, overdue actions, and every theme with its rating and reason. */
export function OverviewView({ view, onOpenTheme, onOpenAction, history, comparison }: OverviewViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-overview');
  const { plan } = view.loaded;
  const ratings = React.useMemo(() => new Map<string, ProgressRating>([...view.ratings].map(([id, r]) => [id, r.rating])), [view]);
  const rollups = React.useMemo(() => rollUpPlan(plan.themes, plan.workstreams, plan.actions, ratings, plan.rollupMethod), [plan, ratings]);
  const counts = countRatings([...ratings.values()]);
  const overdue = plan.actions
    .filter((a) => (view.ratings.get(a.id)?.daysOverdue ?? 0) > 0)
    .sort((a, b) => (view.ratings.get(b.id)?.daysOverdue ?? 0) - (view.ratings.get(a.id)?.daysOverdue ?? 0));
  // The last closed period is what members were last given (as at a period, the one before it);
  // without one, last month's updates. Nothing is compared until it is known which.
  const comparing = comparison?.status !== 'loading';
  const lastReport = comparison?.status === 'ready' ? comparison.lastReport : undefined;
  const change = comparing ? changeSinceLastPeriod(view, undefined, lastReport) : undefined;
  const trends = React.useMemo(() => themeTrendPoints(view, history), [view, history]);
  return (
    <section aria-labelledby={`${ids}-overview-heading`}>
      <Subtitle1 as="h2" block id={`${ids}-overview-heading`}>
        {strings.nav.overview}
      </Subtitle1>
      {!plan.themes.length ? <EmptyState>{strings.states.noThemes}</EmptyState> : null}
      <div className={styles.summary}>
        <section aria-labelledby={`${ids}-overview-counts`}>
          <Subtitle2 as="h3" block id={`${ids}-overview-counts`} className={styles.h3}>
            {strings.overview.counts}
          </Subtitle2>
          <RatingCounts counts={counts} label={strings.overview.counts} />
          <Body1 as="p">{strings.overview.totalActions(plan.actions.length)}</Body1>
        </section>
        <section aria-labelledby={`${ids}-overview-change`}>
          <Subtitle2 as="h3" block id={`${ids}-overview-change`} className={styles.h3}>
            {change ? strings.overview.changeHeading(change.label) : strings.overview.changeLoadingHeading}
          </Subtitle2>
          {!change ? (
            <LoadingState label={strings.overview.changeLoading} />
          ) : change.compared ? (
            <>
              <Body1 as="p">
                {strings.overview.worse(change.worse.length)}, {strings.overview.better(change.better.length)}
                {change.otherChanges ? `, ${strings.overview.otherChanges(change.otherChanges)}` : ''}, {strings.overview.unchanged(change.unchanged)}.
              </Body1>
              {change.worse.length ? <ActionList view={view} actions={change.worse.slice(0, 10)} onOpenAction={onOpenAction} /> : null}
            </>
          ) : (
            <EmptyState>{strings.overview.noHistory}</EmptyState>
          )}
        </section>
        <section aria-labelledby={`${ids}-overview-overdue`}>
          <Subtitle2 as="h3" block id={`${ids}-overview-overdue`} className={styles.h3}>
            {strings.overview.overdueHeading} ({overdue.length})
          </Subtitle2>
          {overdue.length ? <OverdueList view={view} actions={overdue} onOpenAction={onOpenAction} /> : <EmptyState>{strings.overview.noOverdue}</EmptyState>}
        </section>
      </div>
      <section aria-labelledby={`${ids}-overview-themes`}>
        <Subtitle2 as="h3" block id={`${ids}-overview-themes`} className={styles.h3}>
          {plan.terminology.theme}s
        </Subtitle2>
        <ul className={styles.grid}>
          {rollups.map((r) => (
            <li key={r.theme.code}>
              <ThemeCard view={view} rollup={r} onOpenTheme={onOpenTheme} trend={trends?.get(r.theme.code)} comparing={comparing} lastReport={lastReport} />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
