import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DEFAULT_RISK_GRID, scoreRisk, type Risk, type RiskGrid } from '../../../domain';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  // A two-dimensional grid may scroll sideways on a phone (WCAG 1.4.10 allows it); the scroller takes focus so the keyboard can scroll it.
  wrap: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: 'collapse', marginBlock: tokens.spacingVerticalM },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalS },
  th: { padding: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, textAlign: 'center' },
  cell: {
    minWidth: '56px',
    height: '48px',
    padding: tokens.spacingHorizontalXS,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`
  },
  filled: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase300 },
  Red: { backgroundColor: tokens.colorPaletteRedBackground2 },
  Amber: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  Green: { backgroundColor: tokens.colorPaletteGreenBackground2 }
});

/** Open risks counted on the likelihood x impact grid; every cell says its rating in words as well as in colour. */
export function RiskHeatMap({ risks, grid = DEFAULT_RISK_GRID }: { risks: readonly Risk[]; grid?: RiskGrid }): React.ReactElement {
  const styles = useStyles();
  const likelihoods = grid.likelihoodLabels.map((label, i) => ({ level: i + 1, label })).reverse();
  const impacts = grid.impactLabels.map((label, i) => ({ level: i + 1, label }));
  return (
    <div className={styles.wrap} role="region" aria-label={strings.risks.heatMap} tabIndex={0}>
      <table className={styles.table} aria-label={strings.risks.heatMap}>
        <caption className={styles.caption}>{strings.risks.heatCaption}</caption>
        <thead>
          <tr>
            <td />
            {impacts.map((i) => (
              <th key={i.level} scope="col" className={styles.th}>
                {strings.risks.impact} {i.level}: {i.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {likelihoods.map((l) => (
            <tr key={l.level}>
              <th scope="row" className={styles.th}>
                {strings.risks.likelihood} {l.level}: {l.label}
              </th>
              {impacts.map((i) => {
                const n = risks.filter((r) => r.residual.likelihood === l.level && r.residual.impact === i.level).length;
                const scored = scoreRisk({ likelihood: l.level, impact: i.level }, grid);
                return (
                  <td key={i.level} className={mergeClasses(styles.cell, styles[scored.rating], n > 0 && styles.filled)}>
                    {strings.risks.cell(n, scored.rating, scored.value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
