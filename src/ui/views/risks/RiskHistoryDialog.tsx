import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens
} from '@fluentui/react-components';
import { DEFAULT_RISK_GRID, parsePeriodId, scoreRisk } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import type { RiskRow } from './riskRegister';
import { levelText } from './RiskTable';
import { RiskTrendChart } from './RiskTrendChart';
import { riskStrings } from './riskStrings';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(880px, calc(100vw - 16px))' },
  // The table may scroll sideways inside the dialog on a phone; the scroller takes focus so the keyboard can scroll it.
  wrap: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: { minWidth: '640px', tableLayout: 'auto' },
  note: { minWidth: '220px' },
  // A month's name never breaks inside the word.
  words: { overflowWrap: 'normal', minWidth: '96px' },
  nowrap: { whiteSpace: 'nowrap' },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  facts: { marginBlockEnd: tokens.spacingVerticalS }
});

/** The label of a period id, e.g. "October 2026"; the id itself when it is not one. */
export function periodLabel(periodId: string): string {
  const parsed = parsePeriodId(periodId);
  return parsed.ok ? parsed.value.label : periodId;
}

/** Props of {@link RiskHistoryDialog}. */
export interface RiskHistoryDialogProps {
  /** The risk shown; the dialog is closed when absent. */
  row?: RiskRow;
  /** Ids of closed periods, marked in the table. */
  closedPeriodIds: ReadonlySet<string>;
  onClose(): void;
}

/** A risk's history by period as a table: period, likelihood, impact, score, rating, note and reviewer. */
export function RiskHistoryDialog({ row, closedPeriodIds, onClose }: RiskHistoryDialogProps): React.ReactElement {
  const styles = useStyles();
  const grid = DEFAULT_RISK_GRID;
  const h = riskStrings.historyCols;
  const risk = row?.risk;
  const named = (s: { rating: string; value: number }): string => `${s.rating} ${s.value}`;
  return (
    <Dialog open={row !== undefined} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{risk ? riskStrings.historyTitle(risk.reference, risk.title) : ''}</DialogTitle>
          <DialogContent>
            {risk ? (
              <Body1 as="p" block className={styles.facts}>
                {riskStrings.historyTargets(named(scoreRisk(risk.inherent, grid)), named(scoreRisk(risk.target, grid)))}
              </Body1>
            ) : null}
            {row ? <RiskTrendChart history={row.history} /> : null}
            {row && row.history.length ? (
              <div className={styles.wrap} role="region" aria-label={riskStrings.historyTable(row.risk.reference)} tabIndex={0}>
                <Table className={styles.table} aria-label={riskStrings.historyTable(row.risk.reference)} size="small">
                  <TableHeader>
                    <TableRow>
                      {[h.period, h.likelihood, h.impact, h.score, h.rating, h.note, h.reviewedBy].map((label) => (
                        <TableHeaderCell key={label}>{label}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {[...row.history].reverse().map((entry) => (
                      <TableRow key={entry.periodId}>
                        <TableCell className={mergeClasses(styles.cell, styles.words)}>
                          {periodLabel(entry.periodId)}
                          {closedPeriodIds.has(entry.periodId) ? riskStrings.closedMark : ''}
                        </TableCell>
                        <TableCell className={mergeClasses(styles.cell, styles.nowrap)}>{levelText(entry.review.score.likelihood, grid.likelihoodLabels)}</TableCell>
                        <TableCell className={mergeClasses(styles.cell, styles.nowrap)}>{levelText(entry.review.score.impact, grid.impactLabels)}</TableCell>
                        <TableCell className={styles.cell}>{entry.scored.value}</TableCell>
                        <TableCell className={styles.cell}>
                          <RatingBadge rating={entry.scored.rating} />
                        </TableCell>
                        <TableCell className={mergeClasses(styles.cell, styles.note)}>{entry.review.note ?? ''}</TableCell>
                        <TableCell className={mergeClasses(styles.cell, styles.words)}>{entry.review.reviewedBy?.displayName ?? ''}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            ) : (
              <Body1 as="p" block>
                {riskStrings.historyNone}
              </Body1>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {riskStrings.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
