/**
 * The demo's records as the app will read them, rated by the published policy. The generator uses
 * this to make each action's facts, rating and commentary agree, and the seeder to write them.
 */
import { DEFAULT_RAG_POLICY, rateAction, type ActionIssue, type ActionStatus, type ProgressRating, type RatingAssessment } from '../../src/domain';
import type { DemoAction, DemoStatus } from './demoTypes';

/** The demo's status: R/A/G are ratings of live work, so the status is InProgress and the rating that colour. */
export function demoStatus(status: DemoStatus): { status: ActionStatus; rating: ProgressRating } {
  if (status === 'Green' || status === 'Amber' || status === 'Red') return { status: 'InProgress', rating: status };
  return { status, rating: status };
}

/** The action's issue as seeded: one per action with issue text, High when the action is Red, raised when it slipped (else on its last update). */
export function demoIssues(a: Pick<DemoAction, 'Code' | 'Issues' | 'IssueRaisedOn' | 'Status' | 'LastUpdated'>): ActionIssue[] {
  const text = a.Issues.trim();
  return text ? [{ id: `${a.Code}-1`, description: text, severity: a.Status === 'Red' ? 'High' : 'Medium', raisedOn: a.IssueRaisedOn ?? a.LastUpdated.slice(0, 10) }] : [];
}

/** What the policy makes of the action on `today`, before any override: the rating the app calculates. */
export function assessDemoAction(a: DemoAction, today: string): RatingAssessment {
  const { status } = demoStatus(a.Status);
  return rateAction(
    {
      id: a.Code,
      status,
      startDate: a.StartDate,
      baselineDueDate: a.BaselineDueDate,
      currentDueDate: a.CurrentDueDate,
      ...(a.DueDateText ? { dueDateText: a.DueDateText } : {}),
      ...(a.ForecastDate ? { forecastDate: a.ForecastDate } : {}),
      ...(status === 'Complete' ? { completedOn: a.LastUpdated.slice(0, 10) } : {}),
      progressPercent: a.ProgressPercent,
      issues: demoIssues(a),
      ...(a.ClosureRationale ? { closureRationale: a.ClosureRationale } : {})
    },
    today,
    DEFAULT_RAG_POLICY
  );
}

/** The rating the app shows for the action on `today`: the lead's or programme office's override, else the policy's. */
export function demoRatingShown(a: DemoAction, today: string): ProgressRating {
  const calculated = assessDemoAction(a, today).calculatedRating;
  const overridable = calculated === 'Red' || calculated === 'Amber' || calculated === 'Green';
  return a.RatingOverride && overridable ? a.RatingOverride : calculated;
}
