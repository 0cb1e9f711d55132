import * as React from 'react';
import { Badge, Body1, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { describeCounts, formatUkDate, type RecommendationProgress } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';
import { AnsweringActions } from './AnsweringActions';
import { RecommendationStateLine } from './RecommendationStateLine';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    scrollMarginBlockStart: tokens.spacingVerticalXXL,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` }
  },
  // The recommendation a link brought the reader to stands out by its border as well as its colour.
  target: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  narrow: { padding: tokens.spacingHorizontalS },
  // On a phone each fact's name sits above its value, so long document names get the full width.
  stacked: { gridTemplateColumns: 'minmax(0, 1fr)' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  text: { whiteSpace: 'pre-wrap', margin: 0 },
  rollup: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 }
});

/** Props of {@link RecommendationItem}. */
export interface RecommendationItemProps {
  line: RecommendationProgress;
  /** Phones get stacked rows of actions instead of a table. */
  narrow: boolean;
  /** The recommendation a link asked for: marked and focusable so it can be brought into view. */
  target: boolean;
  /** Heading id prefix, unique in the page. */
  idPrefix: string;
  onOpenAction(id: string): void;
}

/**
 * One recommendation or Direction: reference, whether statutory, source document, date issued and
 * its wording; the rolled-up rating of its answering actions, what is still open, and the actions.
 */
export const RecommendationItem = React.forwardRef<HTMLLIElement, RecommendationItemProps>(function RecommendationItem({ line, narrow, target, idPrefix, onOpenAction }, ref) {
  const styles = useStyles();
  const r = strings.recommendations;
  const rec = line.recommendation;
  const headingId = `${idPrefix}-rec-${rec.id}`;
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.item, narrow && styles.narrow, target && styles.target)}
      aria-labelledby={headingId}
      data-recommendation={rec.id}
      {...(target ? { tabIndex: -1, 'aria-current': 'location' as const } : {})}
    >
      <h4 className={styles.head} id={headingId}>
        <Text weight="semibold" size={400}>
          {rec.title ? `${rec.reference} ${rec.title}` : rec.reference}
        </Text>
        {rec.statutory ? (
          <Badge appearance="outline" color="important" shape="rounded">
            {r.statutory}
          </Badge>
        ) : null}
      </h4>
      {rec.sourceDocument || rec.issuedOn ? (
        <dl className={mergeClasses(styles.facts, narrow && styles.stacked)}>
          {rec.sourceDocument ? (
            <>
              <dt className={styles.term}>{r.sourceDocument}</dt>
              <dd className={styles.value}>{rec.sourceDocument}</dd>
            </>
          ) : null}
          {rec.issuedOn ? (
            <>
              <dt className={styles.term}>{r.issued}</dt>
              <dd className={styles.value}>{formatUkDate(rec.issuedOn)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <Body1 as="p" className={styles.text}>
        {rec.text}
      </Body1>
      {line.answered ? (
        <div className={styles.rollup}>
          <Text>{r.rollup}:</Text>
          <RatingBadge rating={line.rollup.rating} />
          {/* The method's thresholds are in the Reports view; here its name and the counts behind the rating. */}
          <Caption1 className={styles.meta}>{r.rollupLine(line.rollup.methodName, line.rollup.total, describeCounts(line.rollup.counts))}</Caption1>
        </div>
      ) : null}
      <RecommendationStateLine line={line} />
      {line.answered ? <AnsweringActions actions={line.actions} reference={rec.reference} narrow={narrow} onOpenAction={onOpenAction} /> : null}
    </li>
  );
});
