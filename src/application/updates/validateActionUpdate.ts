import {
  createOverride,
  isExceptionRating,
  isIsoDate,
  londonDate,
  formatUkDate,
  dueDateInForce,
  RATING_LABELS,
  type Action,
  type Person
} from '../../domain';
import type { ValidationProblem } from '../errors';
import type { ActionUpdateInput } from './actionUpdateInput';
import { previewRating } from './applyUpdateInput';
import { TEXT_LIMITS, tooLongMessage } from './textLimits';

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Checks an update before anything is written, in words a person understands. The form shows the
 * problems live; {@link submitActionUpdate} refuses to save while any remain.
 */
export function validateActionUpdate(action: Action, input: ActionUpdateInput, now: Date, user: Person = { displayName: 'You' }): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const today = londonDate(now);
  const { progressPercent } = input;
  if (progressPercent !== undefined && (!Number.isFinite(progressPercent) || progressPercent < 0 || progressPercent > 100)) {
    problems.push({ field: 'progressPercent', message: 'Progress must be a number from 0 to 100.' });
  }
  if (input.overrideRating) {
    const override = createOverride({ rating: input.overrideRating, reason: input.overrideReason ?? '', by: user, at: now });
    if (!override.ok) problems.push({ field: input.overrideReason?.trim() ? 'overrideRating' : 'overrideReason', message: override.error });
  }
  const { rating } = previewRating(action, input, now, user);
  if (isExceptionRating(rating) && !input.commentary.trim()) {
    problems.push({
      field: 'commentary',
      message: `This action will be ${RATING_LABELS[rating]}, so say what has slipped and what is being done about it in the commentary.`
    });
  }
  for (const { field, name, max } of TEXT_LIMITS) {
    const value = input[field];
    const length = typeof value === 'string' ? value.length : 0;
    if (length > max) problems.push({ field, message: tooLongMessage(name, length, max) });
  }
  if (input.evidenceUrl?.trim() && !isWebLink(input.evidenceUrl.trim())) {
    problems.push({ field: 'evidenceUrl', message: 'The evidence link must be a web address starting with https:// (for example a SharePoint document link).' });
  }
  if (input.forecastDate !== undefined && input.status !== 'Complete') {
    if (!isIsoDate(input.forecastDate)) {
      problems.push({ field: 'forecastDate', message: 'Enter the forecast completion date as a real day, for example 31 March 2027.' });
    } else if (input.forecastDate < today) {
      problems.push({
        field: 'forecastDate',
        message: `A forecast completion date cannot be in the past (today is ${formatUkDate(today)}). If the action is finished, set its status to Complete.`
      });
    }
  }
  if (input.requestedDueDate) {
    if (!isIsoDate(input.requestedDueDate)) {
      problems.push({ field: 'requestedDueDate', message: 'Enter the new due date as a real day, for example 31 March 2027.' });
    } else if (input.requestedDueDate < today) {
      problems.push({ field: 'requestedDueDate', message: `A new due date cannot be in the past (today is ${formatUkDate(today)}).` });
    } else if (input.requestedDueDate === dueDateInForce(action)) {
      problems.push({ field: 'requestedDueDate', message: `The action is already due on ${formatUkDate(input.requestedDueDate)}.` });
    }
    if (!input.dateChangeRationale?.trim()) {
      problems.push({ field: 'dateChangeRationale', message: 'Say why the date needs to change: change control will not consider a request without a reason.' });
    }
  }
  if (input.status === 'Closed' && action.status !== 'Closed' && !input.closureRationale?.trim()) {
    problems.push({ field: 'closureRationale', message: 'Closing an action goes to change control: give the reason it should close.' });
  }
  if ((action.status === 'Complete' || action.status === 'Closed') && input.requestedDueDate) {
    problems.push({ field: 'requestedDueDate', message: `${action.code} is ${action.status === 'Closed' ? 'closed' : 'complete'}, so its dates can no longer change.` });
  }
  return problems;
}
