import * as React from 'react';
import type { CurrentUser, LoadedPlan, PlanServices, VersionTag } from '../../application/ports/planRepository';
import type { StoredSnapshot } from '../../application/periods';
import { explainRating, londonDate, rateAction, type Action, type ChangeRequest, type IsoDate, type ProgressRating } from '../../domain';
import { errorMessage } from '../components/States';
import { useLatestPromise } from './useLatestPromise';

/** An action's rating today, the words explaining it and how late it is. */
export interface ActionRating {
  rating: ProgressRating;
  reason: string;
  daysOverdue: number;
  /**
   * What the published rules calculate, when the lead's assessment (an override) differs from it:
   * both are shown, so a judgement never silently replaces the rules.
   */
  calculated?: { rating: ProgressRating; reason: string };
}

/** The plan as the views need it: every action with its rating today. */
export interface PlanView {
  loaded: LoadedPlan;
  user: CurrentUser;
  /** Europe/London day the ratings were worked out for. */
  today: IsoDate;
  /** Rating in force today per action id. */
  ratings: ReadonlyMap<string, ActionRating>;
  actionsById: ReadonlyMap<string, Action>;
  /** Set when the app shows the plan as at a closed period instead of today (nothing is editable then). */
  asAt?: StoredSnapshot;
}

/**
 * Whether SharePoint will accept the signed-in person's update of this action: read with the plan
 * from the action's progress item. Never in a view as at a closed period.
 */
export function canUpdateAction(view: PlanView, actionId: string): boolean {
  if (view.asAt) return false;
  const updatable = view.loaded.updatableActionIds;
  return updatable ? updatable.has(actionId) : view.user.canEdit;
}

/** Loading state of the plan. */
export type PlanState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: PlanView };

/** Rates every action on the London day of `now` (the domain's rules; nothing is re-implemented here). */
export function buildPlanView(loaded: LoadedPlan, user: CurrentUser, now: Date): PlanView {
  const ratings = new Map<string, ActionRating>();
  // The London day once, not per action: time-zone conversion was most of the cost of rating.
  const today = londonDate(now);
  for (const action of loaded.plan.actions) {
    const assessment = rateAction(action, today);
    const differs = assessment.override !== undefined && assessment.calculatedRating !== assessment.rating;
    ratings.set(action.id, {
      rating: assessment.rating,
      reason: explainRating(assessment),
      daysOverdue: assessment.daysOverdue,
      ...(differs ? { calculated: { rating: assessment.calculatedRating, reason: assessment.reasons.map((r) => r.text).join('; ') } } : {})
    });
  }
  return { loaded, user, today, ratings, actionsById: new Map(loaded.plan.actions.map((a) => [a.id, a])) };
}

/** What a save hands back to the app so it can show the result without reloading everything. */
export interface SavedAction {
  action: Action;
  version: VersionTag;
  changeRequest?: ChangeRequest;
  /** When this person's update was saved (absent when the app only shows someone else's version). */
  updatedAt?: Date;
}

/**
 * Loads the plan and the signed-in person's effective permissions, and keeps them current after
 * saves without a reload.
 */
export function usePlanData(
  services: PlanServices,
  now: () => Date
): { state: PlanState; reload: () => void; refresh: () => void; applySaved: (saved: SavedAction) => void } {
  const [state, setState] = React.useState<PlanState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const nowRef = React.useRef(now);
  nowRef.current = now;
  useLatestPromise(
    () => {
      setState({ status: 'loading' });
      return Promise.all([services.loadPlan(), services.currentUser()]);
    },
    (outcome) => setState(outcome.ok ? { status: 'ready', view: buildPlanView(outcome.value[0], outcome.value[1], nowRef.current()) } : { status: 'error', message: errorMessage(outcome.error) }),
    [services, attempt]
  );
  const applySaved = React.useCallback((saved: SavedAction) => {
    setState((current) => {
      if (current.status !== 'ready') return current;
      const { loaded, user } = current.view;
      const plan = {
        ...loaded.plan,
        actions: loaded.plan.actions.map((a) => (a.id === saved.action.id ? saved.action : a)),
        changeRequests: saved.changeRequest ? [...loaded.plan.changeRequests, saved.changeRequest] : loaded.plan.changeRequests
      };
      const id = saved.action.id;
      const storedRatings = saved.updatedAt
        ? { ...loaded.storedRatings, [id]: { ...loaded.storedRatings[id], rating: saved.action.rating, lastUpdated: saved.updatedAt } }
        : loaded.storedRatings;
      const next = { ...loaded, plan, storedRatings, actionVersions: { ...loaded.actionVersions, [id]: saved.version } };
      return { status: 'ready', view: buildPlanView(next, user, nowRef.current()) };
    });
  }, []);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  /** Reloads in the background, keeping the plan on screen (after a change control decision). */
  const refresh = React.useCallback(() => {
    Promise.all([services.loadPlan(), services.currentUser()]).then(
      ([loaded, user]) => setState({ status: 'ready', view: buildPlanView(loaded, user, nowRef.current()) }),
      () => undefined
    );
  }, [services]);
  return { state, reload, refresh, applySaved };
}
