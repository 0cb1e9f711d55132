/** Plan Recommendations items <-> domain `Recommendation`. */
import type { Recommendation } from '../../domain';
import { RECOMMENDATION_SOURCE_CHOICES, RECOMMENDATIONS_LIST } from '../schema/planLists';
import type { ProblemSink } from './problems';
import { compact, readBoolean, readChoice, readDay, readText, writeDay, writeText, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` for a recommendation item. */
export const RECOMMENDATION_SELECT: readonly string[] = ['Id', 'Title', 'Code', 'Source', 'SourceDocument', 'IssuedOn', 'Description', 'Statutory'];

/** Maps a recommendation item; an unknown source reads as Other (reported). */
export function recommendationFromItem(item: SpItem, report: ProblemSink, days: SiteDays = LONDON_DAYS): Recommendation {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const source = readChoice(item.Source, RECOMMENDATION_SOURCE_CHOICES);
  if (!source) report({ list: RECOMMENDATIONS_LIST, itemId, column: 'Source', message: `Source "${String(item.Source)}" is not one the app knows; read as Other.` });
  return compact({
    id: String(itemId),
    reference: readText(item.Code) ?? readText(item.Title) ?? '',
    // SharePoint requires a Title; a register without short names repeats the reference there.
    title: readText(item.Code) !== undefined && readText(item.Title) !== readText(item.Code) ? readText(item.Title) : undefined,
    source: source ?? 'Other',
    sourceDocument: readText(item.SourceDocument),
    issuedOn: readDay(item.IssuedOn, days),
    text: readText(item.Description) ?? '',
    statutory: readBoolean(item.Statutory) ?? false
  });
}

/** Column values for a recommendation (without a short name, Title repeats the reference: SharePoint requires a Title). */
export function recommendationToValues(r: Recommendation, days: SiteDays = LONDON_DAYS): SpValues {
  return {
    Title: r.title ?? r.reference,
    Code: r.reference,
    Source: r.source,
    SourceDocument: writeText(r.sourceDocument),
    IssuedOn: writeDay(r.issuedOn, days),
    Description: writeText(r.text),
    Statutory: r.statutory
  };
}
