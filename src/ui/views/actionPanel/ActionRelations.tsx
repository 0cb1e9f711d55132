import * as React from 'react';
import { Link } from '@fluentui/react-components';
import {
  assessRisk,
  changeLogEntry,
  formatUkDate,
  isIssueOpen,
  milestoneStatus,
  sortByCode,
  type Action
} from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { EmptyState } from '../../components/States';
import { safeHref } from '../../components/format';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { PanelList, PanelSection } from './PanelSection';

/** Sub-actions, milestones, issues, evidence, linked risks, recommendations and the change log of an action. */
export function ActionRelations({
  view,
  action,
  onOpenAction,
  onOpenRecommendation
}: {
  view: PlanView;
  action: Action;
  onOpenAction(id: string): void;
  /** Opens the recommendations register with this recommendation in view. */
  onOpenRecommendation?(id: string): void;
}): React.ReactElement {
  const { plan } = view.loaded;
  const subs = sortByCode(plan.actions.filter((a) => a.parentId === action.id));
  const milestones = plan.milestones.filter((m) => m.actionId === action.id).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const risks = plan.risks.filter((r) => action.riskIds.includes(r.id) || r.actionIds.includes(action.id));
  const recs = plan.recommendations.filter((r) => action.recommendationIds.includes(r.id) || action.recommendationIds.includes(r.reference));
  const changes = plan.changeRequests.filter((c) => c.actionId === action.id).sort((a, b) => b.reference - a.reference).map(changeLogEntry);
  return (
    <>
      {subs.length ? (
        <PanelSection title={strings.panel.subActions}>
          <PanelList>
            {subs.map((s) => (
              <li key={s.id}>
                {s.code}{' '}
                <Link as="button" onClick={() => onOpenAction(s.id)}>
                  {s.title}
                </Link>{' '}
                <RatingBadge rating={view.ratings.get(s.id)?.rating} />
              </li>
            ))}
          </PanelList>
        </PanelSection>
      ) : null}
      {milestones.length ? (
        <PanelSection title={strings.panel.milestones}>
          <PanelList>
            {milestones.map((m) => (
              <li key={m.id}>{strings.panel.milestoneLine(m.title, formatUkDate(m.dueDate), strings.panel.milestoneStatus[milestoneStatus(m, view.today)])}</li>
            ))}
          </PanelList>
        </PanelSection>
      ) : null}
      {action.issues.length ? (
        <PanelSection title={strings.panel.issues}>
          <PanelList>
            {action.issues.map((i) => (
              <li key={i.id}>
                {i.description} ({strings.panel.issueLine(i.severity, formatUkDate(i.raisedOn))}
                {!isIssueOpen(i, view.today) && i.resolvedOn ? `, ${strings.panel.resolved(formatUkDate(i.resolvedOn))}` : ''})
              </li>
            ))}
          </PanelList>
        </PanelSection>
      ) : null}
      <PanelSection title={strings.panel.evidence}>
        {action.evidence.length ? (
          <PanelList>
            {action.evidence.map((e, index) => {
              const href = safeHref(e.url);
              return (
                <li key={`${e.url}-${index}`}>
                  {href ? (
                    <Link href={href} target="_blank" rel="noopener noreferrer">
                      {e.title || href}
                    </Link>
                  ) : (
                    <>
                      {e.title} {strings.panel.unsafeLink}
                    </>
                  )}
                  {e.addedOn ? ` (${formatUkDate(e.addedOn)})` : ''}
                </li>
              );
            })}
          </PanelList>
        ) : (
          <EmptyState>{strings.panel.noEvidence}</EmptyState>
        )}
      </PanelSection>
      {risks.length ? (
        <PanelSection title={strings.panel.risks}>
          <PanelList>
            {risks.map((r) => {
              const residual = assessRisk(r).residual;
              return (
                <li key={r.id}>
                  {r.reference} {r.title}: {residual.rating} {residual.value}, owner {r.owner.displayName}
                </li>
              );
            })}
          </PanelList>
        </PanelSection>
      ) : null}
      {recs.length ? (
        <PanelSection title={strings.panel.recommendations}>
          <PanelList>
            {recs.map((r) => (
              <li key={r.id}>
                {onOpenRecommendation ? (
                  <Link as="button" aria-label={strings.panel.openRecommendation(r.reference)} onClick={() => onOpenRecommendation(r.id)}>
                    {r.reference}
                  </Link>
                ) : (
                  r.reference
                )}
                : {r.text}
              </li>
            ))}
          </PanelList>
        </PanelSection>
      ) : null}
      <PanelSection title={strings.panel.changes}>
        {changes.length ? (
          <PanelList>
            {changes.map((c) => (
              <li key={c.reference}>
                {strings.panel.changeLine(c.reference, c.status)}: {c.summary}. {c.rationale}
                {c.decidedBy && c.decidedOn ? ` (${c.decidedBy.displayName}, ${formatUkDate(c.decidedOn)})` : ''}
              </li>
            ))}
          </PanelList>
        ) : (
          <EmptyState>{strings.panel.noChanges}</EmptyState>
        )}
      </PanelSection>
    </>
  );
}
