import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeImport, type ImportJournal } from '../../../application/import';
import { strings } from '../../loc/strings';

/** Props of {@link IncompleteImportBar}. */
export interface IncompleteImportBarProps {
  journal: ImportJournal;
  /** Title: an earlier import, or the one just run. */
  title: string;
  /** True while a resume or roll back is under way. */
  busy: boolean;
  /** A sentence after the description (e.g. that a new import must wait). */
  note?: string;
  onResume(journal: ImportJournal): void;
  onRollback(journal: ImportJournal): void;
}

/**
 * An import that stopped part-way, said plainly (where it stopped and why, how much is written)
 * with the two ways out: resume from exactly where it stopped, or roll back what it wrote.
 */
export function IncompleteImportBar({ journal, title, busy, note, onResume, onRollback }: IncompleteImportBarProps): React.ReactElement {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {note ? `${describeImport(journal)} ${note}` : describeImport(journal)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={() => onResume(journal)}>
          {strings.imports.resume}
        </Button>
        <Button disabled={busy} onClick={() => onRollback(journal)}>
          {strings.imports.rollback}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
