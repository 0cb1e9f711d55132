import * as React from 'react';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { Rollup, Theme } from '../../domain';
import { strings } from '../loc/strings';
import { RatingBadge } from './RatingBadge';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' }
});

/**
 * A theme's rating as readers should see it: the programme office's reported rating and reason
 * when it has given one, with the calculated roll-up (method and counts) always beside it, so a
 * judgement never silently replaces the figures. Without a reported rating, the calculated one alone.
 */
export function ThemeRatingFacts({ theme, rollup }: { theme: Theme; rollup: Rollup }): React.ReactElement {
  const styles = useStyles();
  const reported = theme.reportedRating;
  if (!reported) return <Body1 as="p" block>{rollup.explanation}</Body1>;
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{strings.themeRating.reported}</dt>
      <dd className={styles.value}>
        <RatingBadge rating={reported.rating} /> {reported.reason ?? strings.themeRating.noReason}
      </dd>
      <dt className={styles.term}>{strings.themeRating.calculated}</dt>
      <dd className={styles.value}>
        <RatingBadge rating={rollup.rating} /> {rollup.explanation}
      </dd>
    </dl>
  );
}
