import type { ProgressRating } from './ratings';

/**
 * The published rules that turn an action's facts into a Red/Amber/Green rating.
 *
 * A council publishes its policy so members can see why an action is Amber; the numbers are
 * configurable because councils draw the lines differently. All tolerances are whole days or
 * percentage points. A rule is switched off by setting its threshold to `Infinity`.
 */
export interface RagPolicy {
  /** Name shown with reports, e.g. `'Default RAG policy'`. */
  readonly name: string;
  /** Due date in force has passed and the action is not complete. */
  readonly overdue: {
    /** Days past the due date before the action is rated Amber (0: Amber from the first day late). */
    readonly graceDays: number;
    /** Days past the due date after which the action is Red. */
    readonly redAfterDays: number;
  };
  /** The lead forecasts completion after the due date in force (the baseline until a reprofile is approved). */
  readonly forecast: {
    /** Days of forecast slip tolerated while still Green. */
    readonly toleranceDays: number;
    /** Days of forecast slip after which the action is Red. */
    readonly redAfterDays: number;
  };
  /** Reported % complete lags the share of time elapsed between start and due date. */
  readonly progressVsElapsed: {
    /** Percentage points behind before Amber. */
    readonly amberGapPoints: number;
    /** Percentage points behind before Red. */
    readonly redGapPoints: number;
    /** The rule waits until this share of the time has passed, so early estimates are not judged. */
    readonly minimumElapsedPercent: number;
  };
  /** An action still not started after its planned start. */
  readonly lateStart: {
    /** Days after the planned start before Amber. */
    readonly amberAfterDays: number;
    /** Days after the planned start before Red. */
    readonly redAfterDays: number;
  };
  /** Open issues raised against the action. */
  readonly openIssues: {
    /** Open issues (any severity) that make an action Amber. */
    readonly amberAtCount: number;
    /** Open issues (any severity) that make an action Red. */
    readonly redAtCount: number;
    /** Rating given when any open issue is of High severity. */
    readonly highSeverityRating: Extract<ProgressRating, 'Amber' | 'Red'>;
  };
}

/**
 * The default policy, close to how the reference councils describe their ratings: late by up to
 * a month is medium slippage (Amber), beyond that significant (Red); a forecast more than a week
 * beyond the due date needs a change-control conversation.
 */
export const DEFAULT_RAG_POLICY: RagPolicy = {
  name: 'Default RAG policy',
  overdue: { graceDays: 0, redAfterDays: 30 },
  forecast: { toleranceDays: 7, redAfterDays: 60 },
  progressVsElapsed: { amberGapPoints: 20, redGapPoints: 40, minimumElapsedPercent: 25 },
  lateStart: { amberAfterDays: 14, redAfterDays: 60 },
  openIssues: { amberAtCount: 1, redAtCount: 3, highSeverityRating: 'Red' }
};

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * The policy in plain English, one rule per line, for the "How ratings work" page that members
 * read. Rules switched off (threshold `Infinity`) are left out.
 */
export function describeRagPolicy(policy: RagPolicy): string[] {
  const lines: string[] = [
    'Complete actions are shown as Complete (Blue); closed actions as Closed with the reason; paused actions as On hold; actions not yet due to start as Not started.'
  ];
  const { overdue, forecast, progressVsElapsed: pve, lateStart, openIssues } = policy;
  if (Number.isFinite(overdue.redAfterDays)) {
    lines.push(
      `Past its due date: Amber once more than ${days(overdue.graceDays)} late, Red once more than ${days(overdue.redAfterDays)} late.`
    );
  }
  if (Number.isFinite(forecast.redAfterDays)) {
    lines.push(
      `Forecast later than the due date: Amber when more than ${days(forecast.toleranceDays)} later, Red when more than ${days(forecast.redAfterDays)} later.`
    );
  }
  if (Number.isFinite(pve.redGapPoints)) {
    lines.push(
      `Progress behind time elapsed (once ${pve.minimumElapsedPercent}% of the time has passed): Amber when more than ${pve.amberGapPoints} points behind, Red when more than ${pve.redGapPoints} points behind.`
    );
  }
  if (Number.isFinite(lateStart.redAfterDays)) {
    lines.push(
      `Not started after its planned start: Amber after ${days(lateStart.amberAfterDays)}, Red after ${days(lateStart.redAfterDays)}.`
    );
  }
  if (Number.isFinite(openIssues.redAtCount)) {
    lines.push(
      `Open issues: Amber at ${openIssues.amberAtCount}, Red at ${openIssues.redAtCount}; any high-severity issue makes it ${openIssues.highSeverityRating}.`
    );
  }
  lines.push('Otherwise the action is Green. A manual override needs a reason and is shown beside the calculated rating.');
  lines.push('An action is rated against its due date in force: the baseline date until change control approves a new one.');
  return lines;
}

/** Checks a policy is coherent (non-negative, Amber lines before Red lines); returns the problems found. */
export function validateRagPolicy(policy: RagPolicy): string[] {
  const problems: string[] = [];
  const pairs: ReadonlyArray<readonly [string, number, number]> = [
    ['overdue', policy.overdue.graceDays, policy.overdue.redAfterDays],
    ['forecast', policy.forecast.toleranceDays, policy.forecast.redAfterDays],
    ['progress vs elapsed', policy.progressVsElapsed.amberGapPoints, policy.progressVsElapsed.redGapPoints],
    ['late start', policy.lateStart.amberAfterDays, policy.lateStart.redAfterDays],
    ['open issues', policy.openIssues.amberAtCount, policy.openIssues.redAtCount]
  ];
  for (const [rule, amber, red] of pairs) {
    if (!(amber >= 0) || !(red >= 0)) problems.push(`The ${rule} thresholds must not be negative.`);
    else if (amber > red) problems.push(`The ${rule} Amber threshold must not be above its Red threshold.`);
  }
  const minimum = policy.progressVsElapsed.minimumElapsedPercent;
  if (!(minimum >= 0 && minimum <= 100)) problems.push('The minimum elapsed share must be between 0 and 100.');
  return problems;
}
