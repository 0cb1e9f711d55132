import type { Action } from '../model/action';
import type { Theme, Workstream } from '../model/theme';
import { compareReferenceCodes } from '../codes/referenceCode';
import { countRatings, describeCounts, RATING_LABELS, RATING_SEVERITY, type ProgressRating, type RatingCounts } from '../rag/ratings';

/**
 * How child ratings combine into a parent's rating. Each method has a name readers see next to
 * the result, so a theme rated Green with two Amber actions says why.
 *
 * - `worstOf`: the parent takes its most severe child's rating. Strict and simple: one Red
 *   action makes the theme Red.
 * - `share`: the parent is Red when at least `redShare` of its live children are Red, Amber when
 *   at least `amberShare` are Amber or Red, otherwise the worst of the rest. This matches
 *   councils that keep a theme Green while "slippage is being experienced in a couple of areas".
 *   Live children are those not Complete or Closed.
 */
export type RollupMethod =
  | { readonly kind: 'worstOf' }
  | { readonly kind: 'share'; readonly redShare: number; readonly amberShare: number };

/** The worst-of method, the default. */
export const WORST_OF: RollupMethod = { kind: 'worstOf' };

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
  /** Reader-facing explanation, e.g. `'Red: worst of 12 actions (1 Red, 3 Amber, 8 Green)'`. */
  readonly explanation: string;
}

/** Reader-facing name of a roll-up method, e.g. `'worst of'` or `'Red at 25% Red, Amber at 20% Amber or Red'`. */
export function describeRollupMethod(method: RollupMethod): string {
  if (method.kind === 'worstOf') return 'worst of';
  return `Red when ${Math.round(method.redShare * 100)}% are Red, Amber when ${Math.round(method.amberShare * 100)}% are Amber or Red, otherwise worst of the rest`;
}

function worst(ratings: readonly ProgressRating[]): ProgressRating | undefined {
  let result: ProgressRating | undefined;
  for (const rating of ratings) if (result === undefined || RATING_SEVERITY[rating] > RATING_SEVERITY[result]) result = rating;
  return result;
}

/**
 * Combines child ratings into one, with counts and an explanation. An empty list rolls up to
 * Not started: nothing is under way yet.
 */
export function rollUp(children: readonly ProgressRating[], method: RollupMethod = WORST_OF, noun: string = 'actions'): Rollup {
  const counts = countRatings(children);
  const total = children.length;
  let rating: ProgressRating = worst(children) ?? 'NotStarted';
  if (method.kind === 'share') {
    const live = total - counts.Complete - counts.Closed;
    const share = (n: number): number => (live === 0 ? 0 : n / live);
    if (counts.Red > 0 && share(counts.Red) >= method.redShare) rating = 'Red';
    else if (counts.Red + counts.Amber > 0 && share(counts.Red + counts.Amber) >= method.amberShare) rating = 'Amber';
    else rating = worst(children.filter((r) => r !== 'Red' && r !== 'Amber')) ?? 'NotStarted';
  }
  const what = total === 0 ? `no ${noun}` : `${total} ${total === 1 ? noun.replace(/s$/, '') : noun} (${describeCounts(counts)})`;
  const explanation = `${RATING_LABELS[rating]}: ${describeRollupMethod(method)} ${what}`;
  return { rating, counts, total, method, explanation };
}

/** An action with its own rating and the roll-up of its children (sub-actions and assurance actions). */
export interface ActionRollup {
  /** The action. */
  readonly action: Action;
  /** Rating of the action itself. */
  readonly ownRating: ProgressRating;
  /** Roll-up of the action and all its descendants. */
  readonly rollup: Rollup;
  /** Child actions, in code order. */
  readonly children: readonly ActionRollup[];
}

/** A workstream with its main actions and their roll-up. */
export interface WorkstreamRollup {
  /** The workstream. */
  readonly workstream: Workstream;
  /** Main actions, in code order. */
  readonly actions: readonly ActionRollup[];
  /** Roll-up of the main actions' roll-ups. */
  readonly rollup: Rollup;
}

/** A theme with its workstreams and their roll-up. */
export interface ThemeRollup {
  /** The theme. */
  readonly theme: Theme;
  /** Workstreams, in code order. */
  readonly workstreams: readonly WorkstreamRollup[];
  /** Roll-up of the workstreams' roll-ups. */
  readonly rollup: Rollup;
}

/**
 * Rolls ratings up the plan: sub-actions (and assurance actions) into their main action, main
 * actions into their workstream, workstreams into their theme, each level with the same method.
 * A main action's roll-up includes its own rating, so a Red main action is never hidden by
 * Green sub-actions. Actions without a rating in `ratings` count as Not started. Actions whose
 * parent is missing are treated as main actions of their workstream.
 */
export function rollUpPlan(
  themes: readonly Theme[],
  workstreams: readonly Workstream[],
  actions: readonly Action[],
  ratings: ReadonlyMap<string, ProgressRating>,
  method: RollupMethod = WORST_OF
): ThemeRollup[] {
  const ids = new Set(actions.map((a) => a.id));
  const childrenOf = new Map<string, Action[]>();
  for (const action of actions) {
    if (action.parentId !== undefined && ids.has(action.parentId)) {
      const list = childrenOf.get(action.parentId) ?? [];
      list.push(action);
      childrenOf.set(action.parentId, list);
    }
  }
  const byCode = (a: Action, b: Action): number => compareReferenceCodes(a.code, b.code);
  // Each action has one parent, so walking down from actions without a (known) parent can never
  // loop; actions caught in a parent loop (bad data) are unreachable and left out.
  const visit = (action: Action): ActionRollup => {
    const ownRating = ratings.get(action.id) ?? 'NotStarted';
    const children = [...(childrenOf.get(action.id) ?? [])].sort(byCode).map(visit);
    const rollup = rollUp([ownRating, ...children.map((c) => c.rollup.rating)], method);
    return { action, ownRating, rollup, children };
  };
  const topLevel = actions.filter((a) => a.parentId === undefined || !ids.has(a.parentId)).sort(byCode);
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => {
      const themeWorkstreams = workstreams
        .filter((w) => w.themeCode === theme.code)
        .sort((a, b) => compareReferenceCodes(a.code, b.code))
        .map((workstream) => {
          const mains = topLevel.filter((a) => a.workstreamCode === workstream.code).map(visit);
          return { workstream, actions: mains, rollup: rollUp(mains.map((m) => m.rollup.rating), method) };
        });
      return { theme, workstreams: themeWorkstreams, rollup: rollUp(themeWorkstreams.map((w) => w.rollup.rating), method, 'workstreams') };
    });
}
