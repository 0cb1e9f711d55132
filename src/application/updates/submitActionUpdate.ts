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
import { followingKey, newOperationKey, type OperationKey } from '../operationKey';
import type { ActionChanges, PlanServices, VersionTag } from '../ports/planRepository';
import type { SlipAnnouncement, SlipAnnouncer } from '../ports/slipAnnouncer';
import type { ActionUpdateInput } from './actionUpdateInput';
import { applyUpdateInput } from './applyUpdateInput';
import { validateActionUpdate } from './validateActionUpdate';

/** What a successful update produced. */
export interface ActionUpdateResult {
  /** The action as saved. */
  action: Action;
  /** Its new version token. */
  version: VersionTag;
  /** Present when the update worsened the rating into Amber or Red. */
  slipped?: SlippageEvent;
  /**
   * Present with `slipped` when an announcer was given: how the slip's card went out. The save is
   * complete without it; it settles once the card is posted or left for the sweep, never rejects.
   */
  announcement?: Promise<SlipAnnouncement>;
  /** The progress history entry the save added (absent when that write is unfinished). */
  progressUpdateId?: string;
  /** Present when the update asked change control for a new date or a closure. */
  changeRequest?: ChangeRequest;
  /**
   * Writes that follow the saved action and failed even after the data layer's retries (SharePoint
   * throttling for minutes, a dropped connection). The action itself is saved; these say what is
   * missing and can be retried as they are, so nothing the lead typed is lost.
   */
  unfinished?: UnfinishedWrite[];
}

/** A write that belongs to a saved update but has not happened yet. */
export interface UnfinishedWrite {
  /** What is missing: the progress history entry, or the request to change control. */
  kind: 'progressHistory' | 'changeRequest';
  /** Why the last attempt failed, in the data layer's words. */
  error: string;
  /** Tries the same write again; resolves with the change request when that is what it wrote. */
  retry(): Promise<ChangeRequest | undefined>;
}

/** Who hears of a slip the save causes, and the theme name its card shows. */
export interface SlipAnnouncing {
  announcer: SlipAnnouncer;
  themeName?: string;
}

/** The reporting period an update belongs to: the London calendar month, e.g. `2026-11`. */
export function periodOf(now: Date): string {
  return londonDate(now).slice(0, 7);
}

/**
 * Saves a lead's update: validates it, re-rates the action under the published policy, saves it
 * against the version the lead saw (a concurrent save surfaces as ConflictError and nothing is
 * written), records the update in the progress history, asks change control for any new date or
 * closure, and announces a slip into Amber or Red to the theme's director through the host's
 * {@link SlipAnnouncer}.
 *
 * Order matters: the action is saved first, because a conflict there must stop everything else;
 * history and change requests follow, so they never describe a save that did not happen.
 *
 * Every write carries `operationKey` (its history entry and change request keys derived from it),
 * so a write whose answer was lost is recognised instead of reported as failed or made twice: the
 * save then counts as saved and its history entry and alert follow as usual. A host that submits
 * the same update again after an error passes the same key.
 */
