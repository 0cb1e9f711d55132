import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { ExistingPlan } from '../../application/import';
import type { Action, ActionKind, ActionStatus, Person, ProgressRating, RiskRating, Theme, Workstream } from '../../domain';
import { mergeActionItems, progressByAction } from '../mapping/actionProgress';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST, THEMES_LIST, WORKSTREAMS_LIST } from '../schema/planLists';
import { siteDaysFor } from '../repositories/siteTimeZone';
import { readDay } from '../mapping/values';

type Row = Record<string, unknown> & { Id: number };

async function allItems(sp: SPFI, list: string, select: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of sp.web.lists.getByTitle(list).items.select(...select).top(2000)) rows.push(...(page as Row[]));
  return rows;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

const ACTION_COLUMNS = [
  'Id', 'Title', 'Code', 'ActionKind', 'ThemeId', 'WorkstreamId', 'ParentActionId', 'LeadId', 'LeadName', 'Description', 'StartDate', 'StartDateText',
  'BaselineDueDate', 'CurrentDueDate', 'DueDateText', 'RiskRating', 'ReprofileCount', 'ClosureRationale'
] as const;
const PROGRESS_COLUMNS = ['Id', 'ActionId', 'ForecastDate', 'Status', 'ProgressPercent', 'Rating', 'Commentary', 'NextSteps'] as const;

/**
 * Reads the themes, workstreams and actions an import (or an export) works with, straight from
 * the plan lists: the fields the monitoring tool carries, not the whole plan (issues, evidence and
 * overrides are left to the plan repository).
 */
export async function readPlanForImport(sp: SPFI): Promise<ExistingPlan> {
  const days = await siteDaysFor(sp);
  const users = new Map<number, Person>();
  for (const u of await sp.web.siteUsers.select('Id', 'Title', 'Email')<Array<{ Id: number; Title: string; Email: string }>>()) {
    users.set(u.Id, { displayName: u.Title, ...(u.Email ? { email: u.Email } : {}) });
  }
  const personOf = (id: unknown, name: unknown): Person | undefined => {
    const user = typeof id === 'number' ? users.get(id) : undefined;
    const written = text(name);
    if (user) return written !== undefined ? { ...user, displayName: written } : user;
    return written !== undefined ? { displayName: written } : undefined;
  };
  const themeRows = await allItems(sp, THEMES_LIST, ['Id', 'Title', 'Code', 'SortOrder', 'LeadDirectorId']);
  const themes: Theme[] = themeRows.map((r) => ({
    id: String(r.Id),
    code: String(r.Code),
    name: String(r.Title),
    order: num(r.SortOrder) ?? r.Id,
    leadDirector: personOf(r.LeadDirectorId, undefined) ?? { displayName: 'Not yet assigned' }
  }));
  const themeCode = new Map(themeRows.map((r) => [r.Id, String(r.Code)]));
  const wsRows = await allItems(sp, WORKSTREAMS_LIST, ['Id', 'Title', 'Code', 'ThemeId']);
  const workstreams: Workstream[] = wsRows.map((r, i) => ({ id: String(r.Id), code: String(r.Code), themeCode: themeCode.get(r.ThemeId as number) ?? '', name: String(r.Title), order: i + 1 }));
  const wsCode = new Map(wsRows.map((r) => [r.Id, String(r.Code)]));
  const progress = progressByAction(await allItems(sp, ACTION_PROGRESS_LIST, PROGRESS_COLUMNS));
  const actionRows = (await allItems(sp, ACTIONS_LIST, ACTION_COLUMNS)).map((r) => mergeActionItems(r, progress.get(r.Id)) as Row);
  const actions: Action[] = actionRows.map((r) => {
    const optional = {
      parentId: typeof r.ParentActionId === 'number' ? String(r.ParentActionId) : undefined,
      description: text(r.Description),
      lead: personOf(r.LeadId, r.LeadName),
      startDate: readDay(r.StartDate, days),
      startDateText: text(r.StartDateText),
      baselineDueDate: readDay(r.BaselineDueDate, days),
      currentDueDate: readDay(r.CurrentDueDate, days),
      dueDateText: text(r.DueDateText),
      forecastDate: readDay(r.ForecastDate, days),
      progressPercent: num(r.ProgressPercent),
      rating: text(r.Rating) as ProgressRating | undefined,
      riskRating: text(r.RiskRating) as RiskRating | undefined,
      commentary: text(r.Commentary),
      nextSteps: text(r.NextSteps),
      closureRationale: text(r.ClosureRationale)
    };
    return {
      id: String(r.Id),
      code: String(r.Code),
      title: String(r.Title ?? ''),
      kind: (text(r.ActionKind) ?? 'main') as ActionKind,
      themeCode: themeCode.get(r.ThemeId as number) ?? '',
      workstreamCode: wsCode.get(r.WorkstreamId as number) ?? '',
      status: (text(r.Status) ?? 'NotStarted') as ActionStatus,
      reprofileCount: num(r.ReprofileCount) ?? 0,
      issues: [],
      evidence: [],
      recommendationIds: [],
      riskIds: [],
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined))
    };
  });
  return { themes, workstreams, actions };
}
