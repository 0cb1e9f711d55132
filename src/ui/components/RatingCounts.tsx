import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { PROGRESS_RATINGS, type RatingCounts as Counts } from '../../domain';
import { RatingBadge } from './RatingBadge';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 }
});

/** Counts by rating, most severe first, each as a number next to its labelled badge (zeros left out). */
export function RatingCounts({ counts, label }: { counts: Counts; label: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {PROGRESS_RATINGS.filter((r) => counts[r] > 0).map((r) => (
        <li key={r} className={styles.item}>
          <span className={styles.count}>{counts[r]}</span>
          <RatingBadge rating={r} />
        </li>
      ))}
    </ul>
  );
}
