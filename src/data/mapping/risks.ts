/** Plan Risks items <-> domain `Risk`. */
import type { Risk, RiskScore } from '../../domain';
import { RISK_STATUS_CHOICES, RISKS_LIST } from '../schema/planLists';
import { readJsonArray, readMitigation, writeJsonArray } from './json';
import { personFromUser, userSelect, writePerson, type UserIdLookup } from './people';
import type { ProblemSink } from './problems';
import { compact, readChoice, readDay, readLookupId, readNumber, readRefs, readText, writeDay, writeRefs, writeText, type SpItem, type SpValues } from './values';
import { LONDON_DAYS, type SiteDays } from './siteDays';

/** `$select` / `$expand` for a risk item. */
export const RISK_SELECT: readonly string[] = [
  'Id', 'Title', 'Code', 'ThemeId', 'Theme/Code', ...userSelect('Owner'), 'OwnerName', 'Description', 'InherentLikelihood', 'InherentImpact',
  'ResidualLikelihood', 'ResidualImpact', 'TargetLikelihood', 'TargetImpact', 'PreviousResidualLikelihood', 'PreviousResidualImpact',
  'MitigationsJson', 'ActionRefs', 'ReviewedOn', 'Status'
];
export const RISK_EXPAND: readonly string[] = ['Theme', 'Owner'];


/** A likelihood/impact pair; a missing half reads as 1 (the lowest level), reported. */
function score(item: SpItem, prefix: string, report: ProblemSink, itemId: number): RiskScore {
  const likelihood = readNumber(item[`${prefix}Likelihood`]);
  const impact = readNumber(item[`${prefix}Impact`]);
  if (likelihood === undefined || impact === undefined) {
    report({ list: RISKS_LIST, itemId, column: `${prefix}Likelihood`, message: `The ${prefix.toLowerCase()} score is incomplete; the missing part is read as 1.` });
  }
  return { likelihood: likelihood ?? 1, impact: impact ?? 1 };
}

/** Maps a risk item; never throws. */
export function riskFromItem(item: SpItem, report: ProblemSink, themeCodes?: ReadonlyMap<string, string>, days: SiteDays = LONDON_DAYS): Risk {
  const itemId = typeof item.Id === 'number' ? item.Id : 0;
  const themeId = readLookupId(item.ThemeId);
  const expanded = typeof item.Theme === 'object' && item.Theme !== null ? readText((item.Theme as SpItem).Code) : undefined;
  const prevL = readNumber(item.PreviousResidualLikelihood);
  const prevI = readNumber(item.PreviousResidualImpact);
  return compact({
    id: String(itemId),
    reference: readText(item.Code) ?? '',
    title: readText(item.Title) ?? '',
    description: readText(item.Description),
    owner: personFromUser(item.Owner, item.OwnerName) ?? { displayName: 'Not yet assigned' },
    themeCode: expanded ?? (themeId ? themeCodes?.get(themeId) : undefined),
    inherent: score(item, 'Inherent', report, itemId),
    residual: score(item, 'Residual', report, itemId),
    target: score(item, 'Target', report, itemId),
    previousResidual: prevL !== undefined && prevI !== undefined ? { likelihood: prevL, impact: prevI } : undefined,
    mitigations: readJsonArray(item.MitigationsJson, 'MitigationsJson', { list: RISKS_LIST, itemId, report }, readMitigation),
    actionIds: readRefs(item.ActionRefs),
    reviewedOn: readDay(item.ReviewedOn, days),
    status: readChoice(item.Status, RISK_STATUS_CHOICES) ?? 'Open'
  });
}

/** Column values for a risk, its theme resolved to an item id by the caller. */
export function riskToValues(risk: Risk, themeId: number | null, ids: UserIdLookup, days: SiteDays = LONDON_DAYS): SpValues {
  return {
    Title: risk.title,
    Code: risk.reference,
    ThemeId: themeId,
    ...writePerson('Owner', risk.owner, ids, 'OwnerName'),
    Description: writeText(risk.description),
    InherentLikelihood: risk.inherent.likelihood,
    InherentImpact: risk.inherent.impact,
    ResidualLikelihood: risk.residual.likelihood,
    ResidualImpact: risk.residual.impact,
    TargetLikelihood: risk.target.likelihood,
    TargetImpact: risk.target.impact,
    PreviousResidualLikelihood: risk.previousResidual?.likelihood ?? null,
    PreviousResidualImpact: risk.previousResidual?.impact ?? null,
    MitigationsJson: writeJsonArray(risk.mitigations),
    ActionRefs: writeRefs(risk.actionIds),
    ReviewedOn: writeDay(risk.reviewedOn, days),
    Status: risk.status
  };
}
