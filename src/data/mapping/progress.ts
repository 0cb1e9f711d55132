/** Plan Progress Updates items <-> domain `ProgressUpdate`. */
import { ACTION_STATUSES, isSamePerson, PROGRESS_RATINGS, type ProgressUpdate } from '../../domain';
import { PROGRESS_UPDATES_LIST } from '../schema/planLists';
import { readEvidence, readJsonArray, readSentence, writeJsonArray } from './json';
import { personFromUser, userSelect, writePerson, type UserIdLookup } from './people';
import type { ProblemSink } from './problems';
import { compact, readChoice, readDay, readInstant, readLookupId, readNumber, readText, writeDay, writeInstant, writeText, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` / `$expand` for a progress update item. */
export const PROGRESS_SELECT: readonly string[] = [
  'Id', 'Title', 'ActionId', 'Period', 'Status', 'ProgressPercent', 'RatingAtSubmission', 'Commentary', 'NextSteps', 'AchievementsJson',
  'ForecastDate', 'EvidenceJson', ...userSelect('SubmittedBy'), 'SubmittedByName', 'SubmittedAt', 'Created', ...userSelect('Author')
];
export const PROGRESS_EXPAND: readonly string[] = ['SubmittedBy', 'Author'];

/** Maps a progress update item; never throws. */
export function progressUpdateFromItem(item: SpItem, report: ProblemSink, days: SiteDays = LONDON_DAYS): ProgressUpdate {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const origin = { list: PROGRESS_UPDATES_LIST, itemId, report };
  const actionId = readLookupId(item.ActionId);
  if (!actionId) report({ list: PROGRESS_UPDATES_LIST, itemId, column: 'Action', message: 'The update is not linked to an action.' });
  const submittedBy = personFromUser(item.SubmittedBy, item.SubmittedByName) ?? { displayName: 'Not recorded' };
  // The SubmittedBy columns are written by whoever adds the entry; Author is SharePoint's own record.
  const author = personFromUser(item.Author);
  return compact({
    id: String(itemId),
    actionId: actionId ?? '',
    periodId: readText(item.Period) ?? '',
    submittedBy,
    recordedBy: author && !isSamePerson(author, submittedBy) ? author : undefined,
    // Created stands in when SubmittedAt was never written (e.g. an update added in SharePoint).
    submittedAt: readInstant(item.SubmittedAt) ?? readInstant(item.Created) ?? new Date(0),
    status: readChoice(item.Status, ACTION_STATUSES) ?? 'InProgress',
    progressPercent: readNumber(item.ProgressPercent),
    commentary: readText(item.Commentary) ?? '',
    nextSteps: readText(item.NextSteps),
    achievements: readJsonArray(item.AchievementsJson, 'AchievementsJson', origin, readSentence),
    forecastDate: readDay(item.ForecastDate, days),
    evidence: readJsonArray(item.EvidenceJson, 'EvidenceJson', origin, readEvidence),
    ratingAtSubmission: readChoice(item.RatingAtSubmission, PROGRESS_RATINGS)
  });
}

/** Column values for a new progress update. Title is a readable summary for the SharePoint view. */
export function progressUpdateToValues(update: Omit<ProgressUpdate, 'id'>, ids: UserIdLookup, days: SiteDays = LONDON_DAYS): SpValues {
  return {
    Title: `${update.periodId}: ${update.status}`,
    ActionId: Number(update.actionId),
    Period: update.periodId,
    Status: update.status,
    ProgressPercent: update.progressPercent ?? null,
    RatingAtSubmission: update.ratingAtSubmission ?? null,
    Commentary: writeText(update.commentary),
    NextSteps: writeText(update.nextSteps),
    AchievementsJson: writeJsonArray(update.achievements),
    ForecastDate: writeDay(update.forecastDate, days),
    EvidenceJson: writeJsonArray(update.evidence),
    ...writePerson('SubmittedBy', update.submittedBy, ids, 'SubmittedByName'),
    SubmittedAt: writeInstant(update.submittedAt)
  };
}
