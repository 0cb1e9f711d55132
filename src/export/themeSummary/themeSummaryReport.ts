import {
  changeLog,
  isInPeriod,
  normaliseReferenceCode,
  themeSummary,
  type ChangeLogEntry,
  type IsoDate,
  type Plan,
  type PlanSnapshot,
  type ReportingPeriod,
  type ReportedThemeRating,
  type Theme,
  type ThemeSummary
} from '../../domain';

/** One theme's part of the Cabinet report. */
export interface ThemeSection {
  /** The domain's theme summary: rating and reason, exceptions, achievements, milestones. */
  readonly summary: ThemeSummary;
  /** The theme's written summary: the Themes list's summary (or its description when it has none). */
  readonly narrative?: string;
  /** The programme office's own rating of the theme and why, shown beside the calculated one. */
  readonly reported?: ReportedThemeRating;
  /** Changes approved at change control during the period. */
  readonly approvedChanges: readonly ChangeLogEntry[];
}

/** The theme progress summary for Cabinet, ready to be laid out as a document. */
export interface ThemeSummaryReport {
  /** Document title. */
  readonly title: string;
  /** Council name. */
  readonly council: string;
  /** Period reported. */
  readonly period: ReportingPeriod;
  /** Day the report was prepared. */
  readonly preparedOn: IsoDate;
  /** Every theme, in plan order. */
  readonly themes: readonly ThemeSection[];
}

/** What {@link themeSummaryReport} is built from. */
export interface ThemeSummaryReportInput {
  readonly plan: Plan;
  readonly period: ReportingPeriod;
  /** Snapshot of the period (a closed period's, or the live plan's). */
  readonly snapshot: PlanSnapshot;
  readonly preparedOn: IsoDate;
  /** Written summary per theme code. */
  readonly narratives?: Readonly<Record<string, string>>;
  readonly title?: string;
}

/** The theme's written summary: one given for this report, else the Themes list's summary, else its description. */
export function narrativeOf(theme: Theme, narratives?: Readonly<Record<string, string>>): { narrative?: string } {
  const text = narratives?.[theme.code] ?? theme.summary ?? theme.description;
  return text !== undefined && text.trim() !== '' ? { narrative: text.trim() } : {};
}

/**
 * Builds the theme progress summary from the domain: per theme the rating and its reason, the
 * exceptions with commentary, achievements by month, key milestones, and the changes approved in
 * the period (matched to the theme by the changed item's code or action).
 */
export function themeSummaryReport(input: ThemeSummaryReportInput): ThemeSummaryReport {
  const { plan, period, snapshot } = input;
  const themeOfAction = new Map(plan.actions.map((a) => [a.id, a.themeCode]));
  const themeOfCode = new Map(plan.actions.map((a) => [normaliseReferenceCode(a.code), a.themeCode]));
  const approved = changeLog(plan.changeRequests.filter((r) => r.status === 'Approved' && r.decidedOn !== undefined && isInPeriod(period, r.decidedOn)));
  const actionOf = new Map(plan.changeRequests.map((r) => [r.reference, r.actionId]));
  const themeOfChange = (entry: ChangeLogEntry): string | undefined => {
    const byAction = actionOf.get(entry.reference);
    const code = normaliseReferenceCode(entry.targetCode);
    return (byAction !== undefined ? themeOfAction.get(byAction) : undefined) ?? themeOfCode.get(code) ?? plan.themes.find((t) => code === t.code || code.startsWith(`${t.code}.`))?.code;
  };
  return {
    title: input.title ?? `${plan.name}: theme progress summary`,
    council: plan.council,
    period,
    preparedOn: input.preparedOn,
    themes: [...plan.themes]
      .sort((a, b) => a.order - b.order)
      .map((theme) => ({
        summary: themeSummary({ theme, period, snapshot, actions: plan.actions, updates: plan.progressUpdates, milestones: plan.milestones, requests: plan.changeRequests, ...(plan.rollupMethod ? { method: plan.rollupMethod } : {}) }),
        ...narrativeOf(theme, input.narratives),
        ...(theme.reportedRating ? { reported: theme.reportedRating } : {}),
        approvedChanges: approved.filter((e) => themeOfChange(e) === theme.code)
      }))
  };
}
