import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { StoredSnapshot } from '../../../application/periods';
import { formatUkDate, londonDate } from '../../../domain';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  bar: { marginBlock: tokens.spacingVerticalS }
});

/**
 * Says, on every view, that the plan is shown as at a closed period and not today, with the way
 * back. It is a landmark region so it can be found again from anywhere on the page.
 */
export function AsAtBanner({ stored, onBack }: { stored: StoredSnapshot; onBack(): void }): React.ReactElement {
  const styles = useStyles();
  const { period } = stored;
  return (
    <section aria-label={strings.asAt.banner(period.label)}>
      <MessageBar className={styles.bar} intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.asAt.banner(period.label)}</MessageBarTitle>
          {strings.asAt.detail(formatUkDate(londonDate(new Date(period.closedAt))), period.closedBy.displayName)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onBack}>{strings.asAt.back}</Button>
        </MessageBarActions>
      </MessageBar>
    </section>
  );
}
