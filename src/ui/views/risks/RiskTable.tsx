import * as React from 'react';
import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { assessRisk, type Risk } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { linkedActions } from './riskLinks';
import { MitigationList } from './MitigationList';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '720px' },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // WCAG 2.2 target size (2.5.8): each action link is at least 24 px high, with a gap between them.
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  actionLink: { minHeight: '24px', minWidth: '24px' }
});

/** The risk register as a table: scores in words and colour, trend, mitigations and the plan actions linked to each risk. */
export function RiskTable({ view, risks, onOpenAction }: { view: PlanView; risks: readonly Risk[]; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  const c = strings.risks.cols;
  return (
    <div className={styles.wrap}>
      <Table className={styles.table} aria-label={strings.risks.table}>
        <TableHeader>
          <TableRow>
            {[c.ref, c.risk, c.owner, c.inherent, c.residual, c.target, c.trend, c.mitigations, c.actions].map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {risks.map((r) => {
            const a = assessRisk(r);
            const linked = linkedActions(view, r);
            return (
              <TableRow key={r.id}>
                <TableCell className={styles.cell}>{r.reference}</TableCell>
                <TableCell className={styles.cell}>{r.title}</TableCell>
                <TableCell className={styles.cell}>{r.owner.displayName}</TableCell>
                <TableCell className={styles.cell}>
                  <RatingBadge rating={a.inherent.rating} /> {a.inherent.value}
                </TableCell>
                <TableCell className={styles.cell}>
                  <RatingBadge rating={a.residual.rating} /> {a.residual.value}
                </TableCell>
                <TableCell className={styles.cell}>
                  <RatingBadge rating={a.target.rating} /> {a.target.value}
                </TableCell>
                <TableCell className={styles.cell}>{a.trendText}</TableCell>
                <TableCell className={styles.cell}>
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
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
