import type { RatingOverride } from '../model/action';
import type { Person } from '../model/people';
import { formatUkDate } from '../dates/isoDate';
import { londonDate } from '../dates/london';
import { fail, ok, type Result } from '../result';
import { isRagRating, RATING_LABELS, type ProgressRating } from './ratings';

/** The shortest reason accepted, so "n/a" or "ok" cannot stand in for a justification. */
export const MINIMUM_OVERRIDE_REASON_LENGTH: number = 10;

/**
 * Validates and builds a manual override. Only Red, Amber and Green can be chosen: Complete,
 * On hold and Not started follow from the status the lead reports, and Closed only from an
 * approved closure at change control, so an override cannot bypass either.
 */
export function createOverride(input: { rating: ProgressRating; reason: string; by: Person; at: Date }): Result<RatingOverride> {
  if (!isRagRating(input.rating)) {
    return fail(`An override can set Red, Amber or Green only; ${RATING_LABELS[input.rating]} follows from the action's status or change control.`);
  }
  const reason = input.reason.trim();
  if (reason.length < MINIMUM_OVERRIDE_REASON_LENGTH) {
    return fail(`An override needs a reason of at least ${MINIMUM_OVERRIDE_REASON_LENGTH} characters saying why the calculated rating is wrong.`);
  }
  if (input.by.displayName.trim() === '') return fail('An override must record who made it.');
  return ok({ rating: input.rating, reason, by: input.by, at: input.at });
}

/**
 * Does an override still apply to a calculated rating? Only while the calculated rating is a
 * Red/Amber/Green judgement: once the action is complete, closed, on hold or not started, the
 * status speaks for itself and the override lapses (it stays on record).
 */
export function overrideApplies(calculated: ProgressRating, override: RatingOverride | undefined): override is RatingOverride {
  return override !== undefined && isRagRating(calculated);
}

/** The rating readers see: the override when it applies, else the calculated rating. */
export function applyOverride(calculated: ProgressRating, override: RatingOverride | undefined): ProgressRating {
  return overrideApplies(calculated, override) ? override.rating : calculated;
}

/** Describes an override for readers: `'Set to Amber by Jo Bloggs on 3 Feb 2026: <reason>'`. */
export function describeOverride(override: RatingOverride): string {
  return `Set to ${RATING_LABELS[override.rating]} by ${override.by.displayName} on ${formatUkDate(londonDate(override.at))}: ${override.reason}`;
}
