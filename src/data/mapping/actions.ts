/**
 * Plan Actions items <-> domain `Action` (main actions, sub-actions through the `ParentAction`
 * lookup, assurance actions) and `ActionChanges` -> column values.
 */
import { ACTION_STATUSES, PROGRESS_RATINGS, type Action, type ProgressRating, type RatingOverride } from '../../domain';
import type { ActionChanges } from '../../application/ports/planRepository';
import { ACTION_KIND_CHOICES, ACTIONS_LIST, RISK_RATING_CHOICES } from '../schema/planLists';
import { ACTION_COLUMNS, actionColumnValues } from './actionColumns';
import { readEvidence, readIssue, readJsonArray } from './json';
import { peopleFromUsers, personFromUser, userSelect, writePerson, type UserIdLookup } from './people';
import type { ProblemSink } from './problems';
import { compact, readChoice, readDay, readInstant, readLines, readLookupId, readNumber, readRefs, readText, writeInstant, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` for an action's definition item (its progress is read from 'Plan Action Progress', see ./actionProgress). */
export const ACTION_SELECT: readonly string[] = [
  'Id', 'Title', 'Code', 'ActionKind', 'ThemeId', 'Theme/Code', 'WorkstreamId', 'Workstream/Code', 'ParentActionId',
  ...userSelect('Lead'), 'LeadName', ...userSelect('Delegates'), 'LeadMember', 'Description', 'StartDate', 'StartDateText',
  'BaselineDueDate', 'CurrentDueDate', 'DueDateText', 'RiskRating', 'ReprofileCount', 'ClosedOn', 'ClosureRationale',
  'RecommendationRefs', 'RiskRefs', 'Outcomes', 'Critical', 'Modified'
];
/** `$expand` for an action item. */
export const ACTION_EXPAND: readonly string[] = ['Theme', 'Workstream', 'Lead', 'Delegates'];

/** An action as stored: the domain action, its version and the rating stored with it. */
export interface ActionRecord {
  action: Action;
  version: string;
  stored: { rating?: ProgressRating; reason?: string; lastUpdated?: Date };
}

/** Codes of themes and workstreams by item id, for items read without expanded lookups. */
export interface CodeIndex {
  themes?: ReadonlyMap<string, string>;
  workstreams?: ReadonlyMap<string, string>;
}


/** The code of an expanded lookup (`Theme: { Code }`), else from the index by id. */
function lookupCode(expanded: unknown, id: string | undefined, index: ReadonlyMap<string, string> | undefined): string {
  const code = typeof expanded === 'object' && expanded !== null ? readText((expanded as Record<string, unknown>).Code) : undefined;
  return code ?? (id !== undefined ? index?.get(id) : undefined) ?? '';
}

/** The item's ETag (`odata.etag`), kept opaque as the version token. */
export function etagOf(item: SpItem): string {
  const tag = item['odata.etag'] ?? item['__metadata'];
  if (typeof tag === 'string') return tag;
  if (typeof tag === 'object' && tag !== null && typeof (tag as { etag?: unknown }).etag === 'string') return (tag as { etag: string }).etag;
  return '*';
}

function overrideOf(item: SpItem, report: ProblemSink, itemId: number): RatingOverride | undefined {
  const rating = readChoice(item.RatingOverride, PROGRESS_RATINGS);
  if (!rating) return undefined;
  const by = personFromUser(item.OverrideBy);
  if (!by) report({ list: ACTIONS_LIST, itemId, column: 'OverrideBy', message: 'The rating override does not say who made it; shown as "Not recorded".' });
  return {
    rating,
    reason: readText(item.OverrideReason) ?? '',
    by: by ?? { displayName: 'Not recorded' },
    at: readInstant(item.OverrideAt) ?? readInstant(item.Modified) ?? new Date(0)
  };
}

/** Maps a Plan Actions item to the domain; never throws, reports what it had to guess. */
export function actionFromItem(item: SpItem, report: ProblemSink, codes: CodeIndex = {}, days: SiteDays = LONDON_DAYS): ActionRecord {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const origin = { list: ACTIONS_LIST, itemId, report };
  const parentId = readLookupId(item.ParentActionId);
  const rawStatus = readText(item.Status);
  const status = readChoice(rawStatus, ACTION_STATUSES);
  if (rawStatus !== undefined && !status) report({ list: ACTIONS_LIST, itemId, column: 'Status', message: `Status "${rawStatus}" is not one the app knows; read as Not started.` });
  const kind = readChoice(item.ActionKind, ACTION_KIND_CHOICES) ?? (parentId ? 'sub' : 'main');
  const delegates = peopleFromUsers(item.Delegates);
  const outcomes = readLines(item.Outcomes);
  const themeId = readLookupId(item.ThemeId);
  const workstreamId = readLookupId(item.WorkstreamId);
  const action: Action = compact({
    id: String(itemId),
    code: readText(item.Code) ?? '',
    title: readText(item.Title) ?? '',
    description: readText(item.Description),
    themeCode: lookupCode(item.Theme, themeId, codes.themes),
    workstreamCode: lookupCode(item.Workstream, workstreamId, codes.workstreams),
    parentId,
    kind,
    lead: personFromUser(item.Lead, item.LeadName),
    delegates: delegates.length ? delegates : undefined,
    startDate: readDay(item.StartDate, days),
    startDateText: readText(item.StartDateText),
    baselineDueDate: readDay(item.BaselineDueDate, days),
    currentDueDate: readDay(item.CurrentDueDate, days),
    dueDateText: readText(item.DueDateText),
    forecastDate: readDay(item.ForecastDate, days),
    completedOn: readDay(item.CompletedOn, days),
    status: status ?? 'NotStarted',
    progressPercent: readNumber(item.ProgressPercent),
    rating: readChoice(item.Rating, PROGRESS_RATINGS),
    override: overrideOf(item, report, itemId),
    critical: item.Critical === true ? true : undefined,
    riskRating: readChoice(item.RiskRating, RISK_RATING_CHOICES),
    commentary: readText(item.Commentary),
    nextSteps: readText(item.NextSteps),
    issues: readJsonArray(item.IssuesJson, 'IssuesJson', origin, readIssue),
    evidence: readJsonArray(item.EvidenceJson, 'EvidenceJson', origin, readEvidence),
    reprofileCount: readNumber(item.ReprofileCount) ?? 0,
    closureRationale: readText(item.ClosureRationale),
    recommendationIds: readRefs(item.RecommendationRefs),
    riskIds: readRefs(item.RiskRefs),
    outcomes: outcomes.length ? outcomes : undefined
  });
  const stored = compact({ rating: action.rating, reason: readText(item.RatingReason), lastUpdated: readInstant(item.LastUpdated) });
  return { action, version: etagOf(item), stored };
}

/**
 * Column values for an update: only the fields present in `changes` are written (a present key
 * whose value is undefined clears the column). People are written by site user id.
 */
export function actionChangesToValues(changes: ActionChanges, ids: UserIdLookup, days: SiteDays = LONDON_DAYS): SpValues {
  const { override, clearOverride, lastUpdated, ...fields } = changes;
  const v: SpValues = actionColumnValues(fields, days);
  if (Object.prototype.hasOwnProperty.call(changes, 'lastUpdated')) v.LastUpdated = writeInstant(lastUpdated);
  if (clearOverride) Object.assign(v, { RatingOverride: null, OverrideReason: null, OverrideById: null, OverrideAt: null });
  else if (override) {
    Object.assign(v, { RatingOverride: override.rating, OverrideReason: override.reason, OverrideAt: writeInstant(override.at) });
    Object.assign(v, writePerson('OverrideBy', override.by, ids));
  }
  return v;
}

/** Column values for a whole action (seeding, creating): codes resolved to lookup ids by the caller. */
export function actionToValues(
  action: Action,
  links: { themeId: number | null; workstreamId: number | null; parentId: number | null },
  ids: UserIdLookup,
  days: SiteDays = LONDON_DAYS,
  stored: { ratingReason?: string; lastUpdated?: Date } = {}
): SpValues {
  const { lead, delegates, override } = action;
  // Every column is written, so an absent field is stored empty rather than left to a default.
  const fields = Object.fromEntries(ACTION_COLUMNS.map(([field]) => [field, field === 'ratingReason' ? stored.ratingReason : action[field]]));
  return {
    ...actionColumnValues(fields, days),
    ThemeId: links.themeId,
    WorkstreamId: links.workstreamId,
    ParentActionId: links.parentId,
    ...writePerson('Lead', lead, ids, 'LeadName'),
    DelegatesId: (delegates ?? []).map(ids).filter((id): id is number => id !== null),
    ...(stored.lastUpdated ? { LastUpdated: writeInstant(stored.lastUpdated) } : {}),
    ...(override ? { RatingOverride: override.rating, OverrideReason: override.reason, OverrideAt: writeInstant(override.at), ...writePerson('OverrideBy', override.by, ids) } : {})
  };
}
