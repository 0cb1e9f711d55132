import type { ChangeRequest } from '../model/change';
import type { Person } from '../model/people';
import type { IsoDate } from '../dates/isoDate';
import { compareReferenceCodes } from '../codes/referenceCode';
import { pendingReprofile } from '../change/changeControl';
import { compareBySeverity, isExceptionRating } from '../rag/ratings';
import type { ActionSnapshot, PlanSnapshot } from './snapshot';

/** One exception: an Amber or Red action with what its lead says about it. */
export interface ExceptionItem {
  /** Action id. */
  readonly actionId: string;
  /** Code. */
  readonly code: string;
  /** Title. */
  readonly title: string;
  /** Theme code. */
  readonly themeCode: string;
  /** Lead. */
  readonly lead?: Person;
  /** Amber or Red. */
  readonly rating: 'Amber' | 'Red';
  /** Why it is rated so. */
  readonly reason: string;
  /** Lead's progress commentary ("No commentary provided" when missing, so the gap shows). */
  readonly commentary: string;
  /** Next steps. */
  readonly nextSteps?: string;
  /** Due date in force. */
  readonly dueDate?: IsoDate;
  /** Baseline due date. */
  readonly baselineDueDate?: IsoDate;
  /** New due date awaiting change control, when one has been requested. */
  readonly requestedDueDate?: IsoDate;
  /** Change reference of that request. */
  readonly requestedChangeReference?: number;
}

/** Text used when an exception has no commentary, so the missing update is visible. */
export const NO_COMMENTARY: string = 'No commentary provided';

function toException(action: ActionSnapshot, requests: readonly ChangeRequest[]): ExceptionItem {
  const pending = pendingReprofile(action.actionId, requests);
  const requested = pending?.changes.find((c) => c.field === 'currentDueDate')?.newValue;
  return {
    actionId: action.actionId,
    code: action.code,
    title: action.title,
    themeCode: action.themeCode,
    ...(action.lead !== undefined ? { lead: action.lead } : {}),
    rating: action.rating as 'Amber' | 'Red',
    reason: action.reason,
    commentary: action.commentary?.trim() || NO_COMMENTARY,
    ...(action.nextSteps !== undefined ? { nextSteps: action.nextSteps } : {}),
    ...(action.dueDate !== undefined ? { dueDate: action.dueDate } : {}),
    ...(action.baselineDueDate !== undefined ? { baselineDueDate: action.baselineDueDate } : {}),
    ...(pending !== undefined && requested !== undefined ? { requestedDueDate: requested, requestedChangeReference: pending.reference } : {})
  };
}

/**
 * The exception report: every Amber or Red action with its commentary, Red first, then in code
 * order. Pass `themeCode` for one theme's exceptions and the change requests to show dates
 * awaiting change control.
 */
export function exceptionReport(snapshot: PlanSnapshot, options: { themeCode?: string; requests?: readonly ChangeRequest[] } = {}): ExceptionItem[] {
  return snapshot.actions
    .filter((a) => isExceptionRating(a.rating) && (options.themeCode === undefined || a.themeCode === options.themeCode))
    .sort((a, b) => compareBySeverity(a.rating, b.rating) || compareReferenceCodes(a.code, b.code))
    .map((a) => toException(a, options.requests ?? []));
}
