import * as React from 'react';
import { Button, Link, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { DEFAULT_RISK_GRID } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import type { PlanView } from '../../hooks/usePlanData';
import { linkedActions } from './riskLinks';
import { MitigationList } from './MitigationList';
import type { RiskRow, RiskSort, RiskSortKey } from './riskRegister';
import { riskStrings } from './riskStrings';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  // Columns sized by their content (Fluent's fixed layout would give the mitigations a sliver), widest text wrapping.
  table: { minWidth: '1100px', tableLayout: 'auto' },
  mitigations: { minWidth: '240px' },
  risk: { minWidth: '140px' },
  nowrap: { whiteSpace: 'nowrap' },
  // Names and sentences wrap between words, never inside one.
  words: { overflowWrap: 'normal', minWidth: '110px' },
  trend: { overflowWrap: 'normal', minWidth: '150px' },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // WCAG 2.2 target size (2.5.8): each action link is at least 24 px high, with a gap between them.
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  actionLink: { minHeight: '24px', minWidth: '24px' },
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS }
});

/** Props of {@link RiskTable}. */
export interface RiskTableProps {
  view: PlanView;
  /** Rows in the order shown. */
  rows: readonly RiskRow[];
  /** The sort in force; its column carries aria-sort. */
  sort: RiskSort;
  /** Asks for a sort by a column (the view decides the direction). */
  onSort(key: RiskSortKey): void;
  onOpenAction(id: string): void;
  /** Opens a risk's history. */
  onOpenHistory(row: RiskRow): void;
  /** Opens the review form; absent when the reader may not record reviews. */
  onReview?: (row: RiskRow) => void;
}

/** A level on the grid in words and number, e.g. "3 Likely". */
export function levelText(level: number, labels: readonly string[]): string {
  return riskStrings.level(level, labels[level - 1] ?? '');
}

/**
 * The risk register as a table: each risk's current likelihood, impact, score and trend, sortable
 * by reference, score, trend, owner and theme (the sorted column says so with aria-sort).
 */
export function RiskTable({ view, rows, sort, onSort, onOpenAction, onOpenHistory, onReview }: RiskTableProps): React.ReactElement {
  const styles = useStyles();
  const c = riskStrings.cols;
  const grid = DEFAULT_RISK_GRID;
  const sortable = (key: RiskSortKey, label: string): React.ReactElement => (
    <TableHeaderCell sortDirection={sort.key === key ? sort.direction : undefined} onClick={() => onSort(key)}>
      {label}
    </TableHeaderCell>
  );
  const plain = (label: string): React.ReactElement => <TableHeaderCell sortable={false}>{label}</TableHeaderCell>;
  return (
    <div className={styles.wrap}>
      <Table sortable className={styles.table} aria-label={riskStrings.table}>
        <TableHeader>
          <TableRow>
            {sortable('reference', c.ref)}
            {plain(c.risk)}
            {sortable('owner', c.owner)}
            {sortable('theme', c.theme)}
            {plain(c.likelihood)}
            {plain(c.impact)}
            {sortable('score', c.score)}
            {sortable('trend', c.trend)}
            {plain(c.mitigations)}
            {plain(c.actions)}
            {plain(c.more)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const r = row.risk;
            const linked = linkedActions(view, r);
            return (
              <TableRow key={r.id}>
                <TableCell className={mergeClasses(styles.cell, styles.nowrap)}>{r.reference}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.risk)}>{r.title}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.words)}>{r.owner.displayName}</TableCell>
                <TableCell className={styles.cell}>{r.themeCode ?? ''}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.nowrap)}>{levelText(r.residual.likelihood, grid.likelihoodLabels)}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.nowrap)}>{levelText(r.residual.impact, grid.impactLabels)}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.nowrap)}>
                  <RatingBadge rating={row.scored.rating} /> {row.scored.value}
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.trend)}>{row.trend.text}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.mitigations)}>
                  <MitigationList mitigations={r.mitigations} className={styles.list} />
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.links}>
                    {linked.map((action) => (
                      <Link key={action.id} className={styles.actionLink} as="button" onClick={() => onOpenAction(action.id)}>
                        {action.code}
                      </Link>
                    ))}
                  </div>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.buttons}>
                    <Button size="small" onClick={() => onOpenHistory(row)}>
                      {riskStrings.history(r.reference)}
                    </Button>
                    {onReview ? (
                      <Button size="small" appearance="primary" onClick={() => onReview(row)}>
                        {riskStrings.review(r.reference)}
                      </Button>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
