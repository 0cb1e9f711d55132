import * as React from 'react';
import { Body1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { describeCounts, exceptionReport, formatUkDate, periodContaining, rollUpPlan, sortByCode, takeSnapshot, type ProgressRating } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { dueText, personText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', marginBlock: tokens.spacingVerticalS, '& th, & td': { textAlign: 'start', verticalAlign: 'top', padding: tokens.spacingHorizontalXS } },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  h3: { display: 'block', marginBlock: tokens.spacingVerticalS }
});

/** A plain table for paper: real header cells, one row per action. */
function PackTable({ headings, rows }: { headings: readonly string[]; rows: ReadonlyArray<{ key: string; cells: readonly React.ReactNode[] }> }): React.ReactElement {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The members' pack, laid out for paper: the position, then each theme on its own page with its
 * rating and reason, its exceptions with commentary, and its main actions. Shown only while the
 * browser prints; the print stylesheet hides everything interactive.
 */
export function MembersPack({ view }: { view: PlanView }): React.ReactElement {
  const styles = useStyles();
  const { plan } = view.loaded;
  const ratings = React.useMemo(() => new Map<string, ProgressRating>([...view.ratings].map(([id, r]) => [id, r.rating])), [view]);
  const rollups = React.useMemo(() => rollUpPlan(plan.themes, plan.workstreams, plan.actions, ratings, plan.rollupMethod), [plan, ratings]);
  const snapshot = view.asAt?.snapshot ?? takeSnapshot(plan.actions, periodContaining(plan.cadence, view.today), view.today);
  return (
    <article aria-label={strings.pack.title(plan.name)}>
      <Subtitle1 as="h2" block>{strings.pack.title(plan.name)}</Subtitle1>
      <Body1 as="p" block>{view.asAt ? strings.pack.asAt(view.asAt.period.label, formatUkDate(view.today)) : strings.pack.today(formatUkDate(view.today))}</Body1>
      {rollups.map(({ theme, rollup }) => {
        const exceptions = exceptionReport(snapshot, { themeCode: theme.code });
        const mains = sortByCode(plan.actions.filter((a) => a.themeCode === theme.code && a.kind === 'main'));
        return (
          <section key={theme.code} className="ipt-theme">
            <Subtitle1 as="h2" block>
              {theme.code} {theme.name}
            </Subtitle1>
            {theme.reportedRating ? (
              <Body1 as="p" block>
                {strings.themeRating.reported}: <RatingBadge rating={theme.reportedRating.rating} className="ipt-rating" /> {theme.reportedRating.reason ?? strings.themeRating.noReason}
              </Body1>
            ) : null}
            <Body1 as="p" block>
              {theme.reportedRating ? `${strings.themeRating.calculated}: ` : null}
              <RatingBadge rating={rollup.rating} className="ipt-rating" /> {rollup.explanation}
            </Body1>
            <Body1 as="p" block>{describeCounts(rollup.counts)}</Body1>
            <Subtitle2 as="h3" block className={styles.h3}>
              {strings.pack.exceptions} ({exceptions.length})
            </Subtitle2>
            {exceptions.length ? (
              <PackTable
                headings={[strings.columns.code, strings.columns.title, strings.columns.lead, strings.columns.rating, strings.pack.commentary]}
                rows={exceptions.map((e) => ({
                  key: e.actionId,
                  cells: [
                    e.code,
                    e.title,
                    personText(e.lead),
                    <React.Fragment key="rating">
                      <RatingBadge rating={e.rating} className="ipt-rating" />
                      <div>{e.reason}</div>
                    </React.Fragment>,
                    <span key="commentary" className={styles.text}>
                      {e.commentary}
                    </span>
                  ]
                }))}
              />
            ) : (
              <Body1 as="p" block>{strings.pack.noExceptions}</Body1>
            )}
            <Subtitle2 as="h3" block className={styles.h3}>
              {strings.pack.mainActions} ({mains.length})
            </Subtitle2>
            <PackTable
              headings={[strings.columns.code, strings.columns.title, strings.columns.lead, strings.columns.due, strings.columns.rating]}
              rows={mains.map((a) => ({
                key: a.id,
                cells: [a.code, a.title, personText(a.lead), dueText(a), <RatingBadge key="rating" rating={view.ratings.get(a.id)?.rating} className="ipt-rating" />]
              }))}
            />
          </section>
        );
      })}
    </article>
  );
}
