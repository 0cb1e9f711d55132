import { dueDateInForce, type Action, type RatingOverride } from '../model/action';
import { isIssueOpen } from '../model/issue';
import { daysBetween, formatUkDate, type IsoDate } from '../dates/isoDate';
import { londonDate } from '../dates/london';
import { applyOverride, describeOverride, overrideApplies } from './override';
import { DEFAULT_RAG_POLICY, type RagPolicy } from './policy';
import { compareBySeverity, RATING_LABELS, worseOf, type ProgressRating } from './ratings';

/** The rule of the policy that produced a reason. */
export type RatingRule = 'status' | 'overdue' | 'forecast' | 'progressVsElapsed' | 'lateStart' | 'openIssues' | 'onTrack';

/** One reason behind a rating, in words a member can read. */
export interface RatingReason {
  /** Rule that fired. */
  readonly rule: RatingRule;
  /** Rating this rule alone would give. */
  readonly rating: ProgressRating;
  /** Explanation, e.g. `'Due 31 Mar 2026, 12 days overdue'`. */
  readonly text: string;
}

/** The facts about an action that its rating depends on. */
export type RateableAction = Pick<
  Action,
  | 'id'
  | 'status'
  | 'startDate'
  | 'baselineDueDate'
  | 'currentDueDate'
  | 'dueDateText'
  | 'forecastDate'
  | 'completedOn'
  | 'progressPercent'
  | 'issues'
  | 'closureRationale'
  | 'override'
>;