export async function submitActionUpdate(
  services: PlanServices,
  action: Action,
  version: VersionTag,
  input: ActionUpdateInput,
  user: Person,
  now: Date,
  operationKey: OperationKey = newOperationKey(),
  announcing?: SlipAnnouncing
): Promise<ActionUpdateResult> {
  const problems = validateActionUpdate(action, input, now, user);
  if (problems.length) throw new ValidationError(problems);

  const today = londonDate(now);
  const updated = applyUpdateInput(action, input, user, now);
  const assessment = rateActionAt(updated, now);
  const fromRating: ProgressRating | undefined = action.rating;
  const changes: ActionChanges = {
    status: updated.status,
    progressPercent: updated.progressPercent,
    commentary: updated.commentary,
    nextSteps: updated.nextSteps,
    issues: updated.issues,
    evidence: updated.evidence,
    completedOn: updated.completedOn,
    forecastDate: updated.forecastDate,
    rating: assessment.rating,
    ratingReason: explainRating(assessment),
    lastUpdated: now,
    ...(updated.override ? { override: updated.override } : { clearOverride: action.override !== undefined })
  };
  // The change request is built (and checked) before anything is written, so a bad request can
  // never leave a saved action behind a validation error.
  const basis = { id: 'new', reference: 1, requestedBy: user, requestedOn: today };
  const built = input.requestedDueDate
    ? requestReprofile(action, input.requestedDueDate, { ...basis, rationale: input.dateChangeRationale ?? '' })
    : input.status === 'Closed' && action.status !== 'Closed'
      ? requestClosure(action, { ...basis, rationale: input.closureRationale ?? '' })
      : undefined;
  if (built && !built.ok) throw new ValidationError([{ field: input.requestedDueDate ? 'requestedDueDate' : 'closureRationale', message: built.error }]);

  const newVersion = await services.updateAction(action.id, changes, version, operationKey);
  const saved: Action = { ...updated, rating: assessment.rating };

  // From here the action is saved: a failing follow-up is reported with its retry, never thrown,
  // so the lead is not told "not saved" (and then shown a conflict with their own save).
  const unfinished: UnfinishedWrite[] = [];
  const attempt = async <T>(kind: UnfinishedWrite['kind'], write: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await write();
    } catch (error) {
      const retry = async (): Promise<ChangeRequest | undefined> => {
        const result = await write();
        return kind === 'changeRequest' ? (result as unknown as ChangeRequest) : undefined;
      };
      unfinished.push({ kind, error: error instanceof Error ? error.message : String(error), retry });
      return undefined;
    }
  };
  const history = {
    actionId: action.id,
    periodId: periodOf(now),
    submittedBy: user,
    submittedAt: now,
    status: updated.status,
    progressPercent: updated.progressPercent,
    // What was said this period: empty when the lead left the box empty.
    commentary: input.commentary.trim(),
    nextSteps: updated.nextSteps,
    achievements: [],
    evidence: updated.evidence.slice(action.evidence.length),
    ...(updated.forecastDate ? { forecastDate: updated.forecastDate } : {}),
    ratingAtSubmission: assessment.rating
  };
  const recorded = await attempt('progressHistory', () => services.addProgressUpdate(history, followingKey(operationKey, 'history')));

  let changeRequest: ChangeRequest | undefined;
  if (built && built.ok) {
    // The domain builds and checks the request; the store gives it its id and reference number.
    const { id: _id, reference: _reference, status: _status, ...request } = built.value;
    changeRequest = await attempt('changeRequest', () => services.submitChangeRequest(request, followingKey(operationKey, 'changeRequest')));
  }

  const slipped = detectSlippage(
    {
      actionId: action.id,
      actionCode: action.code,
      actionTitle: action.title,
      themeCode: action.themeCode,
      fromRating,
      toRating: assessment.rating,
      dueDate: assessment.dueDate,
      baselineDueDate: action.baselineDueDate,
      daysOverdue: assessment.daysOverdue,
      reason: explainRating(assessment)
    },
    today
  );
  // The card goes out after the save, in the background: the lead is told the save succeeded at
  // once, and hears of the card only if it must wait for the sweep.
  const announcement =
    slipped && announcing
      ? announcing.announcer.announce({
          event: slipped,
          action: saved,
          changedBy: user,
          ...(announcing.themeName ? { themeName: announcing.themeName } : {}),
          ...(recorded ? { progressUpdateId: recorded.id } : {})
        })
        .catch((error: unknown): SlipAnnouncement => ({ status: 'leftForSweep', detail: error instanceof Error ? error.message : String(error) }))
      : undefined;
  return {
    action: saved,
    version: newVersion,
    ...(recorded ? { progressUpdateId: recorded.id } : {}),
    ...(slipped ? { slipped } : {}),
    ...(announcement ? { announcement } : {}),
    ...(changeRequest ? { changeRequest } : {}),
    ...(unfinished.length ? { unfinished } : {})
  };
}
