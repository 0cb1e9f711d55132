import * as React from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens, useId } from '@fluentui/react-components';
import type { CaseDecisionKind } from '../../../domain';
import { caseStrings } from './caseStrings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalL, maxWidth: '40em' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }
});

/** Props of {@link CaseDecisionControls}. */
export interface CaseDecisionControlsProps {
  /** Records the decision; resolves with a refusal in words, or nothing when it was recorded. */
  decide(decision: CaseDecisionKind, reason: string): Promise<string | undefined>;
  /** Set when the signed-in person wrote the revision: they may not decide it. */
  ownCase: boolean;
}

/** The programme office's Approve and Return (with a reason) for a submitted case. */
export function CaseDecisionControls({ decide, ownCase }: CaseDecisionControlsProps): React.ReactElement {
  const styles = useStyles();
  const headingId = useId('ipt-case-decision');
  const [reason, setReason] = React.useState('');
  const [problem, setProblem] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  // A recorded decision removes these controls: nothing is set on them after that.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = async (decision: CaseDecisionKind): Promise<void> => {
    if (decision === 'Returned' && reason.trim() === '') {
      setProblem('Say why the case is being returned, so its lead knows what to change.');
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const refusal = await decide(decision, reason);
      if (mounted.current) setProblem(refusal);
    } finally {
      if (mounted.current) setBusy(false);
    }
  };
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId}>
        {caseStrings.decisionHeading}
      </Subtitle2>
      {ownCase ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{caseStrings.ownCase}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Field label={caseStrings.reason} validationMessage={problem}>
            <Textarea value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy} onClick={() => run('Approved').catch(() => undefined)}>
              {caseStrings.approve}
            </Button>
            <Button disabled={busy} onClick={() => run('Returned').catch(() => undefined)}>
              {caseStrings.returnCase}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
