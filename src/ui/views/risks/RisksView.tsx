import * as React from 'react';
import { Body1, Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle1, tokens, useId } from '@fluentui/react-components';
import type { RiskReviewStore } from '../../../application/risks';
import { periodContaining, RISK_MOVEMENT_ORDER, scoreRisk, type RiskRating, type RiskMovement } from '../../../domain';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { FilterDropdown } from '../../components/FilterDropdown';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import type { Reporting } from '../reports/useReporting';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskCards } from './RiskCards';
import { RiskTable } from './RiskTable';
import { RiskHistoryDialog, periodLabel } from './RiskHistoryDialog';
import { RiskReviewDialog } from './RiskReviewDialog';
import {
  DEFAULT_RISK_SORT,
  filterRiskRows,
  firstDirection,
  registerPeriods,
  registerRows,
  rowsWithoutReviews,
  sortRiskRows,
  type RiskFilters,
  type RiskRow,
  type RiskSort,
  type RiskSortKey
} from './riskRegister';
import { riskStrings } from './riskStrings';
import { useRiskReviews } from './useRiskReviews';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
  field: { minWidth: '160px', flexGrow: 1, flexBasis: '160px', maxWidth: '260px', '@media (max-width: 480px)': { maxWidth: 'none' } },
  count: { display: 'block', marginBlock: tokens.spacingVerticalS }
});

/** Props of {@link RisksView}. */
export interface RisksViewProps {
  view: PlanView;
  /** Phones and narrow columns show each risk as a card instead of the table. */
  narrow: boolean;
  onOpenAction(id: string): void;
  /** Closed periods: the trend is measured against the last one. */
  reporting?: Reporting;
  /** The register's reviews; without them the register shows the scores the risks hold and today's only. */
  reviews?: RiskReviewStore;
}

const RATINGS: readonly RiskRating[] = ['Red', 'Amber', 'Green'];
const SORT_KEYS: readonly RiskSortKey[] = ['score', 'trend', 'reference', 'owner', 'theme'];

/**
 * Risk register: the residual heat map and every risk with its current likelihood, impact, score
 * and trend since the last closed period, sortable and filterable; each risk's history by period,
 * and, for the programme office, this period's review. As at a closed period it shows that
 * period's reviews and the trend against the period closed before it.
 */
