import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/security';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { LoadedPlan, VersionTag } from '../../application/ports/planRepository';
import type { Plan } from '../../domain';
import {
  ACTION_EXPAND, ACTION_SELECT, actionFromItem, CHANGE_EXPAND, CHANGE_SELECT, changeRequestFromItem, MILESTONE_SELECT, milestoneFromItem,
  PLAN_DETAILS_KEY, planDetailsFromItem, ROLLUP_METHOD_KEY, rollupMethodFromItem, PROGRESS_EXPAND, PROGRESS_SELECT, progressUpdateFromItem, RECOMMENDATION_SELECT, recommendationFromItem,
  RISK_EXPAND, RISK_SELECT, riskFromItem, THEME_EXPAND, THEME_SELECT, themeFromItem, WORKSTREAM_EXPAND, WORKSTREAM_SELECT, workstreamFromItem,
  type MappingProblem, type ProblemSink, type SiteDays, type SpItem, type SpTimeZone, siteDaysOf
} from '../mapping';
import { ACTION_PROGRESS_EXPAND, ACTION_PROGRESS_SELECT, mergeActionItems, progressByAction } from '../mapping/actionProgress';
import { listDefinition } from '../schema/planLists';
import type { ListKey } from '../schema/fieldTypes';
import { readAll, type WholeListRead } from './pages';
import { rememberSiteDays, timeZoneRequest } from './siteTimeZone';
import { CountRequests, type RequestCounter } from './requestCounter';
import { translateError } from './spErrors';
import { odataEq } from '../odata';

/** SharePoint's largest page; a plan's lists fit in one page each until they pass 5,000 items. */
export const PAGE_SIZE = 5000;

/** What the whole-plan load asks of one list: exactly the columns its mapper reads. */
export interface PlanListQuery {
  key: ListKey;
  select: readonly string[];
  expand?: readonly string[];
  filter?: string;
}

/**
 * The whole-plan load's queries, in the order {@link loadPlan} maps them. Exported so the
 * benchmark's raw fetch asks SharePoint for exactly the same rows and columns.
 */
export const PLAN_LOAD_QUERIES: readonly PlanListQuery[] = [
  { key: 'themes', select: THEME_SELECT, expand: THEME_EXPAND },
  { key: 'workstreams', select: WORKSTREAM_SELECT, expand: WORKSTREAM_EXPAND },
  { key: 'actions', select: ACTION_SELECT, expand: ACTION_EXPAND },
  { key: 'actionProgress', select: ACTION_PROGRESS_SELECT, expand: ACTION_PROGRESS_EXPAND },
  { key: 'progressUpdates', select: PROGRESS_SELECT, expand: PROGRESS_EXPAND },
  { key: 'milestones', select: MILESTONE_SELECT },
  { key: 'risks', select: RISK_SELECT, expand: RISK_EXPAND },
  { key: 'changeLog', select: CHANGE_SELECT, expand: CHANGE_EXPAND },
  { key: 'recommendations', select: RECOMMENDATION_SELECT },
  { key: 'settings', select: ['Id', 'Title', 'SettingValue'], filter: `(${odataEq('Title', PLAN_DETAILS_KEY)} or ${odataEq('Title', ROLLUP_METHOD_KEY)})` }
];

/**
 * Reads a whole list, selecting and expanding exactly what the mapper reads. Unfiltered lists
 * also say how to ask for their highest id and an ID range, so a list past {@link PAGE_SIZE}
 * items costs one more batch, not one more request per page.
 */
function allItems({ key, select, expand = [], filter }: PlanListQuery): WholeListRead {
  const items = (root: SPFI): IItems => root.web.lists.getByTitle(listDefinition(key).title).items;
  const query = (root: SPFI, idRange?: string): IItems => {
    let q = items(root).select(...select).top(PAGE_SIZE);
    if (expand.length) q = q.expand(...expand);
    const where = [filter, idRange].filter((w): w is string => w !== undefined);
    if (where.length) q = q.filter(where.join(' and '));
    return q;
  };
  if (filter) return { first: (root) => query(root) };
  return {
    first: (root) => query(root),
    lastId: (root) => items(root).select('Id').orderBy('Id', false).top(1),
    range: (after, upTo) => (root) => query(root, `Id gt ${after} and Id le ${upTo}`)
  };
}

