import type { ProgressRating, RecommendationProgress, RecommendationSource, RecommendationState } from '../../../domain';

/** What the register is narrowed to; an absent filter lets everything through. */
export interface RecommendationFilters {
  source?: RecommendationSource;
  state?: RecommendationState;
  /** The rolled-up rating of the answering actions. */
  rating?: ProgressRating;
}

/** The lines that pass every filter set, in the order given. */
export function filterRecommendations(lines: readonly RecommendationProgress[], filters: RecommendationFilters): readonly RecommendationProgress[] {
  return lines.filter(
    (l) =>
      (filters.source === undefined || l.recommendation.source === filters.source) &&
      (filters.state === undefined || l.state === filters.state) &&
      // A recommendation nothing answers has no rating to match, whatever its empty roll-up says.
      (filters.rating === undefined || (l.answered && l.rollup.rating === filters.rating))
  );
}

/** Whether any filter is set (for "Clear filters" and the count's wording). */
export const anyFilter = (filters: RecommendationFilters): boolean => Object.values(filters).some((v) => v !== undefined);
