import * as React from 'react';
import { Badge, Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { BusinessCaseRecord, BusinessCaseStatus } from '../../../domain';
import { caseStrings } from './caseStrings';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  facts: { margin: 0, marginBlockStart: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2, display: 'block' }
});

const COLOUR: Readonly<Record<BusinessCaseStatus, 'informative' | 'warning' | 'success' | 'danger' | 'subtle'>> = {
  None: 'subtle',
  Draft: 'informative',
  Submitted: 'warning',
  Approved: 'success',
  Returned: 'danger'
};

/**
 * Where the case stands, always in words (the badge's colour only repeats them): the status, who
 * saved it and when, who decided and when, and a return's reason.
 */
export function CaseStatusLine({ record }: { record: BusinessCaseRecord }): React.ReactElement {
  const styles = useStyles();
  const { latest, decision, approved } = record;
  return (
    <div>
      <div className={styles.line}>
        <Body1 className={styles.term}>{caseStrings.statusLabel}:</Body1>
        <Badge appearance="tint" color={COLOUR[record.status]} shape="rounded">
          {caseStrings.status[record.status]}
        </Badge>
      </div>
      {latest ? <Body1 className={styles.muted}>{caseStrings.savedBy(latest.author.displayName, latest.savedAt)}</Body1> : null}
      {decision ? <Body1 className={styles.muted}>{caseStrings.decidedBy(decision.decision, decision.by.displayName, decision.decidedAt)}</Body1> : null}
      {decision?.decision === 'Returned' && decision.reason ? (
        <dl className={styles.facts}>
          <dt className={styles.term}>{caseStrings.returnReason}</dt>
          <dd className={styles.value}>{decision.reason}</dd>
        </dl>
      ) : null}
      {approved && approved.id !== decision?.id ? <Body1 className={styles.muted}>{caseStrings.approvedInForce(approved.by.displayName, approved.decidedAt)}</Body1> : null}
    </div>
  );
}
