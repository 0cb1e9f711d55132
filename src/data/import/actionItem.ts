import type { ActionDraftChanges } from '../../application/import';
import { LONDON_DAYS, type SiteDays } from '../mapping/siteDays';

/** A list item's values as REST writes them. */
export type ItemValues = Record<string, unknown>;

/** A date-only column is written as midnight of the day in the site's time zone, in UTC. */
export function dayValue(day: string | undefined, days: SiteDays = LONDON_DAYS): string | null {
  return days.write(day);
}

/** The day of a date-only column as read back: the stored instant's day in the site's time zone. */
export function dayOf(value: unknown, days: SiteDays = LONDON_DAYS): string | undefined {
  return days.read(value);
}

/** Ids the writer resolves for an action: its theme, workstream, parent and lead. */
export interface ActionLinks {
  themeId?: number | null;
  workstreamId?: number | null;
  parentId?: number | null;
  leadId?: number | null;
}

const TEXT_COLUMNS: ReadonlyArray<readonly [keyof ActionDraftChanges, string]> = [
  ['title', 'Title'],
  ['kind', 'ActionKind'],
  ['description', 'Description'],
  ['startDateText', 'StartDateText'],
  ['dueDateText', 'DueDateText'],
  ['status', 'Status'],
  ['progressPercent', 'ProgressPercent'],
  ['rating', 'Rating'],
  ['ratingReason', 'RatingReason'],
  ['riskRating', 'RiskRating'],
  ['commentary', 'Commentary'],
  ['nextSteps', 'NextSteps'],
  ['reprofileCount', 'ReprofileCount'],
  ['closureRationale', 'ClosureRationale']
];

const DATE_COLUMNS: ReadonlyArray<readonly [keyof ActionDraftChanges, string]> = [
  ['startDate', 'StartDate'],
  ['baselineDueDate', 'BaselineDueDate'],
  ['currentDueDate', 'CurrentDueDate'],
  ['forecastDate', 'ForecastDate']
];

/**
 * The Plan Actions columns for the fields present in `fields` (an empty value, `null`, clears the
 * column). Links are written only when given, so an update touches nothing else.
 */
export function actionItemValues(fields: ActionDraftChanges & { code?: string }, links: ActionLinks, clear: readonly string[] = [], days: SiteDays = LONDON_DAYS): ItemValues {
  const values: ItemValues = {};
  const source = fields as Record<string, unknown>;
  if (fields.code !== undefined) values.Code = fields.code;
  for (const [field, column] of TEXT_COLUMNS) if (field in source) values[column] = source[field] ?? null;
  for (const [field, column] of DATE_COLUMNS) if (field in source) values[column] = dayValue(source[field] as string | undefined, days);
  if ('lead' in source) values.LeadName = fields.lead?.displayName ?? null;
  if (links.leadId !== undefined) values.LeadId = links.leadId;
  if (links.themeId !== undefined) values.ThemeId = links.themeId;
  if (links.workstreamId !== undefined) values.WorkstreamId = links.workstreamId;
  if (links.parentId !== undefined) values.ParentActionId = links.parentId;
  for (const field of clear) {
    const text = TEXT_COLUMNS.find(([f]) => f === field) ?? DATE_COLUMNS.find(([f]) => f === field);
    if (text) values[text[1]] = null;
    if (field === 'lead') Object.assign(values, { LeadName: null, LeadId: null });
  }
  return values;
}
