import { makeAction, makeTheme } from '../../../domain/fixtures';
import type { Action } from '../../../../src/domain';
import { MemoryPlan } from './fakes';

/** The sweep's day in these tests. */
export const TODAY = '2026-05-10';

/**
 * Five actions on {@link TODAY}: two slip because their dates passed (a1 Green → Amber, a2
 * Amber → Red), three do not (still on track, already Red, complete).
 */
export function scenarioPlan(extra: Action[] = []): MemoryPlan {
  const actions: Action[] = [
    makeAction({ id: '1', code: 'OC.A1', title: 'Values refreshed', currentDueDate: '2026-05-01', baselineDueDate: '2026-05-01', rating: 'Green', commentary: 'Drafting with staff networks.' }),
    makeAction({ id: '2', code: 'OC.A2', title: 'Workforce strategy adopted', currentDueDate: '2026-03-31', baselineDueDate: '2026-01-31', rating: 'Amber' }),
    makeAction({ id: '3', code: 'OC.A3', title: 'Appraisals completed', currentDueDate: '2026-09-30', rating: 'Green' }),
    makeAction({ id: '4', code: 'OC.A4', title: 'Induction redesigned', currentDueDate: '2026-04-01', rating: 'Red' }),
    makeAction({ id: '5', code: 'OC.A5', title: 'Pulse survey run', currentDueDate: '2026-02-01', status: 'Complete', completedOn: '2026-01-20', rating: 'Complete' }),
    ...extra
  ];
  return new MemoryPlan(actions, [makeTheme()]);
}
