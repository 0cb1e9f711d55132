import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Link,
  makeStyles,
  OverlayDrawer,
  tokens
} from '@fluentui/react-components';
import type { PlanServices } from '../../application/ports/planRepository';
import type { ActionUpdateResult } from '../../application/updates';
import { formatUkDate, londonDate, sortByCode, summariseChange, type Action, type ProgressUpdate } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { STATUS_LABELS, strings } from '../loc/strings';
import type { PlanView } from '../hooks/usePlanData';
import { UpdateForm } from './UpdateForm';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  section: { marginTop: tokens.spacingVerticalL }
});

/** Props of {@link ActionPanel}. */
export interface ActionPanelProps {
  view: PlanView;
  actionId: string;
  services: PlanServices;
  now: () => Date;
  /** Narrow hosts (phones) open the panel full width. */
  narrow: boolean;
  actionLink(actionId: string): string;
  onClose(): void;
  onOpenAction(id: string): void;
  onSaved(result: ActionUpdateResult): void;
  onReplaced(action: Action, version: string): void;
}

/** Only web links are shown as links; anything else is shown as text. */
const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

/** One action: details, dates with reprofiles, sub-actions, milestones, history, evidence, change log, and the update form. */
export function ActionPanel(props: ActionPanelProps): React.ReactElement {
  const { view, actionId, services, now } = props;
  const styles = useStyles();
  const action = view.actionsById.get(actionId);
  const [history, setHistory] = React.useState<ProgressUpdate[] | undefined>();
  React.useEffect(() => {
    setHistory(undefined);
    services.listProgressUpdates(actionId).then(setHistory, () => setHistory([]));
  }, [services, actionId]);
  const rating = view.ratings.get(actionId);
  const plan = view.loaded.plan;
  const subs = action ? sortByCode(plan.actions.filter((a) => a.parentId === action.id)) : [];
  const milestones = plan.milestones.filter((m) => m.actionId === actionId);
  const changes = plan.changeRequests.filter((c) => c.actionId === actionId);
  const recs = action ? plan.recommendations.filter((r) => action.recommendationIds.includes(r.id) || action.recommendationIds.includes(r.reference ?? '')) : [];
  const canEdit = view.user.canEdit;
  return (
    <OverlayDrawer open position="end" size={props.narrow ? 'full' : 'large'} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" onClick={props.onClose} aria-label={strings.panel.close}>✕</Button>}>
          {action ? `${action.code} ${action.title}` : 'Action not found'}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {!action ? (
          <Body1>This action is not in the plan any more. It may have been closed or its link may be out of date.</Body1>
        ) : (
          <>
            <div>
              <RatingBadge rating={rating?.rating} size="large" /> {rating?.reason}
            </div>
            <dl className={styles.facts}>
              <dt>Status</dt>
              <dd>{STATUS_LABELS[action.status]}{action.progressPercent !== undefined ? `, ${action.progressPercent}% complete` : ''}</dd>
              <dt>Lead</dt>
              <dd>{action.lead ? `${action.lead.displayName}${action.lead.email ? ` (${action.lead.email})` : ''}` : 'Not set'}</dd>
              <dt>{strings.panel.baseline}</dt>
              <dd>{action.baselineDueDate ? formatUkDate(action.baselineDueDate) : action.dueDateText ?? 'Not set'}</dd>
              <dt>{strings.panel.current}</dt>
              <dd>
                {action.currentDueDate ? formatUkDate(action.currentDueDate) : 'Not set'}
                {action.reprofileCount ? ` · ${strings.panel.reprofiled(action.reprofileCount)}` : ''}
              </dd>
              <dt>Commentary</dt>
              <dd>{action.commentary || 'None yet.'}</dd>
              <dt>Next steps</dt>
              <dd>{action.nextSteps || 'None recorded.'}</dd>
            </dl>
            <Link href={props.actionLink(action.id)} onClick={(e) => { e.preventDefault(); void navigator.clipboard?.writeText(props.actionLink(action.id)); }}>
              {strings.panel.copyLink}
            </Link>
            {subs.length ? (
              <section className={styles.section} aria-label={strings.panel.subActions}>
                <h3>{strings.panel.subActions}</h3>
                <ul>
                  {subs.map((s) => (
                    <li key={s.id}>
                      <Link as="button" onClick={() => props.onOpenAction(s.id)}>
                        {s.code} {s.title}
                      </Link>{' '}
                      <RatingBadge rating={view.ratings.get(s.id)?.rating} size="small" />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {milestones.length ? (
              <section className={styles.section} aria-label={strings.panel.milestones}>
                <h3>{strings.panel.milestones}</h3>
                <ul>
                  {milestones.map((m) => (
                    <li key={m.id}>
                      {m.title}: due {formatUkDate(m.dueDate)}
                      {m.achievedOn ? `, achieved ${formatUkDate(m.achievedOn)}` : m.dueDate < londonDate(now()) ? ', missed' : ''}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {action.evidence.length ? (
              <section className={styles.section} aria-label={strings.panel.evidence}>
                <h3>{strings.panel.evidence}</h3>
                <ul>
                  {action.evidence.map((e) => (
                    <li key={e.url}>{safeHref(e.url) ? <Link href={safeHref(e.url)} target="_blank" rel="noopener noreferrer">{e.title}</Link> : e.title}</li>
                  ))}
                </ul>
              </section>
            ) : null}
            {recs.length ? (
              <section className={styles.section} aria-label="Recommendations answered">
                <h3>Recommendations answered</h3>
                <ul>{recs.map((r) => <li key={r.id}>{r.reference} {r.text}</li>)}</ul>
              </section>
            ) : null}
            <section className={styles.section} aria-label={strings.panel.history}>
              <h3>{strings.panel.history}</h3>
              {history === undefined ? <Caption1>Loading…</Caption1> : history.length === 0 ? <Caption1>No updates yet.</Caption1> : (
                <ul>
                  {[...history].sort((a, b) => (a.periodId < b.periodId ? 1 : -1)).slice(0, 12).map((u) => (
                    <li key={u.id}>
                      {u.periodId}: <RatingBadge rating={u.ratingAtSubmission} size="small" /> {u.commentary}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {changes.length ? (
              <section className={styles.section} aria-label={strings.panel.changes}>
                <h3>{strings.panel.changes}</h3>
                <ul>{changes.map((c) => <li key={c.id}>Change {c.reference} ({c.status}): {summariseChange(c)}</li>)}</ul>
              </section>
            ) : null}
            {canEdit ? (
              <section className={styles.section} aria-label={strings.panel.update}>
                <h3>{strings.panel.update}</h3>
                <UpdateForm
                  key={action.id}
                  services={services}
                  action={action}
                  version={view.loaded.actionVersions[action.id]}
                  user={view.user.person}
                  now={now}
                  onSaved={props.onSaved}
                  onReplaced={props.onReplaced}
                />
              </section>
            ) : (
              <Caption1 className={styles.section}>{strings.readOnly}</Caption1>
            )}
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
