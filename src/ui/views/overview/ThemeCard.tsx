import * as React from 'react';
import { Button, Caption1, Card, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { StoredSnapshot, TrendPoint } from '../../../application/periods';
import { countRatings, type ThemeRollup } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { RatingCounts } from '../../components/RatingCounts';
import { ThemeRatingFacts } from '../../components/ThemeRatingFacts';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { changeSinceLastPeriod } from './periodChange';
import { ThemeTrendChart } from './ThemeTrendChart';

const useStyles = makeStyles({
  card: { height: '100%', gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  open: { alignSelf: 'flex-start', minHeight: '32px' }
});

/** One theme on the overview: rating and reason, counts by rating, overdue actions, change since last period and, once periods are closed, its trend. */
export function ThemeCard({
  view,
  rollup,
  onOpenTheme,
  trend,
  comparing = true,
  lastReport
}: {
  view: PlanView;
  rollup: ThemeRollup;
  onOpenTheme(code: string): void;
  trend?: readonly TrendPoint[];
  /** False while the period to compare with is still being read: no change figures until then. */
  comparing?: boolean;
  /** The last closed period, compared with today; without one, last month's updates. */
  lastReport?: StoredSnapshot;
}): React.ReactElement {
  const styles = useStyles();
  const { theme } = rollup;
  const actions = view.loaded.plan.actions.filter((a) => a.themeCode === theme.code);
  const counts = countRatings(actions.map((a) => view.ratings.get(a.id)?.rating ?? 'NotStarted'));
  const overdue = actions.filter((a) => (view.ratings.get(a.id)?.daysOverdue ?? 0) > 0).length;
  const change = comparing ? changeSinceLastPeriod(view, actions, lastReport) : undefined;
  const titleId = useId('ipt-theme-card');
  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Subtitle2 as="h4" block id={titleId} className={styles.title}>
          {theme.code} {theme.name}
        </Subtitle2>
        <RatingBadge rating={theme.reportedRating?.rating ?? rollup.rollup.rating} size="large" />
      </div>
      <ThemeRatingFacts theme={theme} rollup={rollup.rollup} />
      <Caption1 className={styles.meta}>{strings.overview.leadDirector(theme.leadDirector.displayName)}</Caption1>
      <RatingCounts counts={counts} label={`${strings.overview.counts}, ${theme.code}`} />
      <Caption1>
        {strings.overview.totalActions(actions.length)} · {strings.overview.overdue(overdue)}
        {change?.compared ? ` · ${strings.overview.worse(change.worse.length)}, ${strings.overview.better(change.better.length)}` : ''}
      </Caption1>
      {trend?.length ? <ThemeTrendChart themeCode={theme.code} themeName={theme.name} points={trend} /> : null}
      <Button className={styles.open} appearance="primary" onClick={() => onOpenTheme(theme.code)}>
        {strings.overview.openTheme(theme.code, theme.name)}
      </Button>
    </Card>
  );
}
