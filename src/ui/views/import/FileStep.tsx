import * as React from 'react';
import { Body1, Button, Field, makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import { LoadingState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { FileState } from './useImportFlow';
import { StepSection } from './StepSection';

const useStyles = makeStyles({
  // The native input stays in the page (the label and tests reach it) but out of sight and out of the tab order: the button opens it.
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
  picker: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  chosen: { minWidth: 0, overflowWrap: 'anywhere' },
  none: { color: tokens.colorNeutralForeground2 },
  read: { display: 'block', marginBlockStart: tokens.spacingVerticalS, overflowWrap: 'anywhere' }
});

/** The file types the import reads. */
const ACCEPT = '.xlsx,.xlsm,.csv,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Props of {@link FileStep}. */
export interface FileStepProps {
  /** The file as read so far. */
  file: FileState;
  /** Told when a person chooses a file. */
  onChoose(file: File): void;
  /** Bumped to clear the input when the flow starts again. */
  resetKey: number;
}

/**
 * Step 1: a Fluent button that opens a hidden file input, the chosen file's name beside it, then
 * what was read from the file (or why not). The field's label names the input and is part of the button's name.
 */
export function FileStep({ file, onChoose, resetKey }: FileStepProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-import-file');
  const chosenId = `${ids}-chosen`;
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = React.useState<string | undefined>();
  React.useEffect(() => setChosen(undefined), [resetKey]);
  const buttonText = chosen ? strings.imports.chooseAnother : strings.imports.chooseFile;
  return (
    <StepSection title={strings.imports.fileStep}>
      <Field
        label={strings.imports.fileLabel}
        hint={strings.imports.fileHint}
        validationState={file.status === 'error' ? 'error' : 'none'}
        validationMessage={file.status === 'error' ? `${strings.imports.readFailed} ${file.message}` : undefined}
      >
        {(fieldProps) => (
          <div className={styles.picker}>
            <input
              {...fieldProps}
              key={resetKey}
              ref={inputRef}
              className={styles.hiddenInput}
              type="file"
              tabIndex={-1}
              aria-hidden="true"
              accept={ACCEPT}
              onChange={(e) => {
                const picked = e.currentTarget.files?.[0];
                if (!picked) return;
                setChosen(picked.name);
                onChoose(picked);
              }}
            />
            {/* The name starts with the button's visible words and adds the field's label. */}
            <Button
              aria-label={`${buttonText}: ${strings.imports.fileLabel}`}
              aria-describedby={[chosenId, fieldProps['aria-describedby']].filter(Boolean).join(' ')}
              aria-invalid={fieldProps['aria-invalid']}
              onClick={() => inputRef.current?.click()}
            >
              {buttonText}
            </Button>
            <Text id={chosenId} className={chosen ? styles.chosen : styles.none}>
              {chosen ? strings.imports.chosenFile(chosen) : strings.imports.noFileChosen}
            </Text>
          </div>
        )}
      </Field>
      <div role="status" aria-live="polite">
        {file.status === 'reading' ? <LoadingState label={strings.imports.reading} /> : null}
        {file.status === 'ready' ? (
          <Body1 className={styles.read}>{strings.imports.sheetRead(file.sheet.fileName, file.sheet.sheetName, file.sheet.headerRowNumber, file.sheet.rows.length)}</Body1>
        ) : null}
      </div>
    </StepSection>
  );
}
