import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PROGRESS_RATINGS, RATING_LABELS, RECOMMENDATION_SOURCE_LABELS, type ProgressRating, type RecommendationSource, type RecommendationState } from '../../../domain';
import { FilterDropdown } from '../../components/FilterDropdown';
import { strings } from '../../loc/strings';
import { anyFilter, type RecommendationFilters } from './filterRecommendations';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  field: { flex: '0 1 16em', minWidth: 'min(100%, 10em)' },
  button: { minHeight: '32px' }
});

const STATES: readonly RecommendationState[] = ['open', 'complete', 'notAnswered'];

/** Props of {@link RecommendationFilterBar}. */
export interface RecommendationFilterBarProps {
  filters: RecommendationFilters;
  /** Only the sources the register holds are offered. */
  sources: readonly RecommendationSource[];
  onChange(filters: RecommendationFilters): void;
}

/** Filters by source, by status (open, complete, not answered) and by the rolled-up rating. */
export function RecommendationFilterBar({ filters, sources, onChange }: RecommendationFilterBarProps): React.ReactElement {
  const styles = useStyles();
  const r = strings.recommendations;
  const set = <K extends keyof RecommendationFilters>(key: K, value: RecommendationFilters[K] | undefined): void => {
    const next = { ...filters };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <div className={styles.bar} role="search" aria-label={r.filters}>
      <FilterDropdown
        className={styles.field}
        label={r.source}
        value={filters.source}
        choices={sources.map((s) => ({ value: s, label: RECOMMENDATION_SOURCE_LABELS[s] }))}
        onChange={(v) => set('source', v as RecommendationSource | undefined)}
      />
      <FilterDropdown
        className={styles.field}
        label={r.status}
        value={filters.state}
        choices={STATES.map((s) => ({ value: s, label: r.statusChoices[s] }))}
        onChange={(v) => set('state', v as RecommendationState | undefined)}
      />
      <FilterDropdown
        className={styles.field}
        label={r.rating}
        value={filters.rating}
        choices={PROGRESS_RATINGS.map((p) => ({ value: p, label: RATING_LABELS[p] }))}
        onChange={(v) => set('rating', v as ProgressRating | undefined)}
      />
      {anyFilter(filters) ? (
        <Button className={styles.button} onClick={() => onChange({})}>
          {r.clear}
        </Button>
      ) : null}
    </div>
  );
}
