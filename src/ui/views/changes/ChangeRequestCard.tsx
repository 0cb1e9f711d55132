import * as React from 'react';
import { Body1, Button, Caption1, Card, Field, makeStyles, Subtitle2, Textarea, tokens, useId } from '@fluentui/react-components';
import type { Versioned } from '../../../application/ports/planRepository';
import { CHANGE_TYPE_LABELS, formatUkDate, summariseChange, type ChangeRequest } from '../../../domain';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' }
});

/** Props of {@link ChangeRequestCard}. */
export interface ChangeRequestCardProps {
  request: Versioned<ChangeRequest>;
  /** A decision is being recorded: the buttons wait. */
  busy: boolean;
  /** The signed-in person made this request, so they may not decide it: no buttons, and why. */
  ownRequest?: boolean;
  onDecide(status: 'Approved' | 'Rejected', note: string): void;
}

/** One request waiting for a decision, with an optional note and the approve and reject buttons. */
export function ChangeRequestCard({ request, busy, ownRequest = false, onDecide }: ChangeRequestCardProps): React.ReactElement {
  const styles = useStyles();
  const [note, setNote] = React.useState('');
  const r = request.value;
  const titleId = useId('ipt-change');
  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <Subtitle2 as="h4" id={titleId} className={styles.title}>
        {strings.changes.title(r.reference, CHANGE_TYPE_LABELS[r.type])}
      </Subtitle2>
      <Body1>
        {r.targetCode} {r.targetTitle}: {summariseChange(r)}
      </Body1>
      <Body1 className={styles.text}>
        {strings.changes.rationale}: {r.rationale}
      </Body1>
      <Caption1 className={styles.meta}>{strings.changes.requestedBy(r.requestedBy.displayName, formatUkDate(r.requestedOn))}</Caption1>
      {ownRequest ? <Body1>{strings.changes.ownRequest}</Body1> : null}
      {ownRequest ? null : (
        <Field label={strings.changes.note}>
          <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
        </Field>
      )}
      {ownRequest ? null : (
      <div className={styles.buttons}>
        <Button className={styles.button} appearance="primary" disabled={busy} aria-label={strings.changes.approveLabel(r.reference)} onClick={() => onDecide('Approved', note)}>
          {strings.changes.approve}
        </Button>
        <Button className={styles.button} disabled={busy} aria-label={strings.changes.rejectLabel(r.reference)} onClick={() => onDecide('Rejected', note)}>
          {strings.changes.reject}
        </Button>
      </div>
      )}
    </Card>
  );
}
