/** Plan Themes and Plan Workstreams items <-> domain `Theme` and `Workstream`. */
import { PROGRESS_RATINGS, type Theme, type Workstream } from '../../domain';
import { THEMES_LIST, WORKSTREAMS_LIST } from '../schema/planLists';
import { personFromUser, userSelect, writePerson, type UserIdLookup } from './people';
import type { ProblemSink } from './problems';
import { compact, readChoice, readLines, readLookupId, readNumber, readText, writeLines, writeText, type SpItem, type SpValues } from './values';

/** `$select` / `$expand` for a theme item. */
export const THEME_SELECT: readonly string[] = [
  'Id', 'Title', 'Code', ...userSelect('LeadDirector'), 'LeadDirectorName', 'LeadMemberName', 'Description', 'SortOrder',
  'ThemeRating', 'ThemeRatingReason', 'Summary'
];
export const THEME_EXPAND: readonly string[] = ['LeadDirector'];

/** `$select` / `$expand` for a workstream item. */
export const WORKSTREAM_SELECT: readonly string[] = [
  'Id', 'Title', 'Code', 'ThemeId', 'Theme/Code', ...userSelect('Lead'), 'LeadName', 'Description', 'Outcomes', 'Measures', 'Interdependencies', 'SortOrder'
];
export const WORKSTREAM_EXPAND: readonly string[] = ['Theme', 'Lead'];

const idOf = (item: SpItem): number => (typeof item.Id === 'number' ? item.Id : 0);
const optList = (lines: string[]): string[] | undefined => (lines.length ? lines : undefined);

/** Maps a theme item; a theme without a lead director reads as "Not yet assigned" (reported). */
export function themeFromItem(item: SpItem, report: ProblemSink): Theme {
  const id = idOf(item);
  const leadDirector = personFromUser(item.LeadDirector, item.LeadDirectorName);
  if (!leadDirector) report({ list: THEMES_LIST, itemId: id, column: 'LeadDirector', message: 'The theme has no lead director; shown as "Not yet assigned".' });
  const leadMember = readText(item.LeadMemberName);
  const reported = readChoice(item.ThemeRating, PROGRESS_RATINGS);
  return compact({
    id: String(id),
    code: readText(item.Code) ?? '',
    name: readText(item.Title) ?? '',
    description: readText(item.Description),
    summary: readText(item.Summary),
    leadDirector: leadDirector ?? { displayName: 'Not yet assigned' },
    leadMember: leadMember ? { displayName: leadMember } : undefined,
    order: readNumber(item.SortOrder) ?? id,
    reportedRating: reported ? compact({ rating: reported, reason: readText(item.ThemeRatingReason) }) : undefined
  });
}

/** Column values for a theme; the reported rating only when the theme has one. */
export function themeToValues(theme: Theme, ids: UserIdLookup): SpValues {
  return {
    Title: theme.name,
    Code: theme.code,
    ...writePerson('LeadDirector', theme.leadDirector, ids, 'LeadDirectorName'),
    LeadMemberName: theme.leadMember?.displayName ?? null,
    Description: writeText(theme.description),
    SortOrder: theme.order,
    // Written only when given: the reported rating is the programme office's, and a write of the
    // theme's other columns (an import, say) must not clear it.
    // The summary too: the programme office writes it for reports, and an import must not clear it.
    ...(theme.summary !== undefined ? { Summary: writeText(theme.summary) } : {}),
    ...(theme.reportedRating ? { ThemeRating: theme.reportedRating.rating, ThemeRatingReason: writeText(theme.reportedRating.reason) } : {})
  };
}

/** Maps a workstream item; the theme code comes from the expanded lookup, else `themeCodes`. */
export function workstreamFromItem(item: SpItem, report: ProblemSink, themeCodes?: ReadonlyMap<string, string>): Workstream {
  const id = idOf(item);
  const themeId = readLookupId(item.ThemeId);
  const expanded = typeof item.Theme === 'object' && item.Theme !== null ? readText((item.Theme as SpItem).Code) : undefined;
  const themeCode = expanded ?? (themeId ? themeCodes?.get(themeId) : undefined);
  if (!themeCode) report({ list: WORKSTREAMS_LIST, itemId: id, column: 'Theme', message: 'The workstream is not linked to a theme.' });
  return compact({
    id: String(id),
    code: readText(item.Code) ?? '',
    themeCode: themeCode ?? '',
    name: readText(item.Title) ?? '',
    description: readText(item.Description),
    lead: personFromUser(item.Lead, item.LeadName),
    outcomes: optList(readLines(item.Outcomes)),
    measures: optList(readLines(item.Measures)),
    interdependencies: optList(readLines(item.Interdependencies)),
    order: readNumber(item.SortOrder) ?? id
  });
}

/** Column values for a workstream, its theme resolved to an item id by the caller. */
export function workstreamToValues(ws: Workstream, themeId: number | null, ids: UserIdLookup): SpValues {
  return {
    Title: ws.name,
    Code: ws.code,
    ThemeId: themeId,
    ...writePerson('Lead', ws.lead, ids, 'LeadName'),
    Description: writeText(ws.description),
    Outcomes: writeLines(ws.outcomes),
    Measures: writeLines(ws.measures),
    Interdependencies: writeLines(ws.interdependencies),
    SortOrder: ws.order
  };
}
