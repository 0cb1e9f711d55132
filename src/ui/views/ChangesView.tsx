import * as React from 'react';
import { Body1, Button, Caption1, Card, MessageBar, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { PlanServices, Versioned } from '../../application/ports/planRepository';
import { CHANGE_TYPE_LABELS, londonDate, summariseChange, type ChangeRequest, type Person } from '../../domain';
import { strings } from '../loc/strings';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, listStyle: 'none', padding: 0 }, actions: { display: 'flex', gap: tokens.spacingHorizontalS } });

/** Props of {@link ChangesView}. */
export interface ChangesViewProps {
  services: PlanServices;
  user: Person;
  now: () => Date;
}

/** Change control queue for the programme office: every submitted request, to approve or reject. */
export function ChangesView({ services, user, now }: ChangesViewProps): React.ReactElement {
  const styles = useStyles();
  const [requests, setRequests] = React.useState<Array<Versioned<ChangeRequest>> | undefined>();
  const [message, setMessage] = React.useState<string>('');
  const load = React.useCallback(() => {
    services.listChangeRequests().then(setRequests, (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
  }, [services]);
  React.useEffect(load, [load]);
  const decide = async (r: Versioned<ChangeRequest>, status: 'Approved' | 'Rejected'): Promise<void> => {
    try {
      await services.decideChangeRequest(r.value.id, { status, by: user, on: londonDate(now()) }, r.version);
      setMessage(`Change ${r.value.reference} ${status.toLowerCase()}.`);
      load();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const waiting = (requests ?? []).filter((r) => r.value.status === 'Submitted');
  return (
    <section aria-labelledby="changes-heading">
      <Subtitle2 as="h2" id="changes-heading">
        {strings.nav.changes} ({waiting.length})
      </Subtitle2>
      <div aria-live="polite">{message ? <MessageBar>{message}</MessageBar> : null}</div>
      {requests && !waiting.length ? <Body1>{strings.changes.none}</Body1> : null}
      <ul className={styles.list}>
        {waiting.map((r) => (
          <li key={r.value.id}>
            <Card>
              <Text weight="semibold" as="h3">
                Change {r.value.reference}: {CHANGE_TYPE_LABELS[r.value.type]}, {r.value.targetCode} {r.value.targetTitle}
              </Text>
              <Body1>{summariseChange(r.value)}</Body1>
              <Caption1>
                {strings.changes.rationale}: {r.value.rationale} · asked by {r.value.requestedBy.displayName}
              </Caption1>
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => void decide(r, 'Approved')} aria-label={`${strings.changes.approve} change ${r.value.reference}`}>
                  {strings.changes.approve}
                </Button>
                <Button onClick={() => void decide(r, 'Rejected')} aria-label={`${strings.changes.reject} change ${r.value.reference}`}>
                  {strings.changes.reject}
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
