import * as React from 'react';
import { Body1, Input, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { CASE_YEARS, FINANCE_LINE_LABELS, FINANCE_LINES, financeTotals, parsePounds, type CaseYear, type FinanceLine, type FinanceTable as Figures } from '../../../domain';
import { caseStrings } from './caseStrings';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', minWidth: '100%', fontVariantNumeric: 'tabular-nums' },
  caption: { paddingBlockEnd: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: 'end', whiteSpace: 'nowrap' },
  head: { fontWeight: tokens.fontWeightSemibold, textAlign: 'end' },
  // Kept in view while a wide table scrolls sideways on a phone, so every figure keeps its row's name.
  rowHead: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: '10em',
    whiteSpace: 'normal',
    position: 'sticky',
    insetInlineStart: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1
  },
  totalHead: { backgroundColor: tokens.colorNeutralBackground2 },
  totalRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  input: { width: '6.5em', minWidth: '6.5em' },
  inputBad: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` }
});

/** Figures as typed in the form (a row by financial year). */
export type TypedFigures = Readonly<Record<FinanceLine, Readonly<Record<CaseYear, string>>>>;

/** Props of {@link FinanceTable}. */
export interface FinanceTableProps {
  /** Stored figures to show, or typed figures to edit (with {@link FinanceTableProps.onChange}). */
  figures: Figures | TypedFigures;
  /** Present in the form: every cell becomes a box; totals follow what is typed. */
  onChange?(line: FinanceLine, year: CaseYear, typed: string): void;
  /** Cells with a problem (`finance.capital.2026/27`), marked and described by their message. */
  problemIds?: Readonly<Record<string, string>>;
}

const pounds = caseStrings.pounds;

/** Typed figures read as pounds where they can be (a cell that is not a figure counts as nothing until fixed). */
function asFigures(figures: Figures | TypedFigures): Figures {
  const out = {} as Record<FinanceLine, Record<CaseYear, number>>;
  for (const line of FINANCE_LINES) {
    out[line] = {} as Record<CaseYear, number>;
    for (const y of CASE_YEARS) {
      const v = figures[line][y];
      out[line][y] = typeof v === 'number' ? v : (parsePounds(v) ?? 0);
    }
  }
  return out;
}

/**
 * The financial overview: capital and revenue investment, their total, and the benefits expected,
 * by financial year with a total column. Totals are always calculated here from the figures; in
 * the form each figure is a labelled box and the totals follow as the person types.
 */
export function FinanceTable({ figures, onChange, problemIds = {} }: FinanceTableProps): React.ReactElement {
  const styles = useStyles();
  // Named by a line above the table, not a caption: a caption would scroll away with a wide table on a phone.
  const captionId = useId('ipt-case-table');
  const numbers = asFigures(figures);
  const totals = financeTotals(numbers);
  const figureCell = (line: FinanceLine, y: CaseYear): React.ReactElement => {
    const id = `finance.${line}.${y}`;
    if (!onChange) return <td key={y} className={styles.cell}>{pounds(numbers[line][y])}</td>;
    const problem = problemIds[id];
    return (
      <td key={y} className={styles.cell}>
        <Input
          className={mergeClasses(styles.input, problem !== undefined && styles.inputBad)}
          data-field={id}
          inputMode="decimal"
          aria-label={caseStrings.cell(FINANCE_LINE_LABELS[line], y)}
          aria-invalid={problem ? true : undefined}
          {...(problem ? { 'aria-describedby': problem } : {})}
          value={String(figures[line][y])}
          onChange={(_, d) => onChange(line, y, d.value)}
        />
      </td>
    );
  };
  const row = (line: FinanceLine): React.ReactElement => (
    <tr key={line}>
      <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
        {FINANCE_LINE_LABELS[line]}
      </th>
      {CASE_YEARS.map((y) => figureCell(line, y))}
      <td className={styles.cell}>{pounds(totals.byLine[line])}</td>
    </tr>
  );
  return (
    <>
      <Body1 block id={captionId} className={styles.caption}>
        {caseStrings.financeCaption}
      </Body1>
      {/* Focusable so the keyboard can scroll the table sideways on a phone. */}
      <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table} aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.rowHead)}>
              {caseStrings.item}
            </th>
            {CASE_YEARS.map((y) => (
              <th key={y} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {y}
              </th>
            ))}
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {caseStrings.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {row('capital')}
          {row('revenue')}
          <tr className={styles.totalRow}>
            <th scope="row" className={mergeClasses(styles.cell, styles.rowHead, styles.totalHead)}>
              {caseStrings.totalInvestment}
            </th>
            {CASE_YEARS.map((y) => (
              <td key={y} className={styles.cell}>
                {pounds(totals.investmentByYear[y])}
              </td>
            ))}
            <td className={styles.cell}>{pounds(totals.investment)}</td>
          </tr>
          {row('benefits')}
          <tr className={styles.totalRow}>
            <th scope="row" className={mergeClasses(styles.cell, styles.rowHead, styles.totalHead)}>
              {caseStrings.net}
            </th>
            {CASE_YEARS.map((y) => (
              <td key={y} className={styles.cell}>
                {pounds(numbers.benefits[y] - totals.investmentByYear[y])}
              </td>
            ))}
            <td className={styles.cell}>{pounds(totals.net)}</td>
          </tr>
        </tbody>
      </table>
      </div>
    </>
  );
}