/** The result of rating an action: what readers see, what was calculated, and why. */
export interface RatingAssessment {
  /** Action rated. */
  readonly actionId: string;
  /** Rating shown: the override when one applies, else the calculated rating. */
  readonly rating: ProgressRating;
  /** Rating the policy gives. */
  readonly calculatedRating: ProgressRating;
  /** The override in force, when one applies. */
  readonly override?: RatingOverride;
  /** True when an override is on record but no longer applies (the action is complete, closed, on hold or not started). */
  readonly overrideLapsed: boolean;
  /** Reasons for the calculated rating, worst first. */
  readonly reasons: readonly RatingReason[];
  /** Due date the action was judged against. */
  readonly dueDate?: IsoDate;
  /** Days past the due date (0 when not overdue). */
  readonly daysOverdue: number;
  /** Day of the assessment. */
  readonly assessedOn: IsoDate;
  /** Name of the policy applied. */
  readonly policyName: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function statusReason(action: RateableAction): RatingReason | undefined {
  switch (action.status) {
    case 'Closed':
      return { rule: 'status', rating: 'Closed', text: `Closed: ${action.closureRationale?.trim() || 'no rationale recorded'}` };
    case 'Complete':
      return { rule: 'status', rating: 'Complete', text: action.completedOn ? `Completed ${formatUkDate(action.completedOn)}` : 'Complete' };
    case 'OnHold':
      return { rule: 'status', rating: 'OnHold', text: 'On hold' };
    default:
      return undefined;
  }
}

function overdueReason(due: IsoDate | undefined, baseline: IsoDate | undefined, today: IsoDate, policy: RagPolicy): RatingReason | undefined {
  if (due === undefined || today <= due) return undefined;
  const late = daysBetween(due, today);
  if (late <= policy.overdue.graceDays) return undefined;
  const rating = late > policy.overdue.redAfterDays ? 'Red' : 'Amber';
  const wasBaseline = baseline !== undefined && baseline !== due ? ` (baseline ${formatUkDate(baseline)})` : '';
  return { rule: 'overdue', rating, text: `Due ${formatUkDate(due)}${wasBaseline}, ${plural(late, 'day')} overdue` };
}

function forecastReason(due: IsoDate | undefined, forecast: IsoDate | undefined, policy: RagPolicy): RatingReason | undefined {
  if (due === undefined || forecast === undefined || forecast <= due) return undefined;
  const slip = daysBetween(due, forecast);
  if (slip <= policy.forecast.toleranceDays) return undefined;
  const rating = slip > policy.forecast.redAfterDays ? 'Red' : 'Amber';
  return {
    rule: 'forecast',
    rating,
    text: `Forecast ${formatUkDate(forecast)} is ${plural(slip, 'day')} after the due date ${formatUkDate(due)}`
  };
}

function lateStartReason(start: IsoDate | undefined, today: IsoDate, policy: RagPolicy): RatingReason | undefined {
  if (start === undefined || today <= start) return undefined;
  const late = daysBetween(start, today);
  if (late <= policy.lateStart.amberAfterDays) return undefined;
  const rating = late > policy.lateStart.redAfterDays ? 'Red' : 'Amber';
  return { rule: 'lateStart', rating, text: `Not started ${plural(late, 'day')} after the planned start of ${formatUkDate(start)}` };
}

function progressReason(action: RateableAction, due: IsoDate | undefined, today: IsoDate, policy: RagPolicy): RatingReason | undefined {
  const { startDate, progressPercent } = action;
  if (startDate === undefined || due === undefined || progressPercent === undefined || due <= startDate) return undefined;
  const rule = policy.progressVsElapsed;
  const elapsed = Math.min(100, Math.max(0, (daysBetween(startDate, today) / daysBetween(startDate, due)) * 100));
  if (elapsed < rule.minimumElapsedPercent) return undefined;
  const gap = elapsed - progressPercent;
  if (gap <= rule.amberGapPoints) return undefined;
  const rating = gap > rule.redGapPoints ? 'Red' : 'Amber';
  return {
    rule: 'progressVsElapsed',
    rating,
    text: `${Math.round(progressPercent)}% complete with ${Math.round(elapsed)}% of the time to ${formatUkDate(due)} gone`
  };
}

function issuesReason(action: RateableAction, today: IsoDate, policy: RagPolicy): RatingReason | undefined {
  const open = action.issues.filter((issue) => isIssueOpen(issue, today));
  const high = open.filter((issue) => issue.severity === 'High').length;
  const rule = policy.openIssues;
  let rating: ProgressRating | undefined;
  if (open.length > 0 && open.length >= rule.redAtCount) rating = 'Red';
  else if (open.length > 0 && open.length >= rule.amberAtCount) rating = 'Amber';
  if (high > 0) rating = rating === undefined ? rule.highSeverityRating : worseOf(rating, rule.highSeverityRating);
  if (rating === undefined) return undefined;
  return { rule: 'openIssues', rating, text: `${plural(open.length, 'open issue')}${high > 0 ? ` (${high} high severity)` : ''}` };
}

function calmReason(action: RateableAction, due: IsoDate | undefined, today: IsoDate): RatingReason {
  if (action.status === 'NotStarted') {
    return {
      rule: 'status',
      rating: 'NotStarted',
      text: action.startDate ? `Not started; planned start ${formatUkDate(action.startDate)}` : 'Not started'
    };
  }
  if (due === undefined) {
    return { rule: 'onTrack', rating: 'Green', text: `On track; no fixed due date${action.dueDateText ? ` (${action.dueDateText})` : ''}` };
  }
  const left = daysBetween(today, due);
  return { rule: 'onTrack', rating: 'Green', text: `On track; due ${formatUkDate(due)}, ${left === 0 ? 'today' : `${plural(left, 'day')} left`}` };
}

/**
 * Rates an action on `today` (a Europe/London day) under `policy`.
 *
 * Status comes first: Closed, Complete and On hold are states, not judgements. Otherwise every
 * rule of the policy is checked (overdue against the due date in force, forecast slip, progress
 * against time elapsed, late start for work not begun, open issues) and the worst result wins,
 * with every rule that fired kept as a reason. An in-progress action no rule flags is Green; a
 * not-started one stays Not started. A manual override replaces the shown rating while the
 * calculated rating is Red, Amber or Green, and both remain in the assessment.
 */
export function rateAction(action: RateableAction, today: IsoDate, policy: RagPolicy = DEFAULT_RAG_POLICY): RatingAssessment {
  const due = dueDateInForce(action);
  const overdueBy = due !== undefined && today > due ? daysBetween(due, today) : 0;
  const byStatus = statusReason(action);
  const reasons: RatingReason[] = [];
  if (byStatus) {
    reasons.push(byStatus);
  } else {
    const candidates = [
      overdueReason(due, action.baselineDueDate, today, policy),
      forecastReason(due, action.forecastDate, policy),
      action.status === 'NotStarted' ? lateStartReason(action.startDate, today, policy) : progressReason(action, due, today, policy),
      issuesReason(action, today, policy)
    ];
    for (const reason of candidates) if (reason) reasons.push(reason);
    if (reasons.length === 0) reasons.push(calmReason(action, due, today));
  }
  reasons.sort((a, b) => compareBySeverity(a.rating, b.rating));
  const calculated = reasons[0].rating;
  const applies = overrideApplies(calculated, action.override);
  return {
    actionId: action.id,
    rating: applyOverride(calculated, action.override),
    calculatedRating: calculated,
    ...(applies ? { override: action.override } : {}),
    overrideLapsed: action.override !== undefined && !applies,
    reasons,
    ...(due !== undefined ? { dueDate: due } : {}),
    daysOverdue: byStatus ? 0 : overdueBy,
    assessedOn: today,
    policyName: policy.name
  };
}

/** {@link rateAction} for an instant: the day is the Europe/London day of `now`. */
export function rateActionAt(action: RateableAction, now: Date, policy: RagPolicy = DEFAULT_RAG_POLICY): RatingAssessment {
  return rateAction(action, londonDate(now), policy);
}

/**
 * Why an action has its rating, in words: the reasons worst first, joined by semicolons
 * (`'Due 31 Mar 2026, 12 days overdue; 2 open issues'`). With an override in force it says who
 * set which rating and why, then what the policy calculated, so the judgement stays visible.
 */
export function explainRating(assessment: RatingAssessment): string {
  const because = assessment.reasons.map((reason) => reason.text).join('; ');
  if (assessment.override) {
    // The override reason is the officer's own sentence; don't add a second full stop after theirs.
    const said = describeOverride(assessment.override).replace(/[.!?]+$/, '');
    return `${said}. Calculated rating ${RATING_LABELS[assessment.calculatedRating]}: ${because}`;
  }
  return because;
}
