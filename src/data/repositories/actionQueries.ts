import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { Versioned } from '../../application/ports/planRepository';
import type { Action, IsoDate } from '../../domain';
import { ACTION_EXPAND, ACTION_SELECT, actionFromItem, type ProblemSink, type SpItem } from '../mapping';
import { siteDaysFor } from './siteTimeZone';
import { ACTION_PROGRESS_EXPAND, ACTION_PROGRESS_SELECT, mergeActionItems, progressByAction } from '../mapping/actionProgress';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST, THEMES_LIST } from '../schema/planLists';
import { PAGE_SIZE } from './planLoader';
import { httpStatus } from './spErrors';
import { odataString } from '../odata';

/** Criteria for {@link findActions}; all given criteria must hold. */
export interface ActionQuery {
  /** Code of the theme (e.g. `OC`). */
  themeCode?: string;
  /** Login of the lead officer (claims form or plain). */
  leadLogin?: string;
  /** Only actions whose current due date is before this day. */
  dueBefore?: IsoDate;
}

/**
 * The columns {@link findActions} filters on. All are indexed in the schema (a test holds this
 * true), which is what lets the query run on lists past the 5,000-item threshold.
 */
export const ACTION_QUERY_COLUMNS = ['Theme', 'Lead', 'CurrentDueDate'] as const;


async function themeIdOf(sp: SPFI, code: string): Promise<number | undefined> {
  // Code is indexed on the themes list, so this is a seek even on a large site.
  const rows = await sp.web.lists.getByTitle(THEMES_LIST).items.filter(`Code eq ${odataString(code)}`).select('Id').top(1)<Array<{ Id: number }>>();
  return rows[0]?.Id;
}

async function userIdOf(sp: SPFI, login: string): Promise<number | undefined> {
  try {
    return (await sp.web.siteUsers.getByLoginName(login).select('Id')<{ Id: number }>()).Id;
  } catch (error) {
    // Someone who was never added to the site leads no actions here.
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Finds actions by theme, lead and due date using only indexed columns (lookup ids, the lead's
 * user id, the due date), paging with the async iterator so any number of matches comes back.
 * Each indexed clause narrows SharePoint's index seek; keep at least one selective criterion on
 * lists past the threshold, since a seek matching more than 5,000 items is refused by SharePoint.
 */
export async function findActions(sp: SPFI, query: ActionQuery, report: ProblemSink): Promise<Array<Versioned<Action>>> {
  const clauses: string[] = [];
  if (query.themeCode !== undefined) {
    const id = await themeIdOf(sp, query.themeCode);
    if (id === undefined) return [];
    clauses.push(`ThemeId eq ${id}`);
  }
  if (query.leadLogin !== undefined) {
    const id = await userIdOf(sp, query.leadLogin);
    if (id === undefined) return [];
    clauses.push(`LeadId eq ${id}`);
  }
  const days = await siteDaysFor(sp);
  // A day is stored as midnight of it in the site's zone, so "before the day" is before that instant.
  if (query.dueBefore !== undefined) clauses.push(`CurrentDueDate lt datetime'${days.instant(query.dueBefore)}'`);
  let items = sp.web.lists.getByTitle(ACTIONS_LIST).items.select(...ACTION_SELECT).expand(...ACTION_EXPAND).top(PAGE_SIZE);
  if (clauses.length) items = items.filter(clauses.join(' and '));
  const out: Array<Versioned<Action>> = [];
  for await (const page of items) {
    const definitions = page as SpItem[];
    const progress = await progressFor(sp, definitions.map((d) => d.Id as number));
    for (const item of definitions) {
      const record = actionFromItem(mergeActionItems(item, progress.get(item.Id as number)), report, {}, days);
      out.push({ value: record.action, version: record.version });
    }
  }
  return out;
}

/** Ids per progress query: short enough for any URL, and each clause is an indexed seek. */
const IDS_PER_QUERY = 40;

/** The progress items of the given actions, by action id. */
async function progressFor(sp: SPFI, actionIds: number[]): Promise<Map<number, SpItem>> {
  const found: SpItem[] = [];
  for (let i = 0; i < actionIds.length; i += IDS_PER_QUERY) {
    const filter = actionIds.slice(i, i + IDS_PER_QUERY).map((id) => `ActionId eq ${id}`).join(' or ');
    const query = sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.filter(filter).select(...ACTION_PROGRESS_SELECT).expand(...ACTION_PROGRESS_EXPAND).top(PAGE_SIZE);
    for await (const page of query) found.push(...(page as SpItem[]));
  }
  return progressByAction(found);
}
