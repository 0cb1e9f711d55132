import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { PlanServices } from '../../../application/ports/planRepository';
import { changeLogEntry, formatUkDate, isSamePerson, type Person } from '../../../domain';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { strings } from '../../loc/strings';
import { ChangeRequestCard } from './ChangeRequestCard';
import { useChangeQueue } from './useChangeQueue';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  log: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  h3: { display: 'block', marginBlockStart: tokens.spacingVerticalL, marginBlockEnd: tokens.spacingVerticalS }
});

/** Props of {@link ChangesView}. */
export interface ChangesViewProps {
  services: PlanServices;
  user: Person;
  now: () => Date;
  onDecided(): void;
  /** Opens the action a request is about. */
  onOpenAction?(id: string): void;
}

/** Change control queue for the programme office: every submitted request to approve or reject, and the latest decisions. */
export function ChangesView(props: ChangesViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-changes');
  const queue = useChangeQueue(props);
  const requests = queue.state.status === 'ready' ? queue.state.value : [];
  const waiting = requests.filter((r) => r.value.status === 'Submitted').sort((a, b) => a.value.reference - b.value.reference);
  const decided = requests
    .filter((r) => r.value.status === 'Approved' || r.value.status === 'Rejected')
    .sort((a, b) => b.value.reference - a.value.reference)
    .slice(0, 10)
    .map((r) => changeLogEntry(r.value));
  return (
    <section aria-labelledby={`${ids}-changes-heading`}>
      <Subtitle1 as="h2" block id={`${ids}-changes-heading`}>
        {strings.nav.changes}
      </Subtitle1>
      <div role="status" aria-live="polite">
        {queue.message ? (
          <MessageBar intent={queue.message.intent}>
            <MessageBarBody>{queue.message.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {queue.state.status === 'loading' && !requests.length ? <LoadingState /> : null}
      {queue.state.status === 'error' ? <ErrorState title={strings.states.sectionFailed} message={queue.state.message} onRetry={queue.retry} /> : null}
      {queue.state.status === 'ready' ? (
        <>
          <Subtitle2 as="h3" block className={styles.h3}>
            {strings.changes.waiting(waiting.length)}
          </Subtitle2>
          {waiting.length ? (
            <ul className={styles.list}>
              {waiting.map((r) => (
                <li key={r.value.id}>
                  <ChangeRequestCard
                    request={r}
                    busy={queue.busy === r.value.id}
                    ownRequest={isSamePerson(props.user, r.value.requestedBy)}
                    onDecide={(status, note) => queue.decide(r, status, note)}
                    {...(props.onOpenAction ? { onOpenAction: props.onOpenAction } : {})}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{strings.changes.none}</EmptyState>
          )}
          {decided.length ? (
            <>
              <Subtitle2 as="h3" block className={styles.h3}>
                {strings.changes.decided}
              </Subtitle2>
              <ul className={styles.log}>
                {decided.map((c) => (
                  <li key={c.reference}>
                    {strings.panel.changeLine(c.reference, c.status)}: {c.targetCode} {c.summary}
                    {c.decidedBy && c.decidedOn ? ` (${strings.changes.decidedBy(c.decidedBy.displayName, formatUkDate(c.decidedOn))})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
