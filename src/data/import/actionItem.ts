import type { ActionDraftChanges } from '../../application/import';
import { actionColumnValues, type ActionColumnField } from '../mapping/actionColumns';
import { LONDON_DAYS, type SiteDays } from '../mapping/siteDays';

/** A list item's values as REST writes them. */
export type ItemValues = Record<string, unknown>;

/** Ids the writer resolves for an action: its theme, workstream, parent and lead. */
export interface ActionLinks {
  themeId?: number | null;
  workstreamId?: number | null;
  parentId?: number | null;
  leadId?: number | null;
}

/**
 * The Plan Actions columns for the fields present in `fields` (an empty value, `null`, clears the
 * column), written through the one table of action columns. Links are written only when given, so
 * an update touches nothing else; `clear` names fields to empty.
 */
export function actionItemValues(fields: ActionDraftChanges & { code?: string }, links: ActionLinks, clear: readonly string[] = [], days: SiteDays = LONDON_DAYS): ItemValues {
  const { lead, themeCode: _theme, workstreamCode: _workstream, parentCode: _parent, ...columns } = fields;
  const cleared = Object.fromEntries(clear.filter((field) => field !== 'lead').map((field) => [field, undefined]));
  const values: ItemValues = actionColumnValues({ ...columns, ...cleared } as Partial<Record<ActionColumnField, unknown>>, days);
  if ('lead' in fields) values.LeadName = lead?.displayName ?? null;
  if (links.leadId !== undefined) values.LeadId = links.leadId;
  if (links.themeId !== undefined) values.ThemeId = links.themeId;
  if (links.workstreamId !== undefined) values.WorkstreamId = links.workstreamId;
  if (links.parentId !== undefined) values.ParentActionId = links.parentId;
  if (clear.includes('lead')) Object.assign(values, { LeadName: null, LeadId: null });
  return values;
}
