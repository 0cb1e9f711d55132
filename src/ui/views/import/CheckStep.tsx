import * as React from 'react';
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Copy20Regular } from '@fluentui/react-icons';
import { describeImportPlan, formatDryRunReport, type ImportPlan } from '../../../application/import';
import { ErrorState, LoadingState } from '../../components/States';
import { strings } from '../../loc/strings';
import { ProblemTable } from './ProblemTable';
import { downloadText, problemsCsv, problemsFileName } from './problemList';
import { StepSection } from './StepSection';
import type { CheckState } from './useImportFlow';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5em, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyle: 'none'
  },
  count: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    margin: 0
  },
  figure: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  h4: { display: 'block', marginBlockStart: tokens.spacingVerticalS },
  start: { alignSelf: 'flex-start' }
});

/** Props of {@link CheckStep}. */
export interface CheckStepProps {
  check: CheckState;
  /** Why the check cannot run yet (mapping incomplete), or undefined when it can. */
  blockedBy?: string;
  onCheck(): void;
}

function Counts({ plan }: { plan: ImportPlan }): React.ReactElement {
  const styles = useStyles();
  const s = plan.summary;
  const items: Array<[string, number]> = [
    [strings.imports.toCreate, s.actionsToCreate],
    [strings.imports.toUpdate, s.actionsToUpdate],
    [strings.imports.unchanged, s.actionsUnchanged],
    [strings.imports.errors, s.errors],
    [strings.imports.warnings, s.warnings]
  ];
  return (
    <ul className={styles.counts} aria-label={strings.imports.counts}>
      {items.map(([label, n]) => (
        <li key={label} className={styles.count}>
          <span className={styles.label}>{label}</span>
          <span className={styles.figure}>{n}</span>
        </li>
      ))}
    </ul>
  );
}

function Problems({ plan }: { plan: ImportPlan }): React.ReactElement {
  const styles = useStyles();
  const [copyNote, setCopyNote] = React.useState<string>();
  const copy = (): void => {
    const text = formatDryRunReport(plan);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setCopyNote(strings.imports.copyFailed);
      return;
    }
    clipboard.writeText(text).then(
      () => setCopyNote(strings.imports.copied),
      () => setCopyNote(strings.imports.copyFailed)
    );
  };
  return (
    <>
      <Subtitle2 as="h4" block className={styles.h4}>
        {strings.imports.problems(plan.problems.length)}
      </Subtitle2>
      <div className={styles.tools}>
        <Button icon={<ArrowDownload20Regular />} onClick={() => downloadText(problemsCsv(plan.problems), problemsFileName(plan.fileName), 'text/csv;charset=utf-8')}>
          {strings.imports.download}
        </Button>
        <Button icon={<Copy20Regular />} onClick={copy}>
          {strings.imports.copy}
        </Button>
        <Body1 role="status">{copyNote}</Body1>
      </div>
      <ProblemTable problems={plan.problems} />
    </>
  );
}

/**
 * Step 3: the dry run. Its counts (to create, update, leave unchanged), the outcome in sentences,
 * then every problem by row and column with a way to take the list away (download or copy).
 */
export function CheckStep({ check, blockedBy, onCheck }: CheckStepProps): React.ReactElement {
  const styles = useStyles();
  return (
    <StepSection title={strings.imports.checkStep}>
      {blockedBy ? <Body1>{blockedBy}</Body1> : null}
      <Button className={styles.start} appearance={check.status === 'ready' ? 'secondary' : 'primary'} disabled={blockedBy !== undefined || check.status === 'checking'} onClick={onCheck}>
        {strings.imports.check}
      </Button>
      <div role="status" aria-live="polite">
        {check.status === 'checking' ? <LoadingState label={strings.imports.checking} /> : null}
        {check.status === 'ready' ? (
          <ul className={styles.lines}>
            {/* The last sentence (the verdict) is shown as a message bar below the counts. */}
            {describeImportPlan(check.plan)
              .slice(0, -1)
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
        ) : null}
      </div>
      {check.status === 'error' ? <ErrorState title={strings.imports.checkFailed} message={check.message} onRetry={onCheck} /> : null}
      {check.status === 'ready' ? (
        <>
          <Counts plan={check.plan} />
          <MessageBar intent={check.plan.canImport ? (check.plan.summary.warnings ? 'warning' : 'success') : 'error'} layout="multiline">
            <MessageBarBody>{describeImportPlan(check.plan).slice(-1)[0]}</MessageBarBody>
          </MessageBar>
          {check.plan.problems.length ? <Problems plan={check.plan} /> : null}
        </>
      ) : null}
    </StepSection>
  );
}
