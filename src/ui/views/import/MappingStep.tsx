import * as React from 'react';
import { Body1, Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { IMPORT_FIELDS, columnLetter, suggestMappingForSheet, type ColumnMapping, type ImportField, type ImportFieldInfo, type Sheet } from '../../../application/import';
import { strings } from '../../loc/strings';
import { ignoredColumns, mappingProblems } from './mappingChecks';
import { StepSection } from './StepSection';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`
  },
  more: { marginBlockStart: tokens.spacingVerticalS },
  summary: {
    cursor: 'pointer',
    paddingBlock: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` }
  },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' }
});

/** Props of {@link MappingStep}. */
export interface MappingStepProps {
  sheet: Sheet;
  mapping: ColumnMapping;
  createThemes: boolean;
  onColumn(field: ImportField, column: number | undefined): void;
  onCreateThemes(on: boolean): void;
}

function FieldSelect({ info, sheet, mapping, problem, onColumn }: { info: ImportFieldInfo; sheet: Sheet; mapping: ColumnMapping; problem?: string; onColumn: MappingStepProps['onColumn'] }): React.ReactElement {
  const column = mapping[info.field];
  return (
    <Field label={info.label} required={info.required} hint={info.help} validationState={problem ? 'error' : 'none'} validationMessage={problem}>
      <Select value={column === undefined ? '' : String(column)} onChange={(_, d) => onColumn(info.field, d.value === '' ? undefined : Number(d.value))}>
        <option value="">{strings.imports.notImported}</option>
        {sheet.headers.map((heading, i) => (
          <option key={i} value={String(i)}>
            {strings.imports.column(columnLetter(i), heading)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * Step 2: every field with the column matched to it by heading, in a drop-down the person can
 * change. Required fields and the fields the headings matched come first; the rest sit under
 * "More fields" (split by the first suggestion, so a field does not jump away while it is chosen).
 */
export function MappingStep({ sheet, mapping, createThemes, onColumn, onCreateThemes }: MappingStepProps): React.ReactElement {
  const styles = useStyles();
  const suggested = React.useMemo(() => suggestMappingForSheet(sheet).mapping, [sheet]);
  const problems = mappingProblems(mapping);
  const main = IMPORT_FIELDS.filter((f) => f.required || suggested[f.field] !== undefined);
  const more = IMPORT_FIELDS.filter((f) => !main.includes(f));
  const ignored = ignoredColumns(sheet.headers, mapping);
  const select = (info: ImportFieldInfo): React.ReactElement => <FieldSelect key={info.field} info={info} sheet={sheet} mapping={mapping} problem={problems[info.field]} onColumn={onColumn} />;
  return (
    <StepSection title={strings.imports.mappingStep}>
      <Body1>{strings.imports.mappingIntro}</Body1>
      <div className={styles.grid}>{main.map(select)}</div>
      {more.length ? (
        <details className={styles.more} open={more.some((f) => problems[f.field] !== undefined)}>
          <summary className={styles.summary}>{strings.imports.moreFields(more.filter((f) => mapping[f.field] === undefined).length)}</summary>
          <div className={styles.grid}>{more.map(select)}</div>
        </details>
      ) : null}
      {ignored.length ? <Body1 className={styles.muted}>{strings.imports.ignoredColumns(ignored.join(', '))}</Body1> : null}
      <Field hint={strings.imports.createThemesHint}>
        <Checkbox label={strings.imports.createThemes} checked={createThemes} onChange={(_, d) => onCreateThemes(d.checked === true)} />
      </Field>
    </StepSection>
  );
}
