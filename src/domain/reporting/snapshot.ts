import { dueDateInForce, type Action, type ActionKind, type ActionStatus } from '../model/action';
import type { Person } from '../model/people';
import type { IsoDate } from '../dates/isoDate';
import { compareReferenceCodes } from '../codes/referenceCode';
import { DEFAULT_RAG_POLICY, type RagPolicy } from '../rag/policy';
import { explainRating, rateAction } from '../rag/rateAction';
import type { ProgressRating } from '../rag/ratings';
import type { ReportingPeriod } from './period';

/** An action as it stood at the close of a reporting period. */
export interface ActionSnapshot {
  /** Action id. */
  readonly actionId: string;
  /** Code. */
  readonly code: string;
  /** Title. */
  readonly title: string;
  /** Kind. */
  readonly kind: ActionKind;
  /** Theme code. */
  readonly themeCode: string;
  /** Workstream code. */
  readonly workstreamCode: string;
  /** Parent action id. */
  readonly parentId?: string;
  /** Lead. */
  readonly lead?: Person;
  /** Status reported. */
  readonly status: ActionStatus;
  /** Rating shown (override applied). */
  readonly rating: ProgressRating;
  /** Rating calculated by the policy. */
  readonly calculatedRating: ProgressRating;
  /** Whether an override set the shown rating. */
  readonly overridden: boolean;
  /** Why, in words (see `explainRating`). */
  readonly reason: string;
  /** Due date in force. */
  readonly dueDate?: IsoDate;
  /** Baseline due date. */
  readonly baselineDueDate?: IsoDate;
  /** Forecast. */
  readonly forecastDate?: IsoDate;
  /** Days overdue at the snapshot. */
  readonly daysOverdue: number;
  /** % complete. */
  readonly progressPercent?: number;
  /** Approved reprofiles so far. */
  readonly reprofileCount: number;
  /** Commentary at the snapshot. */
  readonly commentary?: string;
  /** Next steps at the snapshot. */
  readonly nextSteps?: string;
  /** Closure rationale. */
  readonly closureRationale?: string;
  /** Recommendations answered. */
  readonly recommendationIds: readonly string[];
}

/**
 * The whole plan's actions frozen at a day, so a period's report can be reproduced later and
 * compared with the next one. Actions are in code order.
 */
export interface PlanSnapshot {
  /** Period the snapshot closes. */
  readonly periodId: string;
  /** Day the actions were rated as at. */
  readonly asOf: IsoDate;
  /** Policy used. */
  readonly policyName: string;
  /** Actions. */
  readonly actions: readonly ActionSnapshot[];
}

/**
 * Freezes the actions for a period. They are rated as at the earlier of `today` and the period's
 * last day, so a report on a closed month is judged on that month, not on the day it is printed.
 */
export function takeSnapshot(
  actions: readonly Action[],
  period: ReportingPeriod,
  today: IsoDate,
  policy: RagPolicy = DEFAULT_RAG_POLICY
): PlanSnapshot {
  const asOf = today < period.end ? today : period.end;
  const snapshots = [...actions]
    .sort((a, b) => compareReferenceCodes(a.code, b.code))
    .map((action): ActionSnapshot => {
      const assessment = rateAction(action, asOf, policy);
      const due = dueDateInForce(action);
      const optional = {
        ...(action.parentId !== undefined ? { parentId: action.parentId } : {}),
        ...(action.lead !== undefined ? { lead: action.lead } : {}),
        ...(due !== undefined ? { dueDate: due } : {}),
        ...(action.baselineDueDate !== undefined ? { baselineDueDate: action.baselineDueDate } : {}),
        ...(action.forecastDate !== undefined ? { forecastDate: action.forecastDate } : {}),
        ...(action.progressPercent !== undefined ? { progressPercent: action.progressPercent } : {}),
        ...(action.commentary !== undefined ? { commentary: action.commentary } : {}),
        ...(action.nextSteps !== undefined ? { nextSteps: action.nextSteps } : {}),
        ...(action.closureRationale !== undefined ? { closureRationale: action.closureRationale } : {})
      };
      return {
        actionId: action.id,
        code: action.code,
        title: action.title,
        kind: action.kind,
        themeCode: action.themeCode,
        workstreamCode: action.workstreamCode,
        status: action.status,
        rating: assessment.rating,
        calculatedRating: assessment.calculatedRating,
        overridden: assessment.override !== undefined,
        reason: explainRating(assessment),
        daysOverdue: assessment.daysOverdue,
        reprofileCount: action.reprofileCount,
        recommendationIds: action.recommendationIds,
        ...optional
      };
    });
  return { periodId: period.id, asOf, policyName: policy.name, actions: snapshots };
}
