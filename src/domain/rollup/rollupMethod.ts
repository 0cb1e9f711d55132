import { fail, ok, type Result } from '../result';

/**
 * How child ratings combine into a parent's rating. Councils report this differently, so the
 * programme office chooses one per plan (Plan Settings) and every rolled-up rating names it.
 *
 * - `worstOf`: the parent takes its most severe child's rating. Strict: one Red action anywhere
 *   makes the theme Red.
 * - `predominant`: the rating most of the open, rated children (Red, Amber or Green) hold; a tie
 *   goes to the more severe rating.
 * - `threshold`: Red when at least `redShare` of the open, rated children are Red or any child
 *   marked critical is Red; Amber when at least `amberShare` are Amber or Red or any critical
 *   child is Amber; otherwise Green (or, with nothing rated, the worst of the rest).
 */
export type RollupMethod =
  | { readonly kind: 'worstOf' }
  | { readonly kind: 'predominant' }
  | { readonly kind: 'threshold'; readonly redShare: number; readonly amberShare: number };

/** The worst-of method. */
export const WORST_OF: RollupMethod = { kind: 'worstOf' };

/**
 * The default: the threshold rule, Red at one in five open rated actions Red, Amber at one in four
 * Amber or Red, and any critical action's Red or Amber always carried up. A theme of forty actions
 * is not Red because one of them is, yet a slipping action the plan cannot do without is never
 * hidden. The README gives the reasoning.
 */
export const DEFAULT_ROLLUP_METHOD: RollupMethod = { kind: 'threshold', redShare: 0.2, amberShare: 0.25 };

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Short name of a method: `'worst of'`, `'predominant rating'` or `'threshold rule'`. */
export function rollupMethodName(method: RollupMethod): string {
  if (method.kind === 'worstOf') return 'worst of';
  if (method.kind === 'predominant') return 'predominant rating';
  return 'threshold rule';
}

/**
 * The method in full, for readers and for the summary command: its name and, for the threshold
 * rule, the thresholds, e.g. `'threshold rule (Red at 20% Red or a critical action Red; Amber at
 * 20% Amber or Red or a critical action Amber)'`.
 */
export function describeRollupMethod(method: RollupMethod): string {
  if (method.kind !== 'threshold') return rollupMethodName(method);
  return `threshold rule (Red at ${percent(method.redShare)} Red or a critical action Red; Amber at ${percent(method.amberShare)} Amber or Red or a critical action Amber)`;
}

const isShare = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1;

/**
 * Reads a method as the programme office writes it in Plan Settings (JSON): `{"kind":"worstOf"}`,
 * `{"kind":"predominant"}` or `{"kind":"threshold","redShare":0.2,"amberShare":0.2}`, shares
 * between 0 (exclusive) and 1.
 */
export function parseRollupMethod(text: string): Result<RollupMethod> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('The roll-up method is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null) return fail('The roll-up method must be an object with a "kind".');
  const raw = value as Record<string, unknown>;
  if (raw.kind === 'worstOf') return ok({ kind: 'worstOf' });
  if (raw.kind === 'predominant') return ok({ kind: 'predominant' });
  if (raw.kind === 'threshold') {
    if (!isShare(raw.redShare) || !isShare(raw.amberShare)) return fail('The threshold rule needs "redShare" and "amberShare" between 0 and 1, e.g. 0.2 for 20%.');
    return ok({ kind: 'threshold', redShare: raw.redShare, amberShare: raw.amberShare });
  }
  return fail('The roll-up method\'s "kind" must be "worstOf", "predominant" or "threshold".');
}
