import * as React from 'react';
import { Body1, Button, Caption1, Card, Field, Link, makeStyles, Subtitle2, Textarea, tokens, useId } from '@fluentui/react-components';
import type { Versioned } from '../../../application/ports/planRepository';
import { CHANGE_TYPE_LABELS, formatUkDate, summariseChange, type ChangeRequest, type FieldChange } from '../../../domain';
import { statusText } from '../../components/format';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' },
  open: { alignSelf: 'flex-start', minHeight: '24px' },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  caption: { textAlign: 'start', color: tokens.colorNeutralForeground2, paddingBlockEnd: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineEnd: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere'
  }
});

/** A value as a reader reads it: dates in British form, statuses in words. */
function valueText(change: FieldChange, value: string | undefined): string {
  if (value === undefined || value === '') return strings.changes.nothing;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatUkDate(value);
  if (change.field === 'status') return statusText(value);
  return value;
}

/** Each field the request would change, as it is now and as proposed. */
function BeforeAfter({ request }: { request: ChangeRequest }): React.ReactElement {
  const styles = useStyles();
  if (!request.changes.length) return <></>;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{strings.changes.beforeAfter(request.reference)}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>{strings.changes.field}</th>
          <th scope="col" className={styles.cell}>{strings.changes.before}</th>
          <th scope="col" className={styles.cell}>{strings.changes.after}</th>
        </tr>
      </thead>
      <tbody>
        {request.changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className={styles.cell}>{strings.changes.fields[c.field] ?? c.field}</th>
            <td className={styles.cell}>{valueText(c, c.oldValue)}</td>
            <td className={styles.cell}>{valueText(c, c.newValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Props of {@link ChangeRequestCard}. */
export interface ChangeRequestCardProps {
  request: Versioned<ChangeRequest>;
  /** A decision is being recorded: the buttons wait. */
  busy: boolean;
  /** The signed-in person made this request, so they may not decide it: no buttons, and why. */
  ownRequest?: boolean;
  onDecide(status: 'Approved' | 'Rejected', note: string): void;
  /** Opens the action the request is about, when it is about one. */
  onOpenAction?(id: string): void;
}

/** One request waiting for a decision, with an optional note and the approve and reject buttons. */
export function ChangeRequestCard({ request, busy, ownRequest = false, onDecide, onOpenAction }: ChangeRequestCardProps): React.ReactElement {
  const styles = useStyles();
  const [note, setNote] = React.useState('');
  const r = request.value;
  const titleId = useId('ipt-change');
  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <Subtitle2 as="h4" block id={titleId} className={styles.title}>
        {strings.changes.title(r.reference, CHANGE_TYPE_LABELS[r.type])}
      </Subtitle2>
      <Body1>
        {r.targetCode} {r.targetTitle}: {summariseChange(r)}
      </Body1>
      {r.actionId && onOpenAction ? (
        <Link as="button" className={styles.open} onClick={() => onOpenAction(r.actionId as string)}>
          {strings.changes.open(r.targetCode)}
        </Link>
      ) : null}
      <BeforeAfter request={r} />
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
