import type { StoredSnapshot } from '../../../src/application/periods';
import { createInMemoryReporting, type InMemoryReporting } from '../../support/fakes/inMemoryReporting';
import { parsePeriodId, takeSnapshot, type ActionSnapshot, type Plan, type ProgressRating } from '../../../src/domain';
import { priya, samplePlan } from './fixtures';

/** A closed period of the sample plan, its actions rated as at the period's end, with some facts changed. */
export function closedSnapshot(plan: Plan, periodId: string, closedAt: string, changes: Record<string, Partial<ActionSnapshot>> = {}): StoredSnapshot {
  const parsed = parsePeriodId(periodId);
  if (!parsed.ok) throw new Error(parsed.error);
  const period = parsed.value;
  const snapshot = takeSnapshot(plan.actions, period, period.end);
  return {
    period: { periodId, label: period.label, closedAt, closedBy: priya },
    themes: plan.themes.map((t) => ({ code: t.code, name: t.name, order: t.order })),
    snapshot: { ...snapshot, actions: snapshot.actions.map((a) => ({ ...a, ...(changes[a.code] ?? {}) })) }
  };
}

const rated = (rating: ProgressRating, reason: string): Partial<ActionSnapshot> => ({ rating, calculatedRating: rating, reason });

/**
 * September and October 2026 closed for the sample plan. In October: GV.B1 was Amber (Green
 * today), CU.A1 was Green (Amber today: a new slip), GV.A2 was due 30 Jun 2026 (30 Sep today:
 * reprofiled) and Red. In September GV.A1 was Amber too.
 */
export function sampleSnapshots(plan: Plan = samplePlan()): StoredSnapshot[] {
  return [
    closedSnapshot(plan, '2026-09', '2026-10-01T09:00:00Z', {
      'GV.A1': { ...rated('Amber', 'Behind plan'), commentary: 'Working group not yet formed.' },
      'GV.B1': rated('Amber', 'Template delayed'),
      'GV.A2': { ...rated('Red', 'Due 30 Jun 2026, 92 days overdue'), dueDate: '2026-06-30' },
      'CU.A1': rated('Green', 'On track')
    }),
    closedSnapshot(plan, '2026-10', '2026-11-02T09:00:00Z', {
      'GV.A1': rated('Green', 'On track'),
      'GV.B1': { ...rated('Amber', 'Template delayed'), commentary: 'Forward plan template delayed by the printers.' },
      'GV.A2': { ...rated('Red', 'Due 30 Jun 2026, 123 days overdue'), dueDate: '2026-06-30' },
      'CU.A1': rated('Green', 'On track')
    })
  ];
}

/** The in-memory reporting port over the sample plan, with the given periods closed. */
export function sampleReporting(snapshots: readonly StoredSnapshot[] = sampleSnapshots(), plan: Plan = samplePlan()): InMemoryReporting {
  return createInMemoryReporting({ loadPlan: async () => plan, snapshots });
}
