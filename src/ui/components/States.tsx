import * as React from 'react';
import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { strings } from '../loc/strings';

const useStyles = makeStyles({
  block: { paddingBlock: tokens.spacingVerticalL },
  empty: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalM }
});

/** A spinner with words, for anything still loading. */
export function LoadingState({ label = strings.states.loadingSection }: { label?: string }): React.ReactElement {
  const styles = useStyles();
  return <Spinner className={styles.block} label={label} labelPosition="below" />;
}

/** An error in words with a retry button. */
export function ErrorState({ title, message, onRetry, retryLabel }: { title: string; message?: string; onRetry?: () => void; retryLabel?: string }): React.ReactElement {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{retryLabel ?? strings.states.retry}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** A friendly sentence where a list would be empty. */
export function EmptyState({ children }: { children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return <Body1 as="p" className={styles.empty}>{children}</Body1>;
}

/** The message of anything thrown, for showing to a person. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
