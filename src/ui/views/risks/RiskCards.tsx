import * as React from 'react';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { assessRisk, type Risk } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { linkedActions } from './riskLinks';
import { MitigationList } from './MitigationList';

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
  actionLink: { minHeight: '24px', minWidth: '24px' }
});

/** Props of {@link RiskCards}. */
export interface RiskCardsProps {
  view: PlanView;
  /** Open risks in the order shown. */
  risks: readonly Risk[];
  onOpenAction(id: string): void;
}

/** The risk register on a phone: each risk a card, its scores, trend, mitigations and linked actions each labelled. */
export function RiskCards({ view, risks, onOpenAction }: RiskCardsProps): React.ReactElement {
  const styles = useStyles();
  const c = strings.risks.cols;
  return (
    <ul className={styles.list} aria-label={strings.risks.table}>
      {risks.map((r) => {
        const a = assessRisk(r);
        const linked = linkedActions(view, r);
        const score = (label: string, s: { rating: typeof a.residual.rating; value: number }): React.ReactElement => (
          <>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>
              <RatingBadge rating={s.rating} /> {s.value}
            </dd>
          </>
        );
        return (
          <li key={r.id} className={styles.card}>
            <Text as="h3" block weight="semibold" className={styles.title}>
              {r.reference} {r.title}
            </Text>
            <dl className={styles.facts}>
              <dt className={styles.term}>{c.owner}</dt>
              <dd className={styles.value}>{r.owner.displayName}</dd>
              {score(c.inherent, a.inherent)}
              {score(c.residual, a.residual)}
              {score(c.target, a.target)}
              <dt className={styles.term}>{c.trend}</dt>
              <dd className={styles.value}>{a.trendText}</dd>
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
          </li>
        );
      })}
    </ul>
  );
}
