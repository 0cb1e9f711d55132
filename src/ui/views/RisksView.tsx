import * as React from 'react';
import { makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { assessRisk, DEFAULT_RISK_GRID, scoreRisk } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { strings } from '../loc/strings';
import type { PlanView } from '../hooks/usePlanData';

const useStyles = makeStyles({
  heat: { borderCollapse: 'collapse', marginBottom: tokens.spacingVerticalL },
  cell: { width: '72px', height: '48px', textAlign: 'center', border: `1px solid ${tokens.colorNeutralStroke1}` },
  red: { backgroundColor: tokens.colorPaletteRedBackground2 },
  amber: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  green: { backgroundColor: tokens.colorPaletteGreenBackground2 }
});

/** Risk register: a residual heat map (counts per cell, with the rating in words) and the table. */
export function RisksView({ view }: { view: PlanView }): React.ReactElement {
  const styles = useStyles();
  const risks = view.loaded.plan.risks.filter((r) => r.status === 'Open');
  const size = DEFAULT_RISK_GRID.likelihoodLabels.length;
  const cells = Array.from({ length: size }, (_, row) => size - row);
  return (
    <section aria-labelledby="risks-heading">
      <Subtitle2 as="h2" id="risks-heading">
        {strings.nav.risks} ({risks.length})
      </Subtitle2>
      <table className={styles.heat} aria-label={strings.risks.heatMap}>
        <caption>{strings.risks.heatMap}: rows are likelihood (4 high), columns impact (4 high)</caption>
        <tbody>
          {cells.map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">{likelihood}</th>
              {Array.from({ length: size }, (_, i) => i + 1).map((impact) => {
                const n = risks.filter((r) => r.residual.likelihood === likelihood && r.residual.impact === impact).length;
                const rating = scoreRisk({ likelihood, impact }).rating;
                return (
                  <td key={impact} className={`${styles.cell} ${rating === 'Red' ? styles.red : rating === 'Amber' ? styles.amber : styles.green}`}>
                    {n ? `${n} (${rating})` : ''}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <td />
            {Array.from({ length: size }, (_, i) => (
              <th key={i} scope="col">
                {i + 1}
              </th>
            ))}
          </tr>
        </tbody>
      </table>
      <Table aria-label="Risks">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Ref</TableHeaderCell>
            <TableHeaderCell>Risk</TableHeaderCell>
            <TableHeaderCell>Owner</TableHeaderCell>
            <TableHeaderCell>Residual</TableHeaderCell>
            <TableHeaderCell>Trend</TableHeaderCell>
            <TableHeaderCell>Mitigation</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {risks.map((r) => {
            const a = assessRisk(r);
            return (
              <TableRow key={r.id}>
                <TableCell>{r.reference}</TableCell>
                <TableCell>{r.title}</TableCell>
                <TableCell>{r.owner.displayName}</TableCell>
                <TableCell>
                  <RatingBadge rating={a.residual.rating} /> {a.residual.value}
                </TableCell>
                <TableCell>{a.trendText}</TableCell>
                <TableCell>{r.mitigations.map((m) => m.description).join('; ')}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
