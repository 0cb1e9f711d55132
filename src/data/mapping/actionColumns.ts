/**
 * The one table of an action's stored columns: which field of the domain's `Action` each Plan
 * Actions or Plan Action Progress column holds, and how it is written. The repositories (saves and
 * whole actions), the import writer and the demo seeder all write actions through it, so a column
 * is renamed or added in one place.
 */
import type { Action } from '../../domain';
import { writeJsonArray } from './json';
import { writeDay, writeLines, writeRefs, writeText, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** How a field is written to its column. */
type ColumnWriter = 'text' | 'day' | 'number' | 'count' | 'flag' | 'json' | 'refs' | 'lines';

/** A field of an action that lives in a column of its own (people and lookups are written by id, elsewhere). */
export type ActionColumnField = Exclude<keyof Action, 'id' | 'themeCode' | 'workstreamCode' | 'parentId' | 'lead' | 'delegates' | 'override'> | 'ratingReason';

/** Field, column, writer: every value column of an action. */
export const ACTION_COLUMNS: ReadonlyArray<readonly [ActionColumnField, string, ColumnWriter]> = [
  ['code', 'Code', 'text'],
  ['title', 'Title', 'text'],
  ['kind', 'ActionKind', 'text'],
  ['description', 'Description', 'text'],
  ['startDate', 'StartDate', 'day'],
  ['startDateText', 'StartDateText', 'text'],
  ['baselineDueDate', 'BaselineDueDate', 'day'],
  ['currentDueDate', 'CurrentDueDate', 'day'],
  ['dueDateText', 'DueDateText', 'text'],
  ['forecastDate', 'ForecastDate', 'day'],
  ['completedOn', 'CompletedOn', 'day'],
  ['status', 'Status', 'text'],
  ['progressPercent', 'ProgressPercent', 'number'],
  ['rating', 'Rating', 'text'],
  ['ratingReason', 'RatingReason', 'text'],
  ['critical', 'Critical', 'flag'],
  ['riskRating', 'RiskRating', 'text'],
  ['commentary', 'Commentary', 'text'],
  ['nextSteps', 'NextSteps', 'text'],
  ['issues', 'IssuesJson', 'json'],
  ['evidence', 'EvidenceJson', 'json'],
  ['reprofileCount', 'ReprofileCount', 'count'],
  ['closureRationale', 'ClosureRationale', 'text'],
  ['recommendationIds', 'RecommendationRefs', 'refs'],
  ['riskIds', 'RiskRefs', 'refs'],
  ['outcomes', 'Outcomes', 'lines']
];

function written(value: unknown, writer: ColumnWriter, days: SiteDays): unknown {
  switch (writer) {
    case 'text':
      return writeText(value as string | undefined);
    case 'day':
      return writeDay(value as string | undefined, days);
    case 'number':
      return value ?? null;
    case 'count':
      return value ?? 0;
    case 'flag':
      return value === true;
    case 'json':
      return writeJsonArray(value as readonly unknown[] | undefined);
    case 'refs':
      return writeRefs((value as readonly string[] | undefined) ?? []);
    case 'lines':
      return writeLines(value as readonly string[] | undefined);
  }
}

/**
 * Column values for the fields present in `fields` (a present field whose value is undefined
 * clears its column); fields not in the table are ignored. Date-only fields are written as the
 * day's midnight in the site's time zone.
 */
export function actionColumnValues(fields: Partial<Record<ActionColumnField, unknown>>, days: SiteDays = LONDON_DAYS): SpValues {
  const values: SpValues = {};
  for (const [field, column, writer] of ACTION_COLUMNS) {
    if (Object.prototype.hasOwnProperty.call(fields, field)) values[column] = written(fields[field], writer, days);
  }
  return values;
}
