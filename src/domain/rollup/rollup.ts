import { countRatings, describeCounts, RATING_LABELS, RATING_SEVERITY, type ProgressRating, type RatingCounts } from '../rag/ratings';
import { DEFAULT_ROLLUP_METHOD, describeRollupMethod, rollupMethodName, type RollupMethod } from './rollupMethod';

/** A child in a roll-up: its rating and whether the plan marks it critical. */
export interface RollupChild {
  readonly rating: ProgressRating;
  readonly critical?: boolean;
}

/** The result of a roll-up: the rating, the counts behind it and the method used, with a sentence. */
export interface Rollup {
  /** Rolled-up rating. */
  readonly rating: ProgressRating;
  /** Count of children by rating. */
  readonly counts: RatingCounts;
  /** Number of children. */
  readonly total: number;
  /** Method used. */
  readonly method: RollupMethod;
  /** Short name of the method, e.g. `'threshold rule'`. */
  readonly methodName: string;
  /** Reader-facing explanation, e.g. `'Red: worst of 12 actions (1 Red, 3 Amber, 8 Green)'`. */
  readonly explanation: string;
}

const RAG: readonly ProgressRating[] = ['Red', 'Amber', 'Green'];

function worst(ratings: readonly ProgressRating[]): ProgressRating | undefined {
  let result: ProgressRating | undefined;
  for (const rating of ratings) if (result === undefined || RATING_SEVERITY[rating] > RATING_SEVERITY[result]) result = rating;
  return result;
}

/** Ratings that are not Red, Amber or Green: what a parent takes when nothing under it is rated. */
function worstOfTheRest(ratings: readonly ProgressRating[]): ProgressRating {
  return worst(ratings.filter((r) => !RAG.includes(r))) ?? 'NotStarted';
}

function predominant(counts: RatingCounts, ratings: readonly ProgressRating[]): ProgressRating {
  // RAG is most severe first, so a strict "more than" keeps the more severe rating on a tie.
  let best: ProgressRating | undefined;
  for (const rating of RAG) if (counts[rating] > 0 && (best === undefined || counts[rating] > counts[best])) best = rating;
  return best ?? worstOfTheRest(ratings);
}

function threshold(method: Extract<RollupMethod, { kind: 'threshold' }>, counts: RatingCounts, children: readonly RollupChild[]): ProgressRating {
  const rated = counts.Red + counts.Amber + counts.Green;
  const share = (n: number): number => (rated === 0 ? 0 : n / rated);
  const criticalRed = children.some((c) => c.critical === true && c.rating === 'Red');
  const criticalAmber = children.some((c) => c.critical === true && c.rating === 'Amber');
  if (criticalRed || (counts.Red > 0 && share(counts.Red) >= method.redShare)) return 'Red';
  if (criticalAmber || (counts.Red + counts.Amber > 0 && share(counts.Red + counts.Amber) >= method.amberShare)) return 'Amber';
  return rated > 0 ? 'Green' : worstOfTheRest(children.map((c) => c.rating));
}

const asChild = (child: ProgressRating | RollupChild): RollupChild => (typeof child === 'string' ? { rating: child } : child);

/**
 * Combines child ratings into one, with counts and an explanation naming the method. An empty
 * list rolls up to Not started: nothing is under way yet. Only open, rated children (Red, Amber,
 * Green) count towards the predominant rating and the threshold shares; finished, paused and
 * unstarted work neither dilutes nor inflates them.
 */
export function rollUp(children: readonly (ProgressRating | RollupChild)[], method: RollupMethod = DEFAULT_ROLLUP_METHOD, noun: string = 'actions'): Rollup {
  const entries = children.map(asChild);
  const ratings = entries.map((c) => c.rating);
  const counts = countRatings(ratings);
  const total = entries.length;
  let rating: ProgressRating;
  if (method.kind === 'worstOf') rating = worst(ratings) ?? 'NotStarted';
  else if (method.kind === 'predominant') rating = predominant(counts, ratings);
  else rating = threshold(method, counts, entries);
  const what = total === 0 ? `no ${noun}` : `${total} ${total === 1 ? noun.replace(/s$/, '') : noun} (${describeCounts(counts)})`;
  const joiner = method.kind === 'threshold' ? ' over ' : method.kind === 'predominant' ? ' of ' : ' ';
  const explanation = `${RATING_LABELS[rating]}: ${describeRollupMethod(method)}${joiner}${what}`;
  return { rating, counts, total, method, methodName: rollupMethodName(method), explanation };
}
