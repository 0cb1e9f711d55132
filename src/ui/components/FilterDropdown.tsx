import * as React from 'react';
import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';
import { strings } from '../loc/strings';

const useStyles = makeStyles({
  dropdown: { minWidth: 'unset', width: '100%' }
});

/** One choice of a {@link FilterDropdown}. */
export interface FilterChoice {
  value: string;
  label: string;
}

/** Props of {@link FilterDropdown}. */
export interface FilterDropdownProps {
  label: string;
  /** The chosen value; undefined for "Any". */
  value?: string;
  choices: readonly FilterChoice[];
  onChange(value: string | undefined): void;
  className?: string;
}

/** A labelled filter: "Any" and then each choice; choosing "Any" clears it. */
export function FilterDropdown({ label, value, choices, onChange, className }: FilterDropdownProps): React.ReactElement {
  const styles = useStyles();
  const current = choices.find((c) => c.value === value);
  return (
    <Field label={label} className={className}>
      <Dropdown className={styles.dropdown} value={current?.label ?? strings.theme.any} selectedOptions={[value ?? '']} onOptionSelect={(_, d) => onChange(d.optionValue || undefined)}>
        <Option value="">{strings.theme.any}</Option>
        {choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
