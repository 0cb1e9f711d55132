import * as React from 'react';
import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, tokens, useId } from '@fluentui/react-components';
import type { ImportJournal, PlanImporter } from '../../../application/import';
import type { Person } from '../../../domain';
import { ErrorState } from '../../components/States';
import { strings } from '../../loc/strings';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { IncompleteImportBar } from './IncompleteImportBar';
import { MappingStep } from './MappingStep';
import { mappingProblems } from './mappingChecks';
import { RunStep } from './RunStep';
import { useImportFlow } from './useImportFlow';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '72rem', minWidth: 0 },
  intro: { maxWidth: '60rem' },
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }
});

/** Props of {@link ImportView}. */
export interface ImportViewProps {
  /** The import ports the host built. */
  importer: PlanImporter;
  /** Who is importing (recorded in the journal). */
  user: Person;
  now: () => Date;
  /** Told after anything that may have changed the plan, so the app reloads it. */
  onImported(): void;
  onOpenOverview(): void;
}

/**
 * The programme office's import of a plan kept in Excel: choose the file, check the column
 * matching, dry-run it (every problem by row and column), then import with progress. An import
 * that stopped part-way is announced at the top with Resume and Roll back until it is dealt with.
 */
export function ImportView({ importer, user, now, onImported, onOpenOverview }: ImportViewProps): React.ReactElement {
  const styles = useStyles();
  const headingId = useId('ipt-import-heading');
  const flow = useImportFlow(importer, user.displayName, now, onImported);
  const [resetKey, setResetKey] = React.useState(0);
  const { file, check, run, incomplete } = flow;
  const busy = run.status === 'running';
  const journals = incomplete.status === 'ready' ? incomplete.journals : [];
  // The journal of the import started from this dry run, if it stopped: shown in step 4 rather than at the top.
  const thisRun = flow.ownImportId;
  const bar = (journal: ImportJournal, title: string, note?: string): React.ReactElement => (
    <IncompleteImportBar key={journal.importId} journal={journal} title={title} note={note} busy={busy} onResume={flow.resume} onRollback={flow.rollback} />
  );
  const mappingIssue = Object.values(mappingProblems(flow.mapping)).length ? strings.imports.fixMapping : undefined;
  // A resume or roll back of an earlier import (started from the top bar) reports at the top.
  const repair = run.status === 'finished' && !run.plan ? run : undefined;
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle1 as="h2" block id={headingId}>
        {strings.imports.heading}
      </Subtitle1>
      <Body1 className={styles.intro}>{strings.imports.intro}</Body1>
      <div className={styles.bars} role="status" aria-live="polite">
        {journals.filter((j) => j.importId !== thisRun).map((j) => bar(j, strings.imports.incomplete, strings.imports.incompleteBlocks))}
        {repair ? (
          <MessageBar intent={repair.outcome.completed ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{repair.outcome.completed ? strings.imports.finished : strings.imports.rolledBack}</MessageBarTitle>
              {repair.outcome.message}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {incomplete.status === 'error' ? <ErrorState title={strings.imports.journalsFailed} message={incomplete.message} onRetry={flow.reloadIncomplete} /> : null}
      <FileStep file={file} onChoose={flow.chooseFile} resetKey={resetKey} />
      {file.status === 'ready' ? (
        <>
          <MappingStep sheet={file.sheet} mapping={flow.mapping} createThemes={flow.createThemes} onColumn={flow.setColumn} onCreateThemes={flow.setCreateThemes} />
          <CheckStep check={check} blockedBy={mappingIssue} onCheck={flow.runCheck} />
        </>
      ) : null}
      {check.status === 'ready' ? (
        <RunStep
          plan={check.plan}
          run={run}
          blockedBy={journals.some((j) => j.importId !== thisRun) ? strings.imports.incompleteBlocks : undefined}
          onImport={flow.runImport}
          onOpenOverview={onOpenOverview}
          onAnother={() => {
            flow.reset();
            setResetKey((k) => k + 1);
          }}
        >
          {thisRun ? journals.filter((j) => j.importId === thisRun).map((j) => bar(j, strings.imports.stopped)) : null}
        </RunStep>
      ) : null}
    </section>
  );
}
