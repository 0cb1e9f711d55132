import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens, type MessageBarIntent } from '@fluentui/react-components';
import { describeRecordCheck, type RecordCheckMessage } from '../../../application/periods';
import { ErrorState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { RecordCheckState } from './useRecordCheck';

// Kept beside the component until they join the reports strings in ui/loc/strings.ts.

const useStyles = makeStyles({
  bar: { marginBlock: tokens.spacingVerticalS },
  checking: { justifyContent: 'flex-start', marginBlock: tokens.spacingVerticalS }
});

const INTENT: Record<RecordCheckMessage['tone'], MessageBarIntent> = { verified: 'success', notice: 'info', warning: 'warning' };

/**
 * One line saying whether the closed periods still match what was closed, or which period no
 * longer does and why. A warning is an alert; anything else is a polite status.
 */
export function RecordCheckBar({ state, onRetry }: { state: RecordCheckState; onRetry(): void }): React.ReactElement {
  const styles = useStyles();
  if (state.status === 'off') return <></>;
  if (state.status === 'checking') return <Spinner className={styles.checking} size="tiny" labelPosition="after" label={strings.reports.recordChecking} />;
  if (state.status === 'failed') return <ErrorState title={strings.reports.recordCheckFailed} message={state.message} onRetry={onRetry} />;
  const message = describeRecordCheck(state.check);
  return (
    <MessageBar className={styles.bar} intent={INTENT[message.tone]} role={message.tone === 'warning' ? 'alert' : 'status'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.headline}</MessageBarTitle>
        {message.explanation ? ` ${message.explanation}` : null}
      </MessageBarBody>
    </MessageBar>
  );
}
