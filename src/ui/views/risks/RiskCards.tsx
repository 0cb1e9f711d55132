import * as React from 'react';
import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DEFAULT_RISK_GRID } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import type { PlanView } from '../../hooks/usePlanData';
import { linkedActions } from './riskLinks';
import { MitigationList } from './MitigationList';
import type { RiskRow } from './riskRegister';
import { levelText } from './RiskTable';
import { riskStrings } from './riskStrings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, marginBlock: tokens.spacingVerticalM, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere'
  },
  title: { display: 'block', margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  list2: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // WCAG 2.2 target size (2.5.8): each action link is at least 24 px high, with a gap between them.
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  actionLink: { minHeight: '24px', minWidth: '24px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalXS }
});

/** Props of {@link RiskCards}. */
export interface RiskCardsProps {
  view: PlanView;
  /** Rows in the order shown. */
  rows: readonly RiskRow[];
  onOpenAction(id: string): void;
  onOpenHistory(row: RiskRow): void;
  /** Opens the review form; absent when the reader may not record reviews. */
  onReview?: (row: RiskRow) => void;
}

/** The risk register on a phone: each risk a card with its current scores, trend, mitigations and linked actions, each labelled. */
export function RiskCards({ view, rows, onOpenAction, onOpenHistory, onReview }: RiskCardsProps): React.ReactElement {
  const styles = useStyles();
  const c = riskStrings.cols;
  const grid = DEFAULT_RISK_GRID;
  return (
    <ul className={styles.list} aria-label={riskStrings.table}>
      {rows.map((row) => {
        const r = row.risk;
        const linked = linkedActions(view, r);
        return (
          <li key={r.id} className={styles.card}>
            <Text as="h3" block weight="semibold" className={styles.title}>
              {r.reference} {r.title}
            </Text>
            <dl className={styles.facts}>
              <dt className={styles.term}>{c.owner}</dt>
              <dd className={styles.value}>{r.owner.displayName}</dd>
              {r.themeCode ? (
                <>
                  <dt className={styles.term}>{c.theme}</dt>
                  <dd className={styles.value}>{r.themeCode}</dd>
                </>
              ) : null}
              <dt className={styles.term}>{c.likelihood}</dt>
              <dd className={styles.value}>{levelText(r.residual.likelihood, grid.likelihoodLabels)}</dd>
              <dt className={styles.term}>{c.impact}</dt>
              <dd className={styles.value}>{levelText(r.residual.impact, grid.impactLabels)}</dd>
              <dt className={styles.term}>{c.score}</dt>
              <dd className={styles.value}>
                <RatingBadge rating={row.scored.rating} /> {row.scored.value}
              </dd>
              <dt className={styles.term}>{c.trend}</dt>
              <dd className={styles.value}>{row.trend.text}</dd>
              {r.mitigations.length ? (
                <>
                  <dt className={styles.term}>{c.mitigations}</dt>
                  <dd className={styles.value}>
                    <MitigationList mitigations={r.mitigations} className={styles.list2} />
                  </dd>
                </>
              ) : null}
              {linked.length ? (
                <>
                  <dt className={styles.term}>{c.actions}</dt>
                  <dd className={styles.value}>
                    <span className={styles.links}>
                      {linked.map((action) => (
                        <Link key={action.id} className={styles.actionLink} as="button" onClick={() => onOpenAction(action.id)}>
                          {action.code}
                        </Link>
                      ))}
                    </span>
                  </dd>
                </>
              ) : null}
            </dl>
            <div className={styles.buttons}>
              <Button onClick={() => onOpenHistory(row)}>{riskStrings.history(r.reference)}</Button>
              {onReview ? (
                <Button appearance="primary" onClick={() => onReview(row)}>
                  {riskStrings.review(r.reference)}
                </Button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
