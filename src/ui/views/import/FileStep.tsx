import * as React from 'react';
import { Body1, Field, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { FileState } from './useImportFlow';
import { StepSection } from './StepSection';

const useStyles = makeStyles({
  input: {
    maxWidth: '100%',
    paddingBlock: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.spacingHorizontalXXS },
    // The browser's own button ignores the theme (light in Teams dark): draw it as a Fluent button.
    '::file-selector-button': {
      marginInlineEnd: tokens.spacingHorizontalS,
      paddingBlock: tokens.spacingVerticalXS,
      paddingInline: tokens.spacingHorizontalM,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      fontFamily: tokens.fontFamilyBase,
      fontWeight: tokens.fontWeightSemibold,
      cursor: 'pointer'
    }
  },
  read: { display: 'block', marginBlockStart: tokens.spacingVerticalS, overflowWrap: 'anywhere' }
});

/** Props of {@link FileStep}. */
export interface FileStepProps {
  /** The file as read so far. */
  file: FileState;
  /** Told when a person chooses a file. */
  onChoose(file: File): void;
  /** Bumped to clear the input when the flow starts again. */
  resetKey: number;
}

/** Step 1: a real file input with its label, then what was read from the file (or why not). */
export function FileStep({ file, onChoose, resetKey }: FileStepProps): React.ReactElement {
  const styles = useStyles();
  return (
    <StepSection title={strings.imports.fileStep}>
      <Field
        label={strings.imports.fileLabel}
        hint={strings.imports.fileHint}
        validationState={file.status === 'error' ? 'error' : 'none'}
        validationMessage={file.status === 'error' ? `${strings.imports.readFailed} ${file.message}` : undefined}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            key={resetKey}
            className={styles.input}
            type="file"
            accept=".xlsx,.xlsm,.csv,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) onChoose(chosen);
            }}
          />
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
