import { makeAction, makeTheme } from '../../../domain/fixtures';
import { detectSlippage, type Action, type SlippageEvent } from '../../../../src/domain';
import type { RecordAuthor, SavedUpdate } from '../../../../src/application/alerts';
import { JO, MemoryHistory, MemoryPlan } from './fakes';

/** The sweep's day in these tests. */
export const TODAY = '2026-05-10';
/** When Jo's save in these tests happened: the morning before the sweep. */
export const SAVED_AT = new Date('2026-05-10T06:00:00Z');

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
  const plan = new MemoryPlan(actions, [makeTheme()]);
  plan.history = new MemoryHistory();
  return plan;
}

/** What a staff save of action 3 (Green → Red, by an open high-severity issue) leaves behind. */
export interface SavedSlip {
  event: SlippageEvent;
  action: Action;
  update: SavedUpdate;
}

/**
 * Jo's save of action 3 as SharePoint records it: the stored rating becomes Red, the history gets
 * an entry by Jo, and the progress item's versions show Green before it. Returns the slip the
 * save reported to the host.
 */
export function saveAction3(plan: MemoryPlan, author: RecordAuthor = JO, at: Date = SAVED_AT): SavedSlip {
  plan.actions = plan.actions.map((a) => (a.id === '3' ? { ...a, rating: 'Red' as const, commentary: 'Appraisal system outage.' } : a));
  const update = (plan.history as MemoryHistory).add({ actionId: '3', rating: 'Red', createdAt: at, author }, { rating: 'Green' });
  const event = detectSlippage(
    { actionId: '3', actionCode: 'OC.A3', actionTitle: 'Appraisals completed', themeCode: 'OC', fromRating: 'Green', toRating: 'Red', dueDate: '2026-09-30', daysOverdue: 0, reason: '1 open issue (1 high severity)' },
    TODAY
  );
  if (!event) throw new Error('expected a slip');
  return { event, action: plan.actions[2], update };
}
