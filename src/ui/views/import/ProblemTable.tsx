import * as React from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportProblem } from '../../../application/import';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: 'start', color: tokens.colorNeutralForeground2, paddingBlockEnd: tokens.spacingVerticalXS },
  th: {
    textAlign: 'start',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold
  },
  td: {
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // On a phone every pixel goes to the problem's words.
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}` }
  },
  row: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  column: { minWidth: '4.5em', maxWidth: '9em', overflowWrap: 'anywhere' },
  message: { overflowWrap: 'anywhere' },
  badge: { marginInlineEnd: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' }
});

/**
 * Every problem of the dry run as a table a person works down with the file open beside it:
 * the row number as Excel shows it, the column letter and heading, and the problem in words.
 * Severity is written out (not only coloured) so it reads in high contrast and to screen readers.
 */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }): React.ReactElement {
  const styles = useStyles();
  const c = strings.imports.cols;
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{strings.imports.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {c.row}
            </th>
            <th scope="col" className={styles.th}>
              {c.column}
            </th>
            <th scope="col" className={styles.th}>
              {c.problem}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.row}-${p.columnLetter ?? p.column}-${i}`}>
              <td className={`${styles.td} ${styles.row}`}>{p.row}</td>
              <td className={`${styles.td} ${styles.column}`}>{p.columnLetter !== undefined ? `${p.columnLetter}: ${p.column}` : p.column}</td>
              <td className={`${styles.td} ${styles.message}`}>
                <Badge className={styles.badge} appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'} shape="rounded">
                  {p.severity === 'error' ? strings.imports.error : strings.imports.warning}
                </Badge>
                {p.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
