import * as React from 'react';
import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { formatUkDate, type IsoDate } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';
import { MilestoneList } from './MilestoneList';
import { TimelineGroups } from './TimelineGroups';
import type { ThemeGroup } from './timelineRows';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  table: { minWidth: '72rem', tableLayout: 'auto' },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS, overflowWrap: 'break-word' },
  date: { whiteSpace: 'nowrap', verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS },
  moved: { fontWeight: tokens.fontWeightSemibold }
});

/** A date in British form, or the words for none. */
export const dateText = (day: IsoDate | undefined): string => (day ? formatUkDate(day) : strings.timeline.noDate);

/** Props of {@link TimelineTable}. */
export interface TimelineTableProps {
  groups: readonly ThemeGroup[];
  onOpenAction(id: string): void;
}

/**
 * The timeline as text: one table per workstream under its theme heading, each action with its
 * lead, rating, baseline and current dates, the move of its due date in words and its milestones
 * with their status. It scrolls sideways inside a named region when the columns do not fit.
 */
export function TimelineTable({ groups, onOpenAction }: TimelineTableProps): React.ReactElement {
  const styles = useStyles();
  const c = strings.timeline.columns;
  return (
    <div className={styles.scroll} role="region" aria-label={strings.timeline.tableRegion} tabIndex={0}>
      <TimelineGroups
        groups={groups}
        renderWorkstream={(ws, group) => (
          <Table className={styles.table} size="small" aria-label={strings.timeline.tableLabel(group)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{c.code}</TableHeaderCell>
                <TableHeaderCell>{c.title}</TableHeaderCell>
                <TableHeaderCell>{c.lead}</TableHeaderCell>
                <TableHeaderCell>{c.rating}</TableHeaderCell>
                <TableHeaderCell>{c.baselineStart}</TableHeaderCell>
                <TableHeaderCell>{c.baselineEnd}</TableHeaderCell>
                <TableHeaderCell>{c.currentStart}</TableHeaderCell>
                <TableHeaderCell>{c.currentEnd}</TableHeaderCell>
                <TableHeaderCell>{c.move}</TableHeaderCell>
                <TableHeaderCell>{c.milestones}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ws.rows.map((row) => (
                <TableRow key={row.action.id}>
                  <TableCell className={styles.date}>
                    <Link as="button" data-opens-action={row.action.id} onClick={() => onOpenAction(row.action.id)} aria-label={strings.timeline.open(row.action.code, row.action.title)}>
                      {row.action.code}
                    </Link>
                  </TableCell>
                  <TableCell className={styles.cell}>{row.action.title}</TableCell>
                  <TableCell className={styles.cell}>{row.lead}</TableCell>
                  <TableCell className={styles.cell}>
                    <RatingBadge rating={row.rating} />
                  </TableCell>
                  <TableCell className={styles.date}>{dateText(row.start)}</TableCell>
                  <TableCell className={styles.date}>{dateText(row.baselineEnd)}</TableCell>
                  <TableCell className={styles.date}>{dateText(row.start)}</TableCell>
                  <TableCell className={styles.date}>{dateText(row.currentEnd)}</TableCell>
                  <TableCell className={styles.cell}>
                    <span className={row.move && row.move.days !== 0 ? styles.moved : undefined}>{row.move?.words ?? strings.timeline.noDate}</span>
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <MilestoneList milestones={row.milestones} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      />
    </div>
  );
}
