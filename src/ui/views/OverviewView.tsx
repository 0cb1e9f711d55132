import * as React from 'react';
import { Body1, Button, Caption1, Card, CardHeader, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { describeCounts, rollUpPlan, type ProgressRating } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { strings } from '../loc/strings';
import type { PlanView } from '../hooks/usePlanData';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingHorizontalL },
  card: { minHeight: '160px' },
  meta: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }
});

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  view: PlanView;
  onOpenTheme(code: string): void;
}

/** Plan overview: each theme with its rolled-up rating and reason, counts by rating and overdue actions. */
export function OverviewView({ view, onOpenTheme }: OverviewViewProps): React.ReactElement {
  const styles = useStyles();
  const { plan } = view.loaded;
  const ratings = new Map<string, ProgressRating>([...view.ratings].map(([id, r]) => [id, r.rating]));
  const rollups = rollUpPlan(plan.themes, plan.workstreams, plan.actions, ratings);
  return (
    <section aria-labelledby="overview-heading">
      <Subtitle2 as="h2" id="overview-heading">
        {strings.nav.overview}
      </Subtitle2>
      <ul className={styles.grid} style={{ listStyle: 'none', padding: 0 }}>
        {rollups.map(({ theme, rollup }) => {
          const overdue = plan.actions.filter((a) => a.themeCode === theme.code && (view.ratings.get(a.id)?.daysOverdue ?? 0) > 0).length;
          return (
            <li key={theme.code}>
              <Card className={styles.card}>
                <CardHeader
                  header={
                    <Text as="h3" weight="semibold" size={400}>
                      {theme.code} {theme.name}
                    </Text>
                  }
                  description={<Caption1 className={styles.meta}>Lead director: {theme.leadDirector.displayName}</Caption1>}
                  action={<RatingBadge rating={rollup.rating} size="large" />}
                />
                <Body1>{rollup.explanation}</Body1>
                <Caption1 className={styles.meta}>
                  {describeCounts(rollup.counts)}
                  {overdue ? ` · ${strings.overdue(overdue)}` : ''}
                </Caption1>
                <Button appearance="primary" onClick={() => onOpenTheme(theme.code)} aria-label={`Open theme ${theme.name}`}>
                  Open theme
                </Button>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
