import type { Action } from '../model/action';
import type { Theme, Workstream } from '../model/theme';
import { compareReferenceCodes } from '../codes/referenceCode';
import type { ProgressRating } from '../rag/ratings';
import { rollUp, type Rollup, type RollupChild } from './rollup';
import { DEFAULT_ROLLUP_METHOD, type RollupMethod } from './rollupMethod';

/** An action with its own rating and the roll-up of itself and its descendants (sub-actions and assurance actions). */
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

/** A workstream with its main actions and the roll-up of every action in it. */
export interface WorkstreamRollup {
  /** The workstream. */
  readonly workstream: Workstream;
  /** Main actions, in code order. */
  readonly actions: readonly ActionRollup[];
  /** Roll-up of every action in the workstream, at every level. */
  readonly rollup: Rollup;
}

/** A theme with its workstreams and the roll-up of every action in it. */
export interface ThemeRollup {
  /** The theme. */
  readonly theme: Theme;
  /** Workstreams, in code order. */
  readonly workstreams: readonly WorkstreamRollup[];
  /** Roll-up of every action in the theme, at every level. */
  readonly rollup: Rollup;
}

interface Visited {
  readonly node: ActionRollup;
  /** The action and all its descendants, each with its own rating. */
  readonly all: readonly RollupChild[];
}

/**
 * Rolls ratings up the plan with one method. Each level rolls up every action beneath it, each
 * with its own rating, so the counts beside a theme's rating are counts of actions (the figures
 * reports quote) and a threshold is a share of actions, not of workstreams. A main action's roll-up
 * includes its own rating, so a Red main action is never hidden by Green sub-actions. Actions
 * without a rating in `ratings` count as Not started. Actions whose parent is missing are treated
 * as main actions of their workstream.
 */
export function rollUpPlan(
  themes: readonly Theme[],
  workstreams: readonly Workstream[],
  actions: readonly Action[],
  ratings: ReadonlyMap<string, ProgressRating>,
  method: RollupMethod = DEFAULT_ROLLUP_METHOD
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
  const visit = (action: Action): Visited => {
    const ownRating = ratings.get(action.id) ?? 'NotStarted';
    const children = [...(childrenOf.get(action.id) ?? [])].sort(byCode).map(visit);
    const all: RollupChild[] = [{ rating: ownRating, critical: action.critical === true }, ...children.flatMap((c) => c.all)];
    return { node: { action, ownRating, rollup: rollUp(all, method), children: children.map((c) => c.node) }, all };
  };
  const topLevel = actions.filter((a) => a.parentId === undefined || !ids.has(a.parentId)).sort(byCode);
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => {
      const themeActions: RollupChild[] = [];
      const themeWorkstreams = workstreams
        .filter((w) => w.themeCode === theme.code)
        .sort((a, b) => compareReferenceCodes(a.code, b.code))
        .map((workstream) => {
          const mains = topLevel.filter((a) => a.workstreamCode === workstream.code).map(visit);
          const all = mains.flatMap((m) => m.all);
          themeActions.push(...all);
          return { workstream, actions: mains.map((m) => m.node), rollup: rollUp(all, method) };
        });
      return { theme, workstreams: themeWorkstreams, rollup: rollUp(themeActions, method) };
    });
}
