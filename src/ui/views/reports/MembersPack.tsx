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

/**
 * The members' pack, laid out for paper: the position, then each theme on its own page with its
 * rating and reason, its exceptions with commentary, and its main actions. Shown only while the
 * browser prints; the print stylesheet hides everything interactive.
 */
export function MembersPack({ view }: { view: PlanView }): React.ReactElement {
  const styles = useStyles();
  const { plan } = view.loaded;
  const ratings = React.useMemo(() => new Map<string, ProgressRating>([...view.ratings].map(([id, r]) => [id, r.rating])), [view]);
  const rollups = React.useMemo(() => rollUpPlan(plan.themes, plan.workstreams, plan.actions, ratings), [plan, ratings]);
  const snapshot = view.asAt?.snapshot ?? takeSnapshot(plan.actions, periodContaining(plan.cadence, view.today), view.today);
  return (
    <article aria-label={strings.pack.title(plan.name)}>
      <Subtitle1 as="h2">{strings.pack.title(plan.name)}</Subtitle1>
      <Body1 as="p" block>{view.asAt ? strings.pack.asAt(view.asAt.period.label, formatUkDate(view.today)) : strings.pack.today(formatUkDate(view.today))}</Body1>
      {rollups.map(({ theme, rollup }) => {
        const exceptions = exceptionReport(snapshot, { themeCode: theme.code });
        const mains = sortByCode(plan.actions.filter((a) => a.themeCode === theme.code && a.kind === 'main'));
        return (
          <section key={theme.code} className="ipt-theme">
            <Subtitle1 as="h2">
              {theme.code} {theme.name}
            </Subtitle1>
            <Body1 as="p" block>
              <RatingBadge rating={rollup.rating} className="ipt-rating" /> {rollup.explanation}
            </Body1>
            <Body1 as="p" block>{describeCounts(rollup.counts)}</Body1>
            <Subtitle2 as="h3" className={styles.h3}>
              {strings.pack.exceptions} ({exceptions.length})
            </Subtitle2>
            {exceptions.length ? (
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{strings.columns.code}</th>
                    <th scope="col">{strings.columns.title}</th>
                    <th scope="col">{strings.columns.lead}</th>
                    <th scope="col">{strings.columns.rating}</th>
                    <th scope="col">{strings.pack.commentary}</th>
                  </tr>
                </thead>
                <tbody>
                  {exceptions.map((e) => (
                    <tr key={e.actionId}>
                      <td>{e.code}</td>
                      <td>{e.title}</td>
                      <td>{personText(e.lead)}</td>
                      <td>
                        <RatingBadge rating={e.rating} className="ipt-rating" />
                        <div>{e.reason}</div>
                      </td>
                      <td className={styles.text}>{e.commentary}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Body1 as="p" block>{strings.pack.noExceptions}</Body1>
            )}
            <Subtitle2 as="h3" className={styles.h3}>
              {strings.pack.mainActions} ({mains.length})
            </Subtitle2>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{strings.columns.code}</th>
                  <th scope="col">{strings.columns.title}</th>
                  <th scope="col">{strings.columns.lead}</th>
                  <th scope="col">{strings.columns.due}</th>
                  <th scope="col">{strings.columns.rating}</th>
                </tr>
              </thead>
              <tbody>
                {mains.map((a) => (
                  <tr key={a.id}>
                    <td>{a.code}</td>
                    <td>{a.title}</td>
                    <td>{personText(a.lead)}</td>
                    <td>{dueText(a)}</td>
                    <td>
                      <RatingBadge rating={view.ratings.get(a.id)?.rating} className="ipt-rating" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </article>
  );
}
