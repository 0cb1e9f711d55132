import {
  dueDateInForce,
  rateAction,
  RATING_LABELS,
  type Action,
  type ActionKind,
  type ActionStatus,
  type IsoDate,
  type Theme,
  type Workstream
} from '../../domain';

/** What a cell of the monitoring tool holds. */
export type MonitoringCell = string | number | { readonly date: IsoDate } | { readonly percent: number } | undefined;

/** One column of the monitoring tool. */
export interface MonitoringColumn {
  /** Heading; chosen so the importer's automatic mapping reads the column back. */
  readonly heading: string;
  /** Width in characters. */
  readonly width: number;
  /** The cell for an action. */
  readonly value: (action: Action, context: MonitoringContext) => MonitoringCell;
}

/** Lookups a row needs besides its action. */
export interface MonitoringContext {
  readonly themes: ReadonlyMap<string, Theme>;
  readonly workstreams: ReadonlyMap<string, Workstream>;
  /** Day to rate actions that carry no stored rating, when given. */
  readonly asOf?: IsoDate;
}

const KIND_LABELS: Readonly<Record<ActionKind, string>> = { main: 'Main action', sub: 'Sub-action', assurance: 'Assurance action' };
const STATUS_LABELS: Readonly<Record<ActionStatus, string>> = { NotStarted: 'Not started', InProgress: 'In progress', OnHold: 'On hold', Complete: 'Complete', Closed: 'Closed' };

const day = (value: IsoDate | undefined): MonitoringCell => (value === undefined ? undefined : { date: value });

/** The rating shown: an override, else the stored rating, else (with `asOf`) the calculated one. */
export function shownRating(action: Action, asOf?: IsoDate): string | undefined {
  const rating = action.override?.rating ?? action.rating ?? (asOf !== undefined ? rateAction(action, asOf).rating : undefined);
  return rating === undefined ? undefined : RATING_LABELS[rating];
}

/**
 * The monitoring tool's columns, in order: every action with its code, title, theme, lead,
 * baseline and current dates, reprofiles, status, ratings and commentary. The same headings are
 * what the importer recognises, so an exported workbook imports back to the same data.
 */
export const MONITORING_COLUMNS: readonly MonitoringColumn[] = [
  { heading: 'Reference', width: 12, value: (a) => a.code },
  { heading: 'Level', width: 16, value: (a) => KIND_LABELS[a.kind] },
  { heading: 'Action', width: 48, value: (a) => a.title },
  { heading: 'Description', width: 40, value: (a) => a.description },
  { heading: 'Theme', width: 28, value: (a, c) => c.themes.get(a.themeCode)?.name ?? a.themeCode },
  { heading: 'Workstream', width: 28, value: (a, c) => c.workstreams.get(a.workstreamCode)?.name ?? a.workstreamCode },
  { heading: 'Lead officer', width: 30, value: (a) => a.lead?.displayName },
  { heading: 'Lead e-mail', width: 30, value: (a) => a.lead?.email },
  { heading: 'Start date', width: 13, value: (a) => day(a.startDate) },
  { heading: 'Start date (as written)', width: 16, value: (a) => a.startDateText },
  { heading: 'Baseline due date', width: 13, value: (a) => day(a.baselineDueDate) },
  { heading: 'Current due date', width: 13, value: (a) => day(dueDateInForce(a)) },
  { heading: 'Due date (as written)', width: 16, value: (a) => a.dueDateText },
  { heading: 'Times reprofiled', width: 10, value: (a) => a.reprofileCount },
  { heading: 'Forecast completion', width: 13, value: (a) => day(a.forecastDate) },
  { heading: 'Status', width: 13, value: (a) => STATUS_LABELS[a.status] },
  { heading: 'Progress rating', width: 13, value: (a, c) => shownRating(a, c.asOf) },
  { heading: 'Risk rating', width: 10, value: (a) => a.riskRating },
  { heading: '% complete', width: 10, value: (a) => (a.progressPercent === undefined ? undefined : { percent: a.progressPercent / 100 }) },
  { heading: 'Commentary', width: 60, value: (a) => a.commentary },
  { heading: 'Next steps', width: 40, value: (a) => a.nextSteps },
  { heading: 'Closure rationale', width: 30, value: (a) => a.closureRationale }
];
