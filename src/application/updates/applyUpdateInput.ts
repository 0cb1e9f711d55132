import {
  londonDate,
  rateActionAt,
  explainRating,
  type Action,
  type ActionIssue,
  type EvidenceLink,
  type Person,
  type ProgressRating,
  type RagPolicy,
  DEFAULT_RAG_POLICY
} from '../../domain';
import type { ActionUpdateInput } from './actionUpdateInput';

/**
 * The action as it would stand after the update, before change control: status, progress,
 * commentary, a new issue and evidence applied; dates untouched (a new date is only a request).
 * A Closed status is also only a request, so the action keeps its current status for rating.
 */
export function applyUpdateInput(action: Action, input: ActionUpdateInput, user: Person, now: Date): Action {
  const today = londonDate(now);
  const status = input.status === 'Closed' && action.status !== 'Closed' ? action.status : input.status;
  const issues: ActionIssue[] = [...action.issues];
  if (input.issuesText?.trim()) {
    issues.push({ id: `issue-${now.getTime()}`, description: input.issuesText.trim(), severity: 'Medium', raisedOn: today, raisedBy: user });
  }
  const evidence: EvidenceLink[] = [...action.evidence];
  if (input.evidenceUrl?.trim()) {
    evidence.push({ url: input.evidenceUrl.trim(), title: input.evidenceTitle?.trim() || input.evidenceUrl.trim(), addedOn: today });
  }
  const progressPercent = status === 'Complete' ? 100 : input.progressPercent ?? action.progressPercent;
  const override =
    input.overrideRating && input.overrideReason?.trim()
      ? { rating: input.overrideRating, reason: input.overrideReason.trim(), by: user, at: now }
      : undefined;
  return {
    ...action,
    status,
    progressPercent,
    // The box starts empty each period: left empty, it keeps the commentary on record rather than wiping it.
    commentary: input.commentary.trim() || action.commentary,
    nextSteps: input.nextSteps?.trim() || undefined,
    issues,
    evidence,
    override,
    completedOn: status === 'Complete' ? action.completedOn ?? today : undefined,
    // A form that never offered the forecast leaves it as it was; a finished action needs none.
    forecastDate: status === 'Complete' ? undefined : Object.prototype.hasOwnProperty.call(input, 'forecastDate') ? input.forecastDate : action.forecastDate
  };
}

/** The rating an update would give, with the words explaining it (shown live on the form). */
export function previewRating(
  action: Action,
  input: ActionUpdateInput,
  now: Date,
  user: Person = { displayName: 'You' },
  policy: RagPolicy = DEFAULT_RAG_POLICY
): { rating: ProgressRating; reason: string } {
  const assessment = rateActionAt(applyUpdateInput(action, input, user, now), now, policy);
  return { rating: assessment.rating, reason: explainRating(assessment) };
}