export function RisksView({ view, narrow, onOpenAction, reporting, reviews }: RisksViewProps): React.ReactElement {
  const ids = useId('ipt-risks');
  const styles = useStyles();
  const loaded = useRiskReviews(reviews);
  const [sort, setSort] = React.useState<RiskSort>(DEFAULT_RISK_SORT);
  const [filters, setFilters] = React.useState<RiskFilters>({});
  const [historyOf, setHistoryOf] = React.useState<RiskRow | undefined>();
  const [reviewing, setReviewing] = React.useState<RiskRow | undefined>();
  const [recorded, setRecorded] = React.useState<string | undefined>();
  const periodsState = reporting?.data;
  const closed = periodsState?.status === 'ready' ? periodsState.periods : [];
  const waiting = loaded.state.status === 'loading' || periodsState?.status === 'loading';
  const asAtId = view.asAt?.period.periodId;
  const periods = registerPeriods(view.today, closed, asAtId);
  const withHistory = loaded.state.status === 'ready';
  // About twenty risks and a hundred reviews: worked out on each draw, never cached stale.
  const rows = loaded.state.status === 'ready' ? registerRows(view.loaded.plan.risks, loaded.state.reviews, closed, periods, asAtId !== undefined) : rowsWithoutReviews(view.loaded.plan.risks);
  const shown = sortRiskRows(filterRiskRows(rows, filters), sort);
  const closedIds = new Set(closed.map((p) => p.periodId));
  const thisPeriod = periodContaining('month', view.today);
  const mayReview = reviews !== undefined && withHistory && view.user.canManage && !view.asAt && !closedIds.has(thisPeriod.id);
  const onSort = (key: RiskSortKey): void => setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));
  const themes = view.loaded.plan.themes.filter((t) => rows.some((r) => r.risk.themeCode === t.code));
  const owners = [...new Set(rows.map((r) => r.risk.owner.displayName))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const intro = (): string | undefined => {
    if (!withHistory) return view.asAt ? strings.risks.todayOnly(view.asAt.period.label) : undefined;
    if (view.asAt) return periods.previous ? riskStrings.trendSinceAsAt(view.asAt.period.label, periods.previous.label) : riskStrings.trendFirst(view.asAt.period.label);
    if (periods.previous) return riskStrings.trendSince(periods.previous.label);
    return periodsState?.status === 'ready' ? riskStrings.trendNoClosed : riskStrings.trendPeriodsUnknown;
  };
  const heading = (
    <Subtitle1 as="h2" block id={`${ids}-risks-heading`}>
      {strings.nav.risks} ({rows.length})
    </Subtitle1>
  );
  if (waiting) {
    return (
      <section aria-labelledby={`${ids}-risks-heading`}>
        {heading}
        <LoadingState label={riskStrings.loadingReviews} />
      </section>
    );
  }
  return (
    <section aria-labelledby={`${ids}-risks-heading`}>
      {heading}
      {loaded.state.status === 'error' ? <ErrorState title={riskStrings.reviewsFailed} message={loaded.state.message} onRetry={loaded.reload} /> : null}
      {intro() ? (
        <Body1 as="p" block>
          {intro()}
        </Body1>
      ) : null}
      {recorded ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody role="status">{recorded}</MessageBarBody>
        </MessageBar>
      ) : null}
      {rows.length ? (
        <>
          <RiskHeatMap risks={rows.map((r) => r.risk)} />
          <div className={styles.bar} role="search" aria-label={riskStrings.filters}>
            <FilterDropdown
              className={styles.field}
              label={riskStrings.rating}
              value={filters.rating}
              choices={RATINGS.map((r) => ({ value: r, label: r }))}
              onChange={(rating) => setFilters({ ...filters, rating: rating as RiskRating | undefined })}
            />
            <FilterDropdown
              className={styles.field}
              label={riskStrings.theme}
              value={filters.theme}
              choices={themes.map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }))}
              onChange={(theme) => setFilters({ ...filters, theme })}
            />
            <FilterDropdown className={styles.field} label={riskStrings.owner} value={filters.owner} choices={owners.map((o) => ({ value: o, label: o }))} onChange={(owner) => setFilters({ ...filters, owner })} />
            <FilterDropdown
              className={styles.field}
              label={riskStrings.trend}
              value={filters.movement}
              choices={RISK_MOVEMENT_ORDER.map((m) => ({ value: m, label: riskStrings.movement[m] }))}
              onChange={(movement) => setFilters({ ...filters, movement: movement as RiskMovement | undefined })}
            />
            {narrow ? (
              // Phones have no column headers to sort by, so the order is chosen here.
              <Field label={riskStrings.sortBy} className={styles.field}>
                <Select value={sort.key} onChange={(_, d) => setSort({ key: d.value as RiskSortKey, direction: firstDirection(d.value as RiskSortKey) })}>
                  {SORT_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {riskStrings.sortKeys[k]}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {filtered ? <Button onClick={() => setFilters({})}>{riskStrings.clear}</Button> : null}
          </div>
          <Caption1 className={styles.count} role="status">
            {riskStrings.showing(shown.length, rows.length)}
          </Caption1>
          {!shown.length ? <EmptyState>{riskStrings.noneMatch}</EmptyState> : null}
          {shown.length ? (
            narrow ? (
              <RiskCards view={view} rows={shown} onOpenAction={onOpenAction} onOpenHistory={setHistoryOf} {...(mayReview ? { onReview: setReviewing } : {})} />
            ) : (
              <RiskTable view={view} rows={shown} sort={sort} onSort={onSort} onOpenAction={onOpenAction} onOpenHistory={setHistoryOf} {...(mayReview ? { onReview: setReviewing } : {})} />
            )
          ) : null}
        </>
      ) : (
        <EmptyState>{view.asAt && withHistory ? riskStrings.asAtNoReview(view.asAt.period.label) : strings.risks.none}</EmptyState>
      )}
      <RiskHistoryDialog {...(historyOf ? { row: historyOf } : {})} closedPeriodIds={closedIds} onClose={() => setHistoryOf(undefined)} />
      {reviews && mayReview ? (
        <RiskReviewDialog
          {...(reviewing ? { row: reviewing } : {})}
          store={reviews}
          period={thisPeriod}
          closedPeriodIds={[...closedIds]}
          reviewer={view.user.person}
          today={view.today}
          onClose={() => setReviewing(undefined)}
          onRecorded={(review) => {
            const ref = reviewing?.risk.reference ?? '';
            loaded.added(review);
            setReviewing(undefined);
            const scored = scoreRisk(review.score);
            setRecorded(riskStrings.saved(ref, `${scored.rating} ${scored.value} for ${periodLabel(review.periodId)}`));
          }}
        />
      ) : null}
    </section>
  );
}
