import {
  actionsByRecommendation,
  assessRisk,
  changesSince,
  compareReferenceCodes,
  countRatings,
  isExceptionRating,
  parsePeriodId,
  periodWithin,
  themeSummary,
  type IsoDate,
  type Plan,
  type PlanSnapshot,
  type RatingChange,
  type RatingCounts,
  type RecommendationProgress,
  type ReportingPeriod,
  type RiskAssessment,
  type Risk,
  type ThemeSummary
} from '../../domain';
import { narrativeOf } from '../themeSummary/themeSummaryReport';

/** A risk of the theme, with its scores worked out. */
export interface ReturnRisk {
  readonly risk: Risk;
  readonly assessment: RiskAssessment;
}

/** A next step a lead reported for the period. */
export interface NextStep {
  readonly actionCode: string;
  readonly text: string;
}

/** One theme's part of the return. */
export interface ReturnTheme {
  /** Rating and reason, achievements, exceptions with recovery and new dates, from the domain. */
  readonly summary: ThemeSummary;
  /** The theme's written summary of progress, when there is one. */
  readonly narrative?: string;
  /** Open risks of the theme, highest residual score first. */
  readonly risks: readonly ReturnRisk[];
  /** Next steps from the period's progress updates on the theme's main actions, in code order. */
  readonly nextSteps: readonly NextStep[];
}

/** The periodic return to the ministry and the improvement panel, ready to lay out. */
export interface ReturnToGovernment {
  readonly title: string;
  readonly council: string;
  readonly period: ReportingPeriod;
  readonly preparedOn: IsoDate;
  /** Every action by rating at the end of the period. */
  readonly counts: RatingCounts;
  readonly totalActions: number;
  /** The return this one follows, when a period was closed before it. */
  readonly previous?: { readonly label: string; readonly slips: readonly RatingChange[] };
  /** Every recommendation and Direction, statutory first, with the actions answering it. */
  readonly recommendations: readonly RecommendationProgress[];
  /** Every theme, in plan order. */
  readonly themes: readonly ReturnTheme[];
}

/** What {@link returnToGovernment} is built from. */
export interface ReturnInput {
  readonly plan: Plan;
  readonly period: ReportingPeriod;
  /** The period's snapshot: a closed period's, or the live plan's. */
  readonly snapshot: PlanSnapshot;
  /** The last period closed before this one, to count the slips since the last return. */
  readonly previous?: { readonly label: string; readonly snapshot: PlanSnapshot };
  readonly preparedOn: IsoDate;
  readonly title?: string;
}

/** Open risks of a theme, highest residual score first, then by reference. */
export function themeRisks(risks: readonly Risk[], themeCode: string): ReturnRisk[] {
  return risks
    .filter((r) => r.themeCode === themeCode && r.status === 'Open')
    .map((risk) => ({ risk, assessment: assessRisk(risk) }))
    .sort((a, b) => b.assessment.residual.value - a.assessment.residual.value || compareReferenceCodes(a.risk.reference, b.risk.reference));
}

/**
 * Next steps from the progress updates for months in the period (up to `asOf`) on the theme's
 * main actions: each action's latest update that names one, in code order.
 */
export function themeNextSteps(plan: Plan, themeCode: string, period: ReportingPeriod, asOf: IsoDate): NextStep[] {
  const mains = new Map(plan.actions.filter((a) => a.themeCode === themeCode && a.kind === 'main').map((a) => [a.id, a.code]));
  const latest = new Map<string, { at: number; text: string }>();
  for (const u of plan.progressUpdates) {
    const month = parsePeriodId(u.periodId);
    const text = u.nextSteps?.trim();
    if (!mains.has(u.actionId) || !text || !month.ok || !periodWithin(month.value, period) || month.value.start > asOf) continue;
    const seen = latest.get(u.actionId);
    if (!seen || seen.at < u.submittedAt.getTime()) latest.set(u.actionId, { at: u.submittedAt.getTime(), text });
  }
  return [...latest.entries()].map(([id, s]) => ({ actionCode: mains.get(id) ?? id, text: s.text })).sort((a, b) => compareReferenceCodes(a.actionCode, b.actionCode));
}

/**
 * Chooses what the return to government says: overall progress (actions by rating, slips into
 * Amber or Red since the last return), every recommendation and Direction with the actions
 * answering it (statutory first; those no action answers stay in, flagged), and per theme its
 * rating with the reason, achievements, exceptions with recovery and new dates, key risks and next steps.
 */
export function returnToGovernment(input: ReturnInput): ReturnToGovernment {
  const { plan, period, snapshot } = input;
  const slips = input.previous ? changesSince(input.previous.snapshot, snapshot).ratingChanges.filter((c) => c.direction === 'Worse' && isExceptionRating(c.to)) : [];
  return {
    title: input.title ?? `${plan.name}: return to government`,
    council: plan.council,
    period,
    preparedOn: input.preparedOn,
    counts: countRatings(snapshot.actions.map((a) => a.rating)),
    totalActions: snapshot.actions.length,
    ...(input.previous ? { previous: { label: input.previous.label, slips } } : {}),
    recommendations: actionsByRecommendation(plan.recommendations, snapshot, plan.rollupMethod).recommendations,
    themes: [...plan.themes]
      .sort((a, b) => a.order - b.order)
      .map((theme) => ({
        summary: themeSummary({ theme, period, snapshot, actions: plan.actions, updates: plan.progressUpdates, milestones: plan.milestones, requests: plan.changeRequests, ...(plan.rollupMethod ? { method: plan.rollupMethod } : {}) }),
        ...narrativeOf(theme),
        risks: themeRisks(plan.risks, theme.code),
        nextSteps: themeNextSteps(plan, theme.code, period, snapshot.asOf)
      }))
  };
}
