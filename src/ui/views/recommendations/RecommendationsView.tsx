import * as React from 'react';
import { Body1, makeStyles, Subtitle1, Subtitle2, Text, tokens, useId } from '@fluentui/react-components';
import { groupBySource, RECOMMENDATION_SOURCE_LABELS, summariseRecommendations } from '../../../domain';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { filterRecommendations, type RecommendationFilters } from './filterRecommendations';
import { recommendationRegister } from './recommendationRegister';
import { RecommendationFilterBar } from './RecommendationFilterBar';
import { RecommendationItem } from './RecommendationItem';
import { RecommendationSummary } from './RecommendationSummary';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { marginBlockEnd: tokens.spacingVerticalL },
  groupHeading: { display: 'block', marginBlock: tokens.spacingVerticalS },
  count: { display: 'block', marginBlock: tokens.spacingVerticalS },
  warning: { color: tokens.colorNeutralForeground2 }
});

/** Props of {@link RecommendationsView}. */
export interface RecommendationsViewProps {
  view: PlanView;
  /** Phones and narrow columns show each recommendation's actions as stacked rows. */
  narrow: boolean;
  /** A recommendation to bring into view, from a link in the action panel or a shared address. */
  recommendationId?: string;
  onOpenAction(id: string): void;
}

/**
 * The register of external recommendations and Directions: a summary by source with the count of
 * recommendations nothing answers, filters, then each source's recommendations under its heading
 * with the actions answering them and their rolled-up rating, today or as at a closed period.
 */
export function RecommendationsView({ view, narrow, recommendationId, onOpenAction }: RecommendationsViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-recs');
  const r = strings.recommendations;
  const report = React.useMemo(() => recommendationRegister(view), [view]);
  const [filters, setFilters] = React.useState<RecommendationFilters>({});
  const targetRef = React.useRef<HTMLLIElement>(null);
  // A link to one recommendation clears the filters, so the recommendation asked for is never
  // hidden, then brings it into view and moves focus to it once it is drawn.
  const pendingFocus = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    pendingFocus.current = recommendationId;
    if (recommendationId) setFilters({});
  }, [recommendationId]);
  React.useEffect(() => {
    const target = targetRef.current;
    if (!pendingFocus.current || !target) return;
    pendingFocus.current = undefined;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  });
  const all = report.recommendations;
  const summary = summariseRecommendations(all);
  const shown = filterRecommendations(all, filters);
  const groups = groupBySource(shown);
  return (
    <section aria-labelledby={`${ids}-heading`}>
      <Subtitle1 as="h2" id={`${ids}-heading`} block>
        {r.heading} ({all.length})
      </Subtitle1>
      <Body1 as="p" block>
        {r.intro}
      </Body1>
      {all.length === 0 ? (
        <EmptyState>{r.none}</EmptyState>
      ) : (
        <>
          <RecommendationSummary summary={summary} headingId={`${ids}-summary`} narrow={narrow} />
          {report.unknownRecommendationIds.length ? <Text className={styles.warning}>{r.unknown(report.unknownRecommendationIds.length)}</Text> : null}
          <RecommendationFilterBar filters={filters} sources={summary.bySource.map((s) => s.source)} onChange={setFilters} />
          <Text className={styles.count} role="status">
            {r.showing(shown.length, all.length)}
          </Text>
          {shown.length === 0 ? <EmptyState>{r.noneMatch}</EmptyState> : null}
          {groups.map((g) => (
            <section key={g.source} className={styles.group} aria-labelledby={`${ids}-${g.source}`}>
              <Subtitle2 as="h3" id={`${ids}-${g.source}`} className={styles.groupHeading}>
                {RECOMMENDATION_SOURCE_LABELS[g.source]} ({g.lines.length})
              </Subtitle2>
              <ul className={styles.list}>
                {g.lines.map((line) => {
                  const target = line.recommendation.id === recommendationId;
                  return (
                    <RecommendationItem
                      key={line.recommendation.id}
                      ref={target ? targetRef : undefined}
                      line={line}
                      narrow={narrow}
                      target={target}
                      idPrefix={ids}
                      onOpenAction={onOpenAction}
                    />
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
