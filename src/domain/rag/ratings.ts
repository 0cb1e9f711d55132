/**
 * The progress status rating of an action, workstream or theme.
 *
 * Red, Amber and Green judge delivery; the other four say the action is outside RAG judgement
 * for now: not begun, paused by decision, finished (`Complete`, shown as Blue in BRAG) or
 * stopped through change control with a rationale (`Closed`).
 */
export type ProgressRating = 'Red' | 'Amber' | 'Green' | 'Complete' | 'NotStarted' | 'OnHold' | 'Closed';

/** The three judgement ratings; a rating outside these is a state, not a judgement. */
export type RagRating = 'Red' | 'Amber' | 'Green';

/** Every progress rating, most severe first (the order reports list them in). */
export const PROGRESS_RATINGS: readonly ProgressRating[] = ['Red', 'Amber', 'Green', 'OnHold', 'NotStarted', 'Complete', 'Closed'];

/**
 * How much attention a rating demands; higher is worse.
 *
 * Red and Amber need action now. Green work is live and must stay on track, so it outranks work
 * that is paused or not yet due to start; finished and closed work needs nothing. Roll-ups and
 * slippage both use this one order so they can never disagree about what "worse" means.
 */
export const RATING_SEVERITY: Readonly<Record<ProgressRating, number>> = {
  Red: 6,
  Amber: 5,
  Green: 4,
  OnHold: 3,
  NotStarted: 2,
  Complete: 1,
  Closed: 0
};

/** Display labels in British English, as members read them in reports. */
export const RATING_LABELS: Readonly<Record<ProgressRating, string>> = {
  Red: 'Red',
  Amber: 'Amber',
  Green: 'Green',
  OnHold: 'On hold',
  NotStarted: 'Not started',
  Complete: 'Complete',
  Closed: 'Closed'
};

/** The colour each rating is shown in on a BRAG scale (Complete is Blue). */
export const RATING_COLOUR_NAMES: Readonly<Record<ProgressRating, string>> = {
  Red: 'Red',
  Amber: 'Amber',
  Green: 'Green',
  OnHold: 'Grey',
  NotStarted: 'White',
  Complete: 'Blue',
  Closed: 'Black'
};

/** Is `value` one of the seven progress ratings? Useful when reading stored or imported data. */
export function isProgressRating(value: unknown): value is ProgressRating {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RATING_SEVERITY, value);
}

/** Is the rating a Red/Amber/Green judgement (rather than a state such as Complete)? */
export function isRagRating(rating: ProgressRating): rating is RagRating {
  return rating === 'Red' || rating === 'Amber' || rating === 'Green';
}

/** Is the rating one that the programme office reports as an exception (Amber or Red)? */
export function isExceptionRating(rating: ProgressRating): rating is 'Red' | 'Amber' {
  return rating === 'Red' || rating === 'Amber';
}

/** Orders ratings worst first: negative when `a` is more severe than `b`. */
export function compareBySeverity(a: ProgressRating, b: ProgressRating): number {
  return RATING_SEVERITY[b] - RATING_SEVERITY[a];
}

/** The more severe of two ratings. */
export function worseOf(a: ProgressRating, b: ProgressRating): ProgressRating {
  return RATING_SEVERITY[b] > RATING_SEVERITY[a] ? b : a;
}

/** Does moving from `from` to `to` make things worse? */
export function isWorsening(from: ProgressRating, to: ProgressRating): boolean {
  return RATING_SEVERITY[to] > RATING_SEVERITY[from];
}

/** The display label of a rating, e.g. `'Not started'`. */
export function ratingLabel(rating: ProgressRating): string {
  return RATING_LABELS[rating];
}

/** A count of items per rating, every rating present (zero when none). */
export type RatingCounts = Record<ProgressRating, number>;

/** Counts ratings, returning a zero for every rating that does not occur. */
export function countRatings(ratings: readonly ProgressRating[]): RatingCounts {
  const counts: RatingCounts = { Red: 0, Amber: 0, Green: 0, OnHold: 0, NotStarted: 0, Complete: 0, Closed: 0 };
  for (const rating of ratings) counts[rating] += 1;
  return counts;
}

/**
 * Writes counts the way reports do, most severe first and leaving out zeros:
 * `'1 Red, 3 Amber, 8 Green, 2 Complete'`; `'no actions'` when empty.
 */
export function describeCounts(counts: RatingCounts): string {
  const parts = PROGRESS_RATINGS.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${RATING_LABELS[r]}`);
  return parts.length ? parts.join(', ') : 'no actions';
}
