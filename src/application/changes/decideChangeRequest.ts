import { applyChangeToAction, decideChange, londonDate, type Action, type ChangeRequest } from '../../domain';
import type { ActionChanges, PlanServices, Versioned } from '../ports/planRepository';

/** The action fields an approved change may alter, for writing back only what changed. */
const APPLIED_FIELDS = ['currentDueDate', 'reprofileCount', 'title', 'description', 'status', 'closureRationale'] as const;

function diff(before: Action, after: Action): ActionChanges {
  const changes: Record<string, unknown> = {};
  for (const field of APPLIED_FIELDS) if (before[field] !== after[field]) changes[field] = after[field];
  return changes as ActionChanges;
}

/** What deciding did: refused (nothing written), or recorded, and whether its action was changed. */
export type ChangeDecisionResult =
  | { outcome: 'refused'; reason: string }
  | { outcome: 'decided'; request: ChangeRequest; applied: { ok: true; actionCode?: string } | { ok: false; reason: string } };

/**
 * Decides a change request as the signed-in person. The decider is whoever SharePoint says is
 * signed in, never a name the screen passes; they must be able to manage the plan, and nobody
 * decides a request they made. The decision is recorded with their name, then an approved date,
 * wording or closure change is applied to its action against the action's current version.
 */
export async function decideChangeRequest(
  services: PlanServices,
  request: Versioned<ChangeRequest>,
  status: 'Approved' | 'Rejected',
  note: string,
  now: () => Date
): Promise<ChangeDecisionResult> {
  const me = await services.currentUser();
  if (!me.canManage) return { outcome: 'refused', reason: 'Only the programme office can decide change requests.' };
  const checked = decideChange(request.value, status, me.person, londonDate(now()), note);
  if (!checked.ok) return { outcome: 'refused', reason: checked.error };
  const decided = checked.value;
  await services.decideChangeRequest(
    decided.id,
    { status, by: me.person, on: decided.decidedOn as string, ...(decided.decisionNote ? { note: decided.decisionNote } : {}) },
    request.version
  );
  if (status !== 'Approved' || !decided.actionId || !['Timescale', 'Description', 'Closure'].includes(decided.type)) {
    return { outcome: 'decided', request: decided, applied: { ok: true } };
  }
  try {
    const current = await services.getAction(decided.actionId);
    const applied = applyChangeToAction(current.value, decided);
    if (!applied.ok) return { outcome: 'decided', request: decided, applied: { ok: false, reason: applied.error } };
    await services.updateAction(decided.actionId, diff(current.value, applied.value), current.version);
    return { outcome: 'decided', request: decided, applied: { ok: true, actionCode: current.value.code } };
  } catch (error) {
    return { outcome: 'decided', request: decided, applied: { ok: false, reason: error instanceof Error ? error.message : String(error) } };
  }
}
