import * as React from 'react';
import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Action } from '../../domain';
import { RatingBadge } from './RatingBadge';
import { dueText } from './format';
import type { PlanView } from '../hooks/usePlanData';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Code beside the title, then due date and rating under the title: the same shape for every row.
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(4.5em, max-content) minmax(0, 1fr)',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  code: { fontFamily: tokens.fontFamilyMonospace, minWidth: '5em' },
  title: { flexGrow: 1, minWidth: 0, minHeight: '24px', textAlign: 'start' },
  details: { gridColumn: '2', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 }
});

/** A compact list of actions (code, title as a button that opens the panel, due date, rating) that reads well on a phone. */
export function ActionList({ view, actions, onOpenAction }: { view: PlanView; actions: readonly Action[]; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {actions.map((a) => (
        <li key={a.id} className={styles.item}>
          <span className={styles.code}>{a.code}</span>
          <Link as="button" className={styles.title} onClick={() => onOpenAction(a.id)}>
            {a.title}
          </Link>
          <span className={styles.details}>
            <Caption1 className={styles.meta}>{dueText(a)}</Caption1>
            <RatingBadge rating={view.ratings.get(a.id)?.rating} />
          </span>
        </li>
      ))}
    </ul>
  );
}
