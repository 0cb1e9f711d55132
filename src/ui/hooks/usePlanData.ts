import * as React from 'react';
import type { CurrentUser, LoadedPlan, PlanServices, VersionTag } from '../../application/ports/planRepository';
import { rateActionAt, explainRating, type Action, type ProgressRating } from '../../domain';

/** The plan as the views need it: actions with their rating today and the reason for it. */
export interface PlanView {
  loaded: LoadedPlan;
  user: CurrentUser;
  /** Rating in force today per action id, with the words explaining it. */
  ratings: ReadonlyMap<string, { rating: ProgressRating; reason: string; daysOverdue: number }>;
  actionsById: ReadonlyMap<string, Action>;
}

/** Loading state of the plan. */
export type PlanState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: PlanView };

function buildView(loaded: LoadedPlan, user: CurrentUser, now: Date): PlanView {
  const ratings = new Map<string, { rating: ProgressRating; reason: string; daysOverdue: number }>();
  for (const action of loaded.plan.actions) {
    const assessment = rateActionAt(action, now);
    ratings.set(action.id, { rating: assessment.rating, reason: explainRating(assessment), daysOverdue: assessment.daysOverdue });
  }
  return { loaded, user, ratings, actionsById: new Map(loaded.plan.actions.map((a) => [a.id, a])) };
}

/**
 * Loads the plan and the signed-in person's permissions, and keeps them current after saves
 * without reloading everything.
 */
export function usePlanData(services: PlanServices, now: () => Date): {
  state: PlanState;
  reload: () => void;
  replaceAction: (action: Action, version: VersionTag) => void;
} {
  const [state, setState] = React.useState<PlanState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    Promise.all([services.loadPlan(), services.currentUser()]).then(
      ([loaded, user]) => {
        if (!cancelled) setState({ status: 'ready', view: buildView(loaded, user, now()) });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    );
    return () => {
      cancelled = true;
    };
  }, [services, attempt]);
  const replaceAction = React.useCallback(
    (action: Action, version: VersionTag) => {
      setState((current) => {
        if (current.status !== 'ready') return current;
        const { loaded, user } = current.view;
        const plan = { ...loaded.plan, actions: loaded.plan.actions.map((a) => (a.id === action.id ? action : a)) };
        return { status: 'ready', view: buildView({ ...loaded, plan, actionVersions: { ...loaded.actionVersions, [action.id]: version } }, user, now()) };
      });
    },
    [now]
  );
  return { state, reload: () => setAttempt((n) => n + 1), replaceAction };
}
