import * as React from 'react';
import { makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular, Warning20Filled } from '@fluentui/react-icons';
import { RECOMMENDATION_SOURCE_LABELS, type RecommendationTotals } from '../../../domain';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  gaps: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, marginBlock: tokens.spacingVerticalS },
  gapIcon: { color: tokens.colorStatusWarningForeground3, flexShrink: 0, '@media (forced-colors: active)': { color: 'CanvasText' } },
  icon: { flexShrink: 0 },
  wrap: { overflowX: 'auto', maxWidth: '100%', marginBlockEnd: tokens.spacingVerticalM },
  table: { maxWidth: '44em' },
  number: { textAlign: 'end', width: '7em' },
  heading: { display: 'block', marginBlockStart: tokens.spacingVerticalS },
  lines: { margin: 0, marginBlock: tokens.spacingVerticalS, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS }
});

/** Props of {@link RecommendationSummary}. */
export interface RecommendationSummaryProps {
  summary: RecommendationTotals;
  headingId: string;
  /** Phones get one line per source instead of a table wider than the screen. */
  narrow: boolean;
}

/** The top of the register: how many recommendations nothing answers, and each source's open, complete and unanswered counts. */
export function RecommendationSummary({ summary, headingId, narrow }: RecommendationSummaryProps): React.ReactElement {
  const styles = useStyles();
  const r = strings.recommendations;
  const c = r.summaryCols;
  return (
    <>
      <Text as="p" weight="semibold" className={styles.gaps}>
        {summary.notAnswered ? <Warning20Filled className={styles.gapIcon} aria-hidden /> : <CheckmarkCircle20Regular className={styles.icon} aria-hidden />}
        {summary.notAnswered ? r.gaps(summary.notAnswered, summary.total) : r.noGaps(summary.total)}
      </Text>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {r.summary}
      </Subtitle2>
      {narrow ? (
        <ul className={styles.lines} aria-labelledby={headingId}>
          {summary.bySource.map((s) => (
            <li key={s.source}>
              <Text weight="semibold">{RECOMMENDATION_SOURCE_LABELS[s.source]}</Text>: {r.summaryLine(s.total, s.open, s.complete, s.notAnswered)}
            </li>
          ))}
        </ul>
      ) : (
        <div className={styles.wrap}>
          <Table className={styles.table} aria-labelledby={headingId} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{c.source}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.total}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.open}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.complete}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.notAnswered}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.bySource.map((s) => (
                <TableRow key={s.source}>
                  <TableCell>{RECOMMENDATION_SOURCE_LABELS[s.source]}</TableCell>
                  <TableCell className={styles.number}>{s.total}</TableCell>
                  <TableCell className={styles.number}>{s.open}</TableCell>
                  <TableCell className={styles.number}>{s.complete}</TableCell>
                  <TableCell className={styles.number}>{s.notAnswered}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
