import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PROGRESS_RATINGS, ratingLabel, type Theme, type Workstream } from '../../../domain';
import { FilterDropdown } from '../../components/FilterDropdown';
import { strings } from '../../loc/strings';
import type { TimelineFilters } from './timelineRows';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  field: { flex: '0 1 14em', minWidth: 'min(100%, 10em)' },
  button: { minHeight: '32px' }
});

/** Props of {@link TimelineFilterBar}. */
export interface TimelineFilterBarProps {
  filters: TimelineFilters;
  themes: readonly Theme[];
  workstreams: readonly Workstream[];
  leads: readonly string[];
  /** The plan's word for a theme and a workstream (`Aim`, `Programme`). */
  themeWord: string;
  workstreamWord: string;
  onChange(next: TimelineFilters): void;
}

/** The timeline's filters, as the Exceptions view has them: theme, workstream (of the theme chosen), lead and rating. */
export function TimelineFilterBar({ filters, themes, workstreams, leads, themeWord, workstreamWord, onChange }: TimelineFilterBarProps): React.ReactElement {
  const styles = useStyles();
  const shownWorkstreams = workstreams.filter((w) => filters.theme === undefined || w.themeCode === filters.theme);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className={styles.bar} role="search" aria-label={strings.timeline.filters}>
      <FilterDropdown
        className={styles.field}
        label={themeWord}
        value={filters.theme}
        choices={themes.map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }))}
        onChange={(theme) => onChange({ ...filters, theme, workstream: undefined })}
      />
      <FilterDropdown
        className={styles.field}
        label={workstreamWord}
        value={filters.workstream}
        choices={shownWorkstreams.map((w) => ({ value: w.code, label: `${w.code} ${w.name}` }))}
        onChange={(workstream) => onChange({ ...filters, workstream })}
      />
      <FilterDropdown className={styles.field} label={strings.timeline.lead} value={filters.lead} choices={leads.map((l) => ({ value: l, label: l }))} onChange={(lead) => onChange({ ...filters, lead })} />
      <FilterDropdown
        className={styles.field}
        label={strings.timeline.rating}
        value={filters.rating}
        choices={PROGRESS_RATINGS.map((r) => ({ value: r, label: ratingLabel(r) }))}
        onChange={(rating) => onChange({ ...filters, rating: PROGRESS_RATINGS.find((r) => r === rating) })}
      />
      {filtered ? (
        <Button className={styles.button} onClick={() => onChange({})}>
          {strings.timeline.clear}
        </Button>
      ) : null}
    </div>
  );
}
