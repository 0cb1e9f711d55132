import * as React from 'react';
import type { RiskReviewStore } from '../../../application/risks';
import type { RiskReview } from '../../../domain';
import { errorMessage } from '../../components/States';

/** The register's reviews as read: loading, failed (in words) or ready. */
export type RiskReviewsState = { status: 'off' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; reviews: readonly RiskReview[] };

/**
 * Reads every risk review when the register opens (never with the plan, whose first load stays at
 * three requests), and keeps a review just recorded without reading them all again.
 */
export function useRiskReviews(store: RiskReviewStore | undefined): { state: RiskReviewsState; reload: () => void; added: (review: RiskReview) => void } {
  const [state, setState] = React.useState<RiskReviewsState>(store ? { status: 'loading' } : { status: 'off' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (!store) return undefined;
    let cancelled = false;
    setState({ status: 'loading' });
    store
      .listRiskReviews()
      .then((reviews) => !cancelled && setState({ status: 'ready', reviews }))
      .catch((error: unknown) => !cancelled && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      cancelled = true;
    };
  }, [store, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  const added = React.useCallback((review: RiskReview) => setState((s) => (s.status === 'ready' ? { status: 'ready', reviews: [...s.reviews, review] } : s)), []);
  return { state, reload, added };
}
