import {
  changesSince,
  DEFAULT_RAG_POLICY,
  isExceptionRating,
  londonDate,
  parsePeriodId,
  periodContaining,
  takeSnapshot,
  type ActionSnapshot,
  type ChangesSince,
  type DueDateChange,
  type PlanSnapshot,
  type RatingChange
} from '../../domain';
import type { PeriodDeps } from './closePeriod';
import { SnapshotNotFoundError, type ClosedPeriod, type StoredSnapshot } from './ports';

/** Closed periods, oldest first (for an "as at" picker). */
export async function listClosedPeriods(deps: Pick<PeriodDeps, 'snapshots'>): Promise<ClosedPeriod[]> {
  const all = await deps.snapshots.listClosedPeriods();
  const start = (p: ClosedPeriod): string => {
    const parsed = parsePeriodId(p.periodId);
    return parsed.ok ? parsed.value.start : p.periodId;
  };
  return [...all].sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
}

/**
 * The plan as at a closed period, for any view to show instead of the live plan.
 * @throws SnapshotNotFoundError when the period was never closed
 */
export async function snapshotAsAt(deps: Pick<PeriodDeps, 'snapshots'>, periodId: string): Promise<StoredSnapshot> {
  const stored = await deps.snapshots.loadSnapshot(periodId);
  if (stored) return stored;
  const parsed = parsePeriodId(periodId);
  throw new SnapshotNotFoundError(parsed.ok ? parsed.value.label : periodId);
}

/** The live plan rated now, in the same shape as a closed period, for "now" against "then". */
export async function liveSnapshot(deps: PeriodDeps, now: Date): Promise<PlanSnapshot> {
  const plan = await deps.loadPlan();
  const today = londonDate(now);
  return takeSnapshot(plan.actions, periodContaining(plan.cadence, today), today, deps.policy ?? DEFAULT_RAG_POLICY);
}

/** "Changed since last report", grouped the way reports present it. */
export interface ChangedSinceReport {
  /** The closed period compared with. */
  readonly since: ClosedPeriod;
  /** Every difference, from the domain. */
  readonly changes: ChangesSince;
  /** Actions that worsened into Amber or Red. */
  readonly newSlips: readonly RatingChange[];
  /** Actions whose due date in force moved. */
  readonly reprofiles: readonly DueDateChange[];
  /** Actions closed through change control since. */
  readonly closures: readonly ActionSnapshot[];
  /** Actions completed since. */
  readonly completions: readonly ActionSnapshot[];
}

/**
 * What changed since the last closed period: rating changes, new slips, reprofiles, closures and
 * completions. With `periodId`, compares that closed period with the one closed before it;
 * without, compares the live plan with the latest closed period. Undefined when there is no
 * earlier closed period to compare with.
 */
export async function changedSinceLastReport(deps: PeriodDeps, options: { now: Date; periodId?: string }): Promise<ChangedSinceReport | undefined> {
  const closed = await listClosedPeriods(deps);
  let current: PlanSnapshot;
  let earlier: ClosedPeriod[];
  if (options.periodId !== undefined) {
    current = (await snapshotAsAt(deps, options.periodId)).snapshot;
    earlier = closed.slice(0, closed.findIndex((p) => p.periodId === options.periodId));
  } else {
    current = await liveSnapshot(deps, options.now);
    earlier = closed;
  }
  const since = earlier[earlier.length - 1];
  if (since === undefined) return undefined;
  const previous = await snapshotAsAt(deps, since.periodId);
  return groupChanges(since, changesSince(previous.snapshot, current));
}

/**
 * Groups the domain's difference of two snapshots the way reports present it. For callers that
 * already hold both snapshots (the app compares the plan it has loaded with a closed period).
 */
export function groupChanges(since: ClosedPeriod, changes: ChangesSince): ChangedSinceReport {
  return {
    since,
    changes,
    newSlips: changes.ratingChanges.filter((c) => c.direction === 'Worse' && isExceptionRating(c.to)),
    reprofiles: changes.dueDateChanges.filter((c) => c.from !== undefined && c.to !== undefined),
    closures: changes.closed,
    completions: changes.completed
  };
}
