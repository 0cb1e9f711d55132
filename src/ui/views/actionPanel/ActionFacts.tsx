import * as React from 'react';
import { describeOverride, formatUkDate, pendingReprofile, ratingLabel, type Action, type ChangeRequest } from '../../../domain';
import { FactList } from '../../components/FactList';
import { personText, statusText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { ActionRating } from '../../hooks/usePlanData';

/**
 * The facts of an action as a description list: status, lead, baseline and current dates with the
 * reprofile count, the lead's assessment (who, when, why) beside the rules' rating when they differ, commentary.
 */
export function ActionFacts({ action, requests, calculated }: { action: Action; requests: readonly ChangeRequest[]; calculated?: ActionRating['calculated'] }): React.ReactElement {
  const pending = pendingReprofile(action.id, requests);
  const requested = pending?.changes.find((c) => c.field === 'currentDueDate')?.newValue;
  const rows: Array<[string, React.ReactNode]> = [
    [strings.panel.status, `${statusText(action.status)}${action.progressPercent !== undefined ? `, ${strings.panel.progress(action.progressPercent)}` : ''}`],
    [strings.panel.lead, `${personText(action.lead)}${action.lead?.email ? ` (${action.lead.email})` : ''}`],
    ...(action.delegates?.length ? [[strings.panel.delegates, action.delegates.map((d) => d.displayName).join(', ')] as [string, React.ReactNode]] : []),
    [strings.panel.baseline, action.baselineDueDate ? formatUkDate(action.baselineDueDate) : action.dueDateText ?? strings.noDate],
    [
      strings.panel.current,
      <>
        {action.currentDueDate ? formatUkDate(action.currentDueDate) : action.dueDateText ?? strings.noDate} ({strings.panel.reprofiled(action.reprofileCount)})
        {pending && requested ? (
          <>
            <br />
            {strings.panel.pendingDate(formatUkDate(requested), pending.reference)}
          </>
        ) : null}
      </>
    ],
    ...(action.forecastDate ? [[strings.panel.forecast, formatUkDate(action.forecastDate)] as [string, React.ReactNode]] : []),
    ...(action.override ? [[strings.panel.assessedRating, describeOverride(action.override)] as [string, React.ReactNode]] : []),
    ...(calculated ? [[strings.panel.calculatedRating, strings.panel.calculatedLine(ratingLabel(calculated.rating), calculated.reason)] as [string, React.ReactNode]] : []),
    ...(action.description ? [[strings.panel.description, action.description] as [string, React.ReactNode]] : []),
    [strings.panel.commentary, action.commentary?.trim() || strings.panel.noCommentary],
    [strings.panel.nextSteps, action.nextSteps?.trim() || strings.panel.noNextSteps]
  ];
  return <FactList rows={rows} />;
}
