import { DEFAULT_RAG_POLICY, londonDate, parsePeriodId, takeSnapshot, type Action, type Person, type RagPolicy, type ReportingCadence, type Theme } from '../../domain';
import { ValidationError } from '../errors';
import { PeriodAlreadyClosedError, type SnapshotStore, type StoredSnapshot } from './ports';
import { saveSealedSnapshot } from './recordSeal';

/** The plan as the period use cases need it (a `Plan` will do). */
export interface PlanForPeriods {
  readonly themes: readonly Theme[];
  readonly actions: readonly Action[];
  readonly cadence: ReportingCadence;
}

/** What the period use cases need. */
export interface PeriodDeps {
  readonly snapshots: SnapshotStore;
  /** Loads the plan as it stands now (e.g. `async () => (await services.loadPlan()).plan`). */
  readonly loadPlan: () => Promise<PlanForPeriods>;
  /** Policy the ratings are judged by; the published default otherwise. */
  readonly policy?: RagPolicy;
}

/** What closing a period needs. */
export interface ClosePeriodInput {
  /** Period to close, e.g. `'2026-03'` or `'2025/26-Q4'`. */
  readonly periodId: string;
  /** The programme office member closing it. */
  readonly closedBy: Person;
  /** The moment of closing. */
  readonly now: Date;
}

/**
 * Closes a reporting period: freezes every action's rating, dates, commentary and next steps
 * (rated as at the period's last day, or today if earlier) and stores it for good. A period
 * closes once: closing it again is refused, so what was reported can always be reproduced. The
 * stored period is sealed: its record hash chains it to the period closed before it.
 * @throws ValidationError when the period id is not a period, or the period has not started
 * @throws PeriodAlreadyClosedError when it is already closed
 */
export async function closePeriod(deps: PeriodDeps, input: ClosePeriodInput): Promise<StoredSnapshot> {
  const parsed = parsePeriodId(input.periodId);
  if (!parsed.ok) throw new ValidationError([{ field: 'periodId', message: parsed.error }]);
  const period = parsed.value;
  const today = londonDate(input.now);
  if (today < period.start) {
    throw new ValidationError([{ field: 'periodId', message: `${period.label} has not started yet, so it cannot be closed.` }]);
  }
  const closed = (await deps.snapshots.listClosedPeriods()).find((p) => p.periodId === period.id);
  if (closed) throw new PeriodAlreadyClosedError(closed);
  const plan = await deps.loadPlan();
  const stored: StoredSnapshot = {
    period: { periodId: period.id, label: period.label, closedAt: input.now.toISOString(), closedBy: input.closedBy },
    themes: [...plan.themes].sort((a, b) => a.order - b.order).map((t) => ({ code: t.code, name: t.name, order: t.order })),
    snapshot: takeSnapshot(plan.actions, period, today, deps.policy ?? DEFAULT_RAG_POLICY)
  };
  await saveSealedSnapshot(deps.snapshots, stored);
  return stored;
}