/** The plan as loaded, with what the mappers reported about stored data. */
export interface PlanLoad extends LoadedPlan {
  problems: MappingProblem[];
}

/**
 * Loads the whole plan: one `$batch` with a GET per list, each list's highest id and the site's
 * time zone, which says what day a date-only value is (plus the
 * digest the batch POST needs on a cookie-authenticated site), then one more batch of ID ranges
 * only when a list is past {@link PAGE_SIZE} items. Reads by ID never trip the list view
 * threshold, so this works at any list size.
 * Problems in stored data go to `onProblem` as found and are also returned with the plan.
 */
export async function loadPlan(sp: SPFI, now: () => Date, onProblem: ProblemSink = () => undefined): Promise<PlanLoad> {
  const counter: RequestCounter = { count: 0 };
  const counted = spfi(sp).using(CountRequests(counter));
  let lists: SpItem[][];
  let days: SiteDays;
  try {
    let zone: Promise<SpTimeZone> | undefined;
    lists = await readAll(counted, PLAN_LOAD_QUERIES.map(allItems), PAGE_SIZE, (batched) => {
      zone = timeZoneRequest(batched)<SpTimeZone>();
      // Awaited below; this keeps a failure from being reported as unhandled meanwhile.
      zone.catch(() => undefined);
    });
    days = siteDaysOf(await (zone as Promise<SpTimeZone>));
  } catch (error) {
    throw translateError(error, { doing: 'read the plan', record: 'One of the plan lists' });
  }
  rememberSiteDays(sp, days);
  const [themeItems, workstreamItems, actionItems, actionProgressItems, progressItems, milestoneItems, riskItems, changeItems, recommendationItems, settingItems] = lists;
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
  const progressOf = progressByAction(actionProgressItems);
  const updatableActionIds = new Set<string>();
  const actions = actionItems.map((i) => {
    const progress = progressOf.get(i.Id as number);
    // The item's mask, read with it, tested by PnPjs's own bit test (absent: not editable).
    const mask = progress?.EffectiveBasePermissions as IBasePermissions | undefined;
    if (mask && sp.web.hasPermissions(mask, PermissionKind.EditListItems)) updatableActionIds.add(String(i.Id));
    const record = actionFromItem(mergeActionItems(i, progress), report, { themes: themeCodes, workstreams: workstreamCodes }, days);
    actionVersions[record.action.id] = record.version;
    ratingsById[record.action.id] = record.stored;
    return record.action;
  });
  const setting = (key: string): SpItem | undefined => settingItems.find((i) => i.Title === key);
  const rollupMethod = rollupMethodFromItem(setting(ROLLUP_METHOD_KEY), report);
  const plan: Plan = {
    ...planDetailsFromItem(setting(PLAN_DETAILS_KEY), report, days.read(loadedAt.toISOString()) ?? loadedAt.toISOString().slice(0, 10)),
    ...(rollupMethod ? { rollupMethod } : {}),
    themes,
    workstreams,
    actions,
    progressUpdates: progressItems.map((i) => progressUpdateFromItem(i, report, days)),
    milestones: milestoneItems.map((i) => milestoneFromItem(i, report, days)),
    risks: riskItems.map((i) => riskFromItem(i, report, themeCodes, days)),
    changeRequests: changeItems.map((i) => changeRequestFromItem(i, report, days)),
    recommendations: recommendationItems.map((i) => recommendationFromItem(i, report, days))
  };
  return { plan, actionVersions, storedRatings: ratingsById, loadedAt, requestCount: counter.count, problems, updatableActionIds };
}
