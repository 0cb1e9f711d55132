import * as React from 'react';
import { Caption1, Link, makeStyles, Subtitle1, Subtitle2, Text, tokens, useId } from '@fluentui/react-components';
import { describeCounts, rollUpPlan, sortByCode, type ProgressRating } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { ThemeRatingFacts } from '../../components/ThemeRatingFacts';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { ActionCards } from './ActionCards';
import { ActionGrid } from './ActionGrid';
import { filterActions, NO_FILTERS, type ActionFilters } from './filterActions';
import { ThemeFilters } from './ThemeFilters';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  h3: { display: 'block', marginBlockStart: tokens.spacingVerticalL, marginBlockEnd: tokens.spacingVerticalS },
  workstreams: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))', gap: tokens.spacingHorizontalM },
  ws: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  wsHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 }
});

/** Props of {@link ThemeView}. */
export interface ThemeViewProps {
  view: PlanView;
  themeCode: string;
  narrow: boolean;
  onOpenAction(id: string): void;
  onBack(): void;
  /** Opens the timeline of this theme; without it no link is shown. */
  onOpenTimeline?(themeCode: string): void;
}

/** One theme: its rating and reason, its workstreams with their roll-ups, and all its actions in a filterable grid. */
export function ThemeView({ view, themeCode, narrow, onOpenAction, onBack, onOpenTimeline }: ThemeViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-theme');
  const { plan } = view.loaded;
  const [filters, setFilters] = React.useState<ActionFilters>(NO_FILTERS);
  const ratings = React.useMemo(() => new Map<string, ProgressRating>([...view.ratings].map(([id, r]) => [id, r.rating])), [view]);
  const rollup = React.useMemo(() => rollUpPlan(plan.themes, plan.workstreams, plan.actions, ratings, plan.rollupMethod).find((t) => t.theme.code === themeCode), [plan, ratings, themeCode]);
  const inTheme = React.useMemo(() => sortByCode(plan.actions.filter((a) => a.themeCode === themeCode)), [plan, themeCode]);
  const shown = React.useMemo(() => filterActions(inTheme, filters, view.ratings, view.today), [inTheme, filters, view]);
  const leads = React.useMemo(() => [...new Set(inTheme.map((a) => a.lead?.displayName).filter((n): n is string => Boolean(n)))].sort((a, b) => a.localeCompare(b, 'en-GB')), [inTheme]);
  if (!rollup) {
    return (
      <section aria-labelledby={`${ids}-theme-heading`}>
        <Subtitle1 as="h2" block id={`${ids}-theme-heading`}>
          {themeCode}
        </Subtitle1>
        <EmptyState>{strings.theme.notFound(themeCode)}</EmptyState>
        <Link as="button" onClick={onBack}>
          {strings.nav.backToOverview}
        </Link>
      </section>
    );
  }
  const { theme } = rollup;
  const wsWord = plan.terminology.workstream;
  return (
    <section aria-labelledby={`${ids}-theme-heading`}>
      <div className={styles.head}>
        <Subtitle1 as="h2" block id={`${ids}-theme-heading`}>
          {theme.code} {theme.name}
        </Subtitle1>
        <RatingBadge rating={theme.reportedRating?.rating ?? rollup.rollup.rating} size="large" />
      </div>
      <ThemeRatingFacts theme={theme} rollup={rollup.rollup} />
      <Caption1 block className={styles.meta}>{strings.overview.leadDirector(theme.leadDirector.displayName)}</Caption1>
      {onOpenTimeline ? (
        <Link as="button" onClick={() => onOpenTimeline(theme.code)}>
          {strings.timeline.openForTheme}
        </Link>
      ) : null}
      <Subtitle2 as="h3" block className={styles.h3}>
        {strings.theme.workstreams(wsWord)}
      </Subtitle2>
      <ul className={styles.workstreams}>
        {rollup.workstreams.map((w) => (
          <li key={w.workstream.code} className={styles.ws}>
            <span className={styles.wsHead}>
              <Text weight="semibold">
                {w.workstream.code} {w.workstream.name}
              </Text>
              <RatingBadge rating={w.rollup.rating} />
            </span>
            <Caption1 className={styles.meta}>{`${w.rollup.methodName}: ${describeCounts(w.rollup.counts)}`}</Caption1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3" block className={styles.h3}>
        {strings.theme.actions}
      </Subtitle2>
      {inTheme.length ? (
        <>
          <ThemeFilters filters={filters} onChange={setFilters} leads={leads} workstreams={rollup.workstreams.map((w) => w.workstream)} workstreamWord={wsWord} />
          <Caption1 as="p" role="status" aria-live="polite">
            {strings.theme.showing(shown.length, inTheme.length)}
          </Caption1>
          {shown.length && narrow ? (
            <ActionCards actions={shown} ratings={view.ratings} onOpenAction={onOpenAction} label={strings.grid.label(theme.code, theme.name)} />
          ) : shown.length ? (
            <ActionGrid actions={shown} ratings={view.ratings} onOpenAction={onOpenAction} label={strings.grid.label(theme.code, theme.name)} />
          ) : (
            <EmptyState>{strings.theme.noMatch}</EmptyState>
          )}
        </>
      ) : (
        <EmptyState>{strings.theme.noActions}</EmptyState>
      )}
    </section>
  );
}
