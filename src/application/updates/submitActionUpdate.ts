import {
  detectSlippage,
  londonDate,
  rateActionAt,
  explainRating,
  requestReprofile,
  requestClosure,
  type Action,
  type ChangeRequest,
  type Person,
  type SlippageEvent,
  type ProgressRating
} from '../../domain';
import { ValidationError } from '../errors';
import type { ActionChanges, PlanServices, VersionTag } from '../ports/planRepository';
import type { ActionUpdateInput } from './actionUpdateInput';
import { applyUpdateInput } from './applyUpdateInput';
import { validateActionUpdate } from './validateActionUpdate';

/** What a successful update produced. */
export interface ActionUpdateResult {
  /** The action as saved. */
  action: Action;
  /** Its new version token. */
  version: VersionTag;
  /** Present when the update worsened the rating into Amber or Red: the alert to send. */
  slipped?: SlippageEvent;
  /** Present when the update asked change control for a new date or a closure. */
  changeRequest?: ChangeRequest;
}

/** The reporting period an update belongs to: the London calendar month, e.g. `2026-11`. */
export function periodOf(now: Date): string {
  return londonDate(now).slice(0, 7);
}

/**
 * Saves a lead's update: validates it, re-rates the action under the published policy, saves it
 * against the version the lead saw (a concurrent save surfaces as ConflictError and nothing is
 * written), records the update in the progress history, asks change control for any new date or
 * closure, and reports a slip into Amber or Red so the host can alert the theme's director.
 *
 * Order matters: the action is saved first, because a conflict there must stop everything else;
 * history and change requests follow, so they never describe a save that did not happen.
 */
export async function submitActionUpdate(
  services: PlanServices,
  action: Action,
  version: VersionTag,
  input: ActionUpdateInput,
  user: Person,
  now: Date
): Promise<ActionUpdateResult> {
  const problems = validateActionUpdate(action, input, now, user);
  if (problems.length) throw new ValidationError(problems);

  const today = londonDate(now);
  const updated = applyUpdateInput(action, input, user, now);
  const assessment = rateActionAt(updated, now);
  const previousRating: ProgressRating | undefined = action.rating;
  const changes: ActionChanges = {
    status: updated.status,
    progressPercent: updated.progressPercent,
    commentary: updated.commentary,
    nextSteps: updated.nextSteps,
    issues: updated.issues,
    evidence: updated.evidence,
    completedOn: updated.completedOn,
    rating: assessment.rating,
    ratingReason: explainRating(assessment),
    lastUpdated: now,
    ...(updated.override ? { override: updated.override } : { clearOverride: action.override !== undefined })
  };
  const newVersion = await services.updateAction(action.id, changes, version);
  const saved: Action = { ...updated, rating: assessment.rating };

  await services.addProgressUpdate({
    actionId: action.id,
    periodId: periodOf(now),
    submittedBy: user,
    submittedAt: now,
    status: updated.status,
    progressPercent: updated.progressPercent,
    commentary: updated.commentary ?? '',
    nextSteps: updated.nextSteps,
    achievements: [],
    evidence: updated.evidence.slice(action.evidence.length),
    ratingAtSubmission: assessment.rating
  });

  let changeRequest: ChangeRequest | undefined;
  // The domain builds and checks the request; the store gives it its id and reference number.
  const basis = { id: 'new', reference: 1, requestedBy: user, requestedOn: today };
  const built = input.requestedDueDate
    ? requestReprofile(action, input.requestedDueDate, { ...basis, rationale: input.dateChangeRationale ?? '' })
    : input.status === 'Closed' && action.status !== 'Closed'
      ? requestClosure(action, { ...basis, rationale: input.closureRationale ?? '' })
      : undefined;
  if (built && !built.ok) throw new ValidationError([{ field: input.requestedDueDate ? 'requestedDueDate' : 'closureRationale', message: built.error }]);
  if (built && built.ok) {
    const { id: _id, reference: _reference, status: _status, ...request } = built.value;
    changeRequest = await services.submitChangeRequest(request);
  }

  const slipped = detectSlippage(
    {
      actionId: action.id,
      actionCode: action.code,
      actionTitle: action.title,
      themeCode: action.themeCode,
      previousRating,
      currentRating: assessment.rating,
      dueDate: assessment.dueDate,
      baselineDueDate: action.baselineDueDate,
      daysOverdue: assessment.daysOverdue,
      reason: explainRating(assessment)
    },
    today
  );
  return { action: saved, version: newVersion, ...(slipped ? { slipped } : {}), ...(changeRequest ? { changeRequest } : {}) };
}
