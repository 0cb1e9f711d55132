import * as React from 'react';
import { Button, Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { FilterDropdown } from '../../components/FilterDropdown';
import { ACTION_STATUSES, PROGRESS_RATINGS, ratingLabel, type Workstream } from '../../../domain';
import { statusText } from '../../components/format';
import { strings } from '../../loc/strings';
import { hasFilters, NO_FILTERS, type ActionFilters, type DueFilter } from './filterActions';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  search: { flex: '1 1 16em', minWidth: 'min(100%, 16em)' },
  field: { flex: '0 1 12em', minWidth: 'min(100%, 10em)' }
});

/** Props of {@link ThemeFilters}. */
export interface ThemeFiltersProps {
  filters: ActionFilters;
  onChange(filters: ActionFilters): void;
  leads: readonly string[];
  workstreams: readonly Workstream[];
  workstreamWord: string;
}

/** Search and the rating, lead, status, due and workstream filters of the theme grid. */
export function ThemeFilters({ filters, onChange, leads, workstreams, workstreamWord }: ThemeFiltersProps): React.ReactElement {
  const styles = useStyles();
  const set = <K extends keyof ActionFilters>(key: K, value: ActionFilters[K]): void => onChange({ ...filters, [key]: value });
  const dues: DueFilter[] = ['overdue', 'next30', 'next90', 'noDate'];
  return (
    <div className={styles.bar} role="search" aria-label={strings.theme.search}>
      <Field label={strings.theme.search} className={styles.search}>
        <SearchBox value={filters.query} placeholder={strings.theme.searchPlaceholder} onChange={(_, d) => set('query', d.value)} />
      </Field>
      <FilterDropdown className={styles.field} label={strings.theme.rating} value={filters.rating} choices={PROGRESS_RATINGS.map((r) => ({ value: r, label: ratingLabel(r) }))} onChange={(v) => set('rating', v as ActionFilters['rating'])} />
      <FilterDropdown className={styles.field} label={strings.theme.lead} value={filters.lead} choices={leads.map((l) => ({ value: l, label: l }))} onChange={(v) => set('lead', v)} />
      <FilterDropdown className={styles.field} label={strings.theme.status} value={filters.status} choices={ACTION_STATUSES.map((s) => ({ value: s, label: statusText(s) }))} onChange={(v) => set('status', v as ActionFilters['status'])} />
      <FilterDropdown className={styles.field} label={strings.theme.due} value={filters.due} choices={dues.map((d) => ({ value: d, label: strings.theme.dueOptions[d] }))} onChange={(v) => set('due', v as DueFilter | undefined)} />
      {workstreams.length > 1 ? (
        <FilterDropdown className={styles.field} label={workstreamWord} value={filters.workstream} choices={workstreams.map((w) => ({ value: w.code, label: `${w.code} ${w.name}` }))} onChange={(v) => set('workstream', v)} />
      ) : null}
      <Button disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
        {strings.theme.clearFilters}
      </Button>
    </div>
  );
}
