import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { LoadedPlan, VersionTag } from '../../application/ports/planRepository';
import type { Plan } from '../../domain';
import {
  ACTION_EXPAND, ACTION_SELECT, actionFromItem, CHANGE_EXPAND, CHANGE_SELECT, changeRequestFromItem, MILESTONE_SELECT, milestoneFromItem,
  PLAN_DETAILS_KEY, planDetailsFromItem, PROGRESS_EXPAND, PROGRESS_SELECT, progressUpdateFromItem, RECOMMENDATION_SELECT, recommendationFromItem,
  RISK_EXPAND, RISK_SELECT, riskFromItem, THEME_EXPAND, THEME_SELECT, themeFromItem, WORKSTREAM_EXPAND, WORKSTREAM_SELECT, workstreamFromItem,
  type MappingProblem, type ProblemSink, type SpItem
} from '../mapping';
import { listDefinition } from '../schema/planLists';
import type { ListKey } from '../schema/fieldTypes';
import { readAll, type PageRequest } from './pages';
import { CountRequests, type RequestCounter } from './requestCounter';
import { translateError } from './spErrors';

/** SharePoint's largest page; a plan's lists fit in one page each until they pass 5,000 items. */
export const PAGE_SIZE = 5000;

/** A GET for every item of a list, selecting and expanding exactly what the mapper reads. */
function allItems(key: ListKey, select: readonly string[], expand: readonly string[] = [], filter?: string): PageRequest {
  return (root) => {
    let q = root.web.lists.getByTitle(listDefinition(key).title).items.select(...select).top(PAGE_SIZE);
    if (expand.length) q = q.expand(...expand);
    if (filter) q = q.filter(filter);
    return q;
  };
}

/** The plan as loaded, with what the mappers reported about stored data. */
export interface PlanLoad extends LoadedPlan {
  problems: MappingProblem[];
}

/**
 * Loads the whole plan: one `$batch` with a GET per list (plus the digest the batch POST needs on
 * a cookie-authenticated site), then extra rounds only for lists past {@link PAGE_SIZE} items.
 * Unordered reads by ID never trip the list view threshold, so this works at any list size.
 * Problems in stored data go to `onProblem` as found and are also returned with the plan.
 */
export async function loadPlan(sp: SPFI, now: () => Date, onProblem: ProblemSink = () => undefined): Promise<PlanLoad> {
  const counter: RequestCounter = { count: 0 };
  const counted = spfi(sp).using(CountRequests(counter));
  let lists: SpItem[][];
  try {
    lists = await readAll(counted, [
      allItems('themes', THEME_SELECT, THEME_EXPAND),
      allItems('workstreams', WORKSTREAM_SELECT, WORKSTREAM_EXPAND),
      allItems('actions', ACTION_SELECT, ACTION_EXPAND),
      allItems('progressUpdates', PROGRESS_SELECT, PROGRESS_EXPAND),
      allItems('milestones', MILESTONE_SELECT),
      allItems('risks', RISK_SELECT, RISK_EXPAND),
      allItems('changeLog', CHANGE_SELECT, CHANGE_EXPAND),
      allItems('recommendations', RECOMMENDATION_SELECT),
      allItems('settings', ['Id', 'Title', 'SettingValue'], [], `Title eq '${PLAN_DETAILS_KEY}'`)
    ]);
  } catch (error) {
    throw translateError(error, { doing: 'read the plan', record: 'One of the plan lists' });
  }
  const [themeItems, workstreamItems, actionItems, progressItems, milestoneItems, riskItems, changeItems, recommendationItems, settingItems] = lists;
  const problems: MappingProblem[] = [];
  const report = (p: MappingProblem): void => {
    problems.push(p);
    onProblem(p);
  };
  const loadedAt = now();
  const themes = themeItems.map((i) => themeFromItem(i, report));
  const themeCodes = new Map(themes.map((t) => [t.id, t.code]));
  const workstreams = workstreamItems.map((i) => workstreamFromItem(i, report, themeCodes));
  const workstreamCodes = new Map(workstreams.map((w) => [w.id, w.code]));
  const actionVersions: Record<string, VersionTag> = {};
  const ratingsById: Record<string, LoadedPlan['storedRatings'][string]> = {};
  const actions = actionItems.map((i) => {
    const record = actionFromItem(i, report, { themes: themeCodes, workstreams: workstreamCodes });
    actionVersions[record.action.id] = record.version;
    ratingsById[record.action.id] = record.stored;
    return record.action;
  });
  const plan: Plan = {
    ...planDetailsFromItem(settingItems[0], report, loadedAt.toISOString().slice(0, 10)),
    themes,
    workstreams,
    actions,
    progressUpdates: progressItems.map((i) => progressUpdateFromItem(i, report)),
    milestones: milestoneItems.map((i) => milestoneFromItem(i, report)),
    risks: riskItems.map((i) => riskFromItem(i, report, themeCodes)),
    changeRequests: changeItems.map((i) => changeRequestFromItem(i, report)),
    recommendations: recommendationItems.map((i) => recommendationFromItem(i, report))
  };
  return { plan, actionVersions, storedRatings: ratingsById, loadedAt, requestCount: counter.count, problems };
}
