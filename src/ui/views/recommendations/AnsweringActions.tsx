import * as React from 'react';
import { Caption1, Link, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { formatUkDate, ratingLabel, type ActionSnapshot } from '../../../domain';
import { ActionRows } from '../../components/ActionList';
import { RatingBadge } from '../../components/RatingBadge';
import { personText, statusText } from '../../components/format';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '640px' },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  code: { whiteSpace: 'nowrap', width: '7em' },
  narrowCol: { width: '9em' },
  // WCAG 2.2 target size (2.5.8): the link that opens the action is at least 24 px high.
  open: { minHeight: '24px', textAlign: 'start' },
  meta: { color: tokens.colorNeutralForeground2 }
});

/** Props of {@link AnsweringActions}. */
export interface AnsweringActionsProps {
  /** The answering actions as rated today or as at the period shown, in code order. */
  actions: readonly ActionSnapshot[];
  /** The recommendation's reference, to name the table or list. */
  reference: string;
  /** Phones get stacked rows instead of the table. */
  narrow: boolean;
  /** Opens the action panel. */
  onOpenAction(id: string): void;
}

const dueOf = (a: ActionSnapshot): string => (a.dueDate ? formatUkDate(a.dueDate) : strings.noDate);

/** The actions answering one recommendation: code, title (opening the action), lead, rating, status and due date. */
export function AnsweringActions({ actions, reference, narrow, onOpenAction }: AnsweringActionsProps): React.ReactElement {
  const styles = useStyles();
  const c = strings.recommendations.cols;
  const label = strings.recommendations.actions(reference);
  if (narrow) {
    const rows = actions.map((a) => {
      const status = statusText(a.status);
      return {
        id: a.actionId,
        code: a.code,
        title: a.title,
        details: (
          <>
            <Caption1 className={styles.meta}>{`${c.lead}: ${personText(a.lead)}`}</Caption1>
            <Caption1 className={styles.meta}>{`${c.due}: ${dueOf(a)}`}</Caption1>
            {/* A status the rating already says (Not started, Complete) is not said twice. */}
            {ratingLabel(a.rating) === status ? null : <Caption1 className={styles.meta}>{status}</Caption1>}
            <RatingBadge rating={a.rating} />
          </>
        )
      };
    });
    return <ActionRows rows={rows} onOpenAction={onOpenAction} label={label} />;
  }
  return (
    <div className={styles.wrap}>
      <Table className={styles.table} aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.code}>{c.code}</TableHeaderCell>
            <TableHeaderCell>{c.title}</TableHeaderCell>
            <TableHeaderCell className={styles.narrowCol}>{c.lead}</TableHeaderCell>
            <TableHeaderCell className={styles.narrowCol}>{c.rating}</TableHeaderCell>
            <TableHeaderCell className={styles.narrowCol}>{c.status}</TableHeaderCell>
            <TableHeaderCell className={styles.narrowCol}>{c.due}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {actions.map((a) => (
            <TableRow key={a.actionId}>
              <TableCell className={mergeClasses(styles.cell, styles.code)}>{a.code}</TableCell>
              <TableCell className={styles.cell}>
                <Link as="button" className={styles.open} data-opens-action={a.actionId} onClick={() => onOpenAction(a.actionId)}>
                  {a.title}
                </Link>
              </TableCell>
              <TableCell className={styles.cell}>{personText(a.lead)}</TableCell>
              <TableCell className={styles.cell}>
                <RatingBadge rating={a.rating} />
              </TableCell>
              <TableCell className={styles.cell}>{statusText(a.status)}</TableCell>
              <TableCell className={styles.cell}>{dueOf(a)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
