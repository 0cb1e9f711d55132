import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0 },
  /** Term and value side by side, stacked on a phone. */
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' }
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  stackedTerm: { marginBlockStart: tokens.spacingVerticalS },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }
});

/** Props of {@link FactList}. */
export interface FactListProps {
  /** Term and value pairs, in reading order; terms must be unique. */
  rows: ReadonlyArray<readonly [string, React.ReactNode]>;
  /** `grid` puts each term beside its value (stacked on a phone); `stacked` puts it above. */
  layout?: 'grid' | 'stacked';
}

/** Facts as a description list, so a screen reader announces each term with its value. */
export function FactList({ rows, layout = 'grid' }: FactListProps): React.ReactElement {
  const styles = useStyles();
  return (
    <dl className={mergeClasses(styles.list, layout === 'grid' && styles.grid)}>
      {rows.map(([term, value]) => (
        <React.Fragment key={term}>
          <dt className={mergeClasses(styles.term, layout === 'stacked' && styles.stackedTerm)}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
