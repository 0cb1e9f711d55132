import type { ActionUpdateInput } from '../../../application/updates';
import type { Action } from '../../../domain';

/** The form's fields in the order they appear, so focus goes to the first problem on the page. */
export const FIELD_ORDER: ReadonlyArray<keyof ActionUpdateInput> = [
  'status',
  'progressPercent',
  'forecastDate',
  'overrideRating',
  'overrideReason',
  'commentary',
  'nextSteps',
  'issuesText',
  'evidenceUrl',
  'evidenceTitle',
  'requestedDueDate',
  'dateChangeRationale',
  'closureRationale'
];

/**
 * The form's starting values: what the action says now, except the commentary, which starts
 * empty so this period's update is written afresh (the last one is shown beside it for
 * reference). One-off requests (new date, issue, evidence) start empty.
 */
export function inputFromAction(action: Action): ActionUpdateInput {
  return { ...inputShowing(action), commentary: '' };
}

/** Every value the action holds now, commentary included: how someone else's saved version is shown. */
export function inputShowing(action: Action): ActionUpdateInput {
  return {
    status: action.status,
    progressPercent: action.progressPercent,
    forecastDate: action.forecastDate,
    commentary: action.commentary ?? '',
    nextSteps: action.nextSteps ?? '',
    ...(action.override ? { overrideRating: action.override.rating, overrideReason: action.override.reason } : {})
  };
}

/** The input after a save: the saved values stay, the one-off requests are cleared. */
export function afterSave(input: ActionUpdateInput, saved: Action): ActionUpdateInput {
  // A closure is only a request, so the saved status is the one to show.
  return {
    status: saved.status,
    progressPercent: saved.progressPercent,
    forecastDate: saved.forecastDate,
    commentary: input.commentary,
    nextSteps: input.nextSteps,
    ...(input.overrideRating ? { overrideRating: input.overrideRating, overrideReason: input.overrideReason } : {})
  };
}
