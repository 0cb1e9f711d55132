import * as React from 'react';
import { Body1, Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import type { ImportPlan } from '../../../application/import';
import { ErrorState } from '../../components/States';
import { strings } from '../../loc/strings';
import { StepSection } from './StepSection';
import type { RunState } from './useImportFlow';

const useStyles = makeStyles({
  start: { alignSelf: 'flex-start' },
  hint: { color: tokens.colorNeutralForeground2 }
});

/** Props of {@link RunStep}. */
export interface RunStepProps {
  /** The dry run passed or failed; the button only writes a plan without errors. */
  plan: ImportPlan;
  run: RunState;
  /** Why a new import cannot start (an earlier one is incomplete), if so. */
  blockedBy?: string;
  onImport(): void;
  onOpenOverview(): void;
  onAnother(): void;
  /** The bar of this run if it stopped part-way (with Resume), shown where the person is looking. */
  children?: React.ReactNode;
}

/** Changes the import would write to actions, for the button's label. */
function changes(plan: ImportPlan): number {
  return plan.summary.actionsToCreate + plan.summary.actionsToUpdate;
}

/**
 * Step 4: the Import button (disabled while the dry run has errors, when there is nothing to
 * write, or while an earlier import waits to be resumed), progress while it writes, and the
 * outcome in words; a run that stopped part-way shows its bar (with Resume) as `children`.
 */
export function RunStep({ plan, run, blockedBy, onImport, onOpenOverview, onAnother, children }: RunStepProps): React.ReactElement {
  const styles = useStyles();
  const nothing = plan.operations.length === 0;
  const why = !plan.canImport ? strings.imports.blocked(plan.summary.errors) : nothing ? strings.imports.nothingToDo : blockedBy;
  const busy = run.status === 'running';
  // Once this dry run's import has ended (finished, stopped or rolled back) it is spent: choose the file again.
  const finished = run.status === 'finished' && run.plan ? run : undefined;
  const rolledBack = finished?.outcome.journal.status === 'rolledBack';
  return (
    <StepSection title={strings.imports.runStep}>
      {why ? (
        <MessageBar intent={plan.canImport ? 'info' : 'error'} layout="multiline">
          <MessageBarBody>{why}</MessageBarBody>
        </MessageBar>
      ) : (
        <Body1 className={styles.hint}>{strings.imports.runHint}</Body1>
      )}
      {finished ? null : (
        <Button className={styles.start} appearance="primary" disabled={why !== undefined || busy} onClick={onImport}>
          {strings.imports.importButton(changes(plan))}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {run.status === 'running' ? (
          <Field label={strings.imports.progressLabel} hint={run.total ? strings.imports.progress(run.done, run.total) : strings.imports.working}>
            <ProgressBar value={run.total ? run.done / run.total : undefined} max={1} thickness="large" />
          </Field>
        ) : null}
        {finished && (finished.outcome.completed || rolledBack) ? (
          <MessageBar intent={rolledBack ? 'info' : 'success'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{rolledBack ? strings.imports.rolledBack : strings.imports.finished}</MessageBarTitle>
              {rolledBack ? '' : `${strings.imports.finishedBody(plan.summary.actionsToCreate, plan.summary.actionsToUpdate, plan.summary.actionsUnchanged)} `}
              {finished.outcome.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onOpenOverview}>{strings.imports.openPlan}</Button>
              <Button onClick={onAnother}>{strings.imports.another}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </div>
      {children}
      {run.status === 'error' ? <ErrorState title={strings.imports.stopped} message={run.message} /> : null}
    </StepSection>
  );
}
