import * as React from 'react';
import { Body1, Button, Caption1, Card, Checkbox, makeStyles, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { exceptionReport, formatUkDate, periodContaining, takeSnapshot } from '../../../domain';
import { FilterDropdown } from '../../components/FilterDropdown';
import { RatingBadge } from '../../components/RatingBadge';
import { EmptyState } from '../../components/States';
import { personText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { useChangedSince } from '../reports/useChangedSince';
import type { Reporting } from '../reports/useReporting';
import { filterExceptions, type ExceptionFilters } from './filterExceptions';

/** How many exceptions are drawn at first, and how many more each "Show more" adds. */
export const EXCEPTIONS_PAGE = 20;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  field: { flex: '0 1 14em', minWidth: 'min(100%, 10em)' },
  button: { minHeight: '32px' },
  open: { alignSelf: 'flex-start', minHeight: '32px' },
  more: { marginBlockStart: tokens.spacingVerticalM, minHeight: '32px' },
  count: { display: 'block', marginBlock: tokens.spacingVerticalS }
});

/** Props of {@link ExceptionsView}. */
export interface ExceptionsViewProps {
  view: PlanView;
  /** The closed periods, for "new since the last report". */
  reporting: Reporting;
  onOpenAction(id: string): void;
}

/**
 * Exceptions: every Amber and Red action with its commentary, Red first (the domain's exception
 * report), filtered by theme, workstream, lead, rating and "new since the last report", drawn
 * {@link EXCEPTIONS_PAGE} at a time with a count of how many are shown.
 */
export function ExceptionsView({ view, reporting, onOpenAction }: ExceptionsViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-exceptions');
  const { plan } = view.loaded;
  const [filters, setFilters] = React.useState<ExceptionFilters>({});
  const [shown, setShown] = React.useState(EXCEPTIONS_PAGE);
  const changed = useChangedSince(view, reporting);
  const all = React.useMemo(() => {
    // As at a closed period, the exceptions are those frozen then, without today's change requests.
    if (view.asAt) return exceptionReport(view.asAt.snapshot);
    const snapshot = takeSnapshot(plan.actions, periodContaining('month', view.today), view.today);
    return exceptionReport(snapshot, { requests: plan.changeRequests });
  }, [plan, view.today, view.asAt]);
  const newSlipIds = changed.status === 'ready' ? new Set(changed.report.newSlips.map((s) => s.actionId)) : undefined;
  const items = filterExceptions(all, filters, view.actionsById, newSlipIds);
  const set = (next: ExceptionFilters): void => {
    setFilters(next);
    setShown(EXCEPTIONS_PAGE);
  };
  const leads = [...new Set(all.map((e) => (e.lead ? personText(e.lead) : undefined)).filter((l): l is string => l !== undefined))].sort();
  const workstreams = plan.workstreams.filter((w) => filters.theme === undefined || w.themeCode === filters.theme);
  const visible = items.slice(0, shown);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== false);
  return (
    <section aria-labelledby={`${ids}-exceptions-heading`}>
      <Subtitle1 as="h2" id={`${ids}-exceptions-heading`} block>
        {strings.nav.exceptions} ({all.length})
      </Subtitle1>
      <Body1 as="p" block>
        {strings.exceptions.intro}
      </Body1>
      <div className={styles.bar} role="search" aria-label={strings.exceptions.filters}>
        <FilterDropdown
          className={styles.field}
          label={strings.exceptions.theme}
          value={filters.theme}
          choices={plan.themes.map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }))}
          onChange={(theme) => set({ ...filters, theme, workstream: undefined })}
        />
        <FilterDropdown
          className={styles.field}
          label={strings.exceptions.workstream}
          value={filters.workstream}
          choices={workstreams.map((w) => ({ value: w.code, label: `${w.code} ${w.name}` }))}
          onChange={(workstream) => set({ ...filters, workstream })}
        />
        <FilterDropdown className={styles.field} label={strings.exceptions.lead} value={filters.lead} choices={leads.map((l) => ({ value: l, label: l }))} onChange={(lead) => set({ ...filters, lead })} />
        <FilterDropdown
          className={styles.field}
          label={strings.exceptions.rating}
          value={filters.rating}
          choices={[
            { value: 'Red', label: 'Red' },
            { value: 'Amber', label: 'Amber' }
          ]}
          onChange={(rating) => set({ ...filters, rating: rating as ExceptionFilters['rating'] })}
        />
        {changed.status === 'ready' ? (
          <Checkbox checked={filters.newOnly === true} label={strings.exceptions.newOnly(changed.report.since.label)} onChange={(_, d) => set({ ...filters, newOnly: d.checked === true })} />
        ) : null}
        {filtered ? (
          <Button className={styles.button} onClick={() => set({})}>
            {strings.exceptions.clear}
          </Button>
        ) : null}
      </div>
      {!all.length ? <EmptyState>{strings.exceptions.none}</EmptyState> : null}
      {all.length && !items.length ? <EmptyState>{strings.exceptions.noneMatch}</EmptyState> : null}
      {items.length ? (
        <Caption1 className={styles.count} role="status">
          {strings.exceptions.showing(visible.length, items.length)}
        </Caption1>
      ) : null}
      <ul className={styles.list}>
        {visible.map((e) => (
          <li key={e.actionId}>
            <Card aria-labelledby={`${ids}-${e.actionId}`}>
              <div className={styles.head}>
                <RatingBadge rating={e.rating} />
                <Subtitle2 as="h3" block id={`${ids}-${e.actionId}`} className={styles.title}>
                  {e.code} {e.title}
                </Subtitle2>
              </div>
              <Caption1 className={styles.meta}>
                {personText(e.lead)} · {strings.exceptions.reason}: {e.reason}
                {e.requestedDueDate && e.requestedChangeReference ? ` · ${strings.exceptions.requested(formatUkDate(e.requestedDueDate), e.requestedChangeReference)}` : ''}
              </Caption1>
              <Body1 className={styles.text}>{e.commentary}</Body1>
              {e.nextSteps ? (
                <Body1 className={styles.text}>
                  {strings.exceptions.nextSteps}: {e.nextSteps}
                </Body1>
              ) : null}
              <Button className={styles.open} onClick={() => onOpenAction(e.actionId)}>
                {strings.exceptions.open(e.code)}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
      {items.length > visible.length ? (
        <Button className={styles.more} onClick={() => setShown((n) => n + EXCEPTIONS_PAGE)}>
          {strings.exceptions.showMore(Math.min(EXCEPTIONS_PAGE, items.length - visible.length))}
        </Button>
      ) : null}
    </section>
  );
}
