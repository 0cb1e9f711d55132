/** Re-rating the plan on the sweep's day and finding the slips dates passing have caused. */
import {
  detectSlippage,
  explainRating,
  isExceptionRating,
  rateAction,
  RATING_SEVERITY,
  type Action,
  type IsoDate,
  type ProgressRating,
  type RagPolicy,
  type RatingAssessment,
  type SlippageEvent
} from '../../domain';
import type { LoadedPlan } from '../ports/planRepository';

/** An action re-rated on the sweep's day. */
export interface RatedAction {
  action: Action;
  assessment: RatingAssessment;
  /** Rating stored with the action (what the app last recorded). */
  stored?: ProgressRating;
  /** Version the action was loaded at. */
  version: string;
  /** When its lead last updated it. */
  lastUpdated?: Date;
}

/** Rates every action of the loaded plan on `today`. */
export function rateAll(loaded: LoadedPlan, today: IsoDate, policy?: RagPolicy): RatedAction[] {
  return loaded.plan.actions.map((action) => ({
    action,
    assessment: rateAction(action, today, policy),
    stored: loaded.storedRatings[action.id]?.rating,
    version: loaded.actionVersions[action.id] ?? '*',
    lastUpdated: loaded.storedRatings[action.id]?.lastUpdated
  }));
}

/** The slip, if any, of one rated action against its stored rating. */
export function slipOf(rated: RatedAction, today: IsoDate): SlippageEvent | undefined {
  const { action, assessment } = rated;
  return detectSlippage(
    {
      actionId: action.id,
      actionCode: action.code,
      actionTitle: action.title,
      themeCode: action.themeCode,
      ...(rated.stored ? { fromRating: rated.stored } : {}),
      toRating: assessment.rating,
      ...(assessment.dueDate ? { dueDate: assessment.dueDate } : {}),
      ...(action.baselineDueDate ? { baselineDueDate: action.baselineDueDate } : {}),
      daysOverdue: assessment.daysOverdue,
      reason: explainRating(assessment)
    },
    today
  );
}

/**
 * Does a slip still hold for an action re-read after a conflicting save? It holds while the
 * action is still Amber or Red, at least as bad as the slip said, against the same due date.
 * (A save that made the same transition does not cancel it: whichever writer claimed the key
 * first sends the one card.)
 */
export function slipStillHolds(event: SlippageEvent, now: RatingAssessment): boolean {
  return isExceptionRating(now.rating) && RATING_SEVERITY[now.rating] >= RATING_SEVERITY[event.toRating] && now.dueDate === event.dueDate;
}
