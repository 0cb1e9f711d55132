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

/** One row of an {@link ActionRows} list. */
export interface ActionRow {
  id: string;
  code: string;
  title: string;
  /** What sits under the title: due date and rating, or what changed. */
  details: React.ReactNode;
}

/** Props of {@link ActionRows}. */
export interface ActionRowsProps {
  rows: readonly ActionRow[];
  onOpenAction(id: string): void;
  /** Accessible name of the list, when the heading above it does not name it. */
  label?: string;
}

/** Rows of actions: code beside a title that opens the panel, details under the title; reads well on a phone. */
export function ActionRows({ rows, onOpenAction, label }: ActionRowsProps): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((row) => (
        <li key={row.id} className={styles.item}>
          <span className={styles.code}>{row.code}</span>
          <Link as="button" className={styles.title} data-opens-action={row.id} onClick={() => onOpenAction(row.id)}>
            {row.title}
          </Link>
          <span className={styles.details}>{row.details}</span>
        </li>
      ))}
    </ul>
  );
}

/** A compact list of actions with their due dates and ratings today. */
export function ActionList({ view, actions, onOpenAction }: { view: PlanView; actions: readonly Action[]; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  const rows = actions.map((a) => ({
    id: a.id,
    code: a.code,
    title: a.title,
    details: (
      <>
        <Caption1 className={styles.meta}>{dueText(a)}</Caption1>
        <RatingBadge rating={view.ratings.get(a.id)?.rating} />
      </>
    )
  }));
  return <ActionRows rows={rows} onOpenAction={onOpenAction} />;
}
