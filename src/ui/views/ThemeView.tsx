import * as React from 'react';
import { Body1, Dropdown, Field, Input, makeStyles, Option, Subtitle2, tokens } from '@fluentui/react-components';
import { PROGRESS_RATINGS, ratingLabel, rollUp, sortByCode, type ProgressRating } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { strings } from '../loc/strings';
import type { PlanView } from '../hooks/usePlanData';
import { ActionTable } from './ActionTable';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' }
});

/** Props of {@link ThemeView}. */
export interface ThemeViewProps {
  view: PlanView;
  themeCode: string;
  onOpenAction(id: string): void;
}

/** One theme: its workstreams and their actions in code order, filtered by rating and searched by text. */
export function ThemeView({ view, themeCode, onOpenAction }: ThemeViewProps): React.ReactElement {
  const styles = useStyles();
  const [query, setQuery] = React.useState('');
  const [rating, setRating] = React.useState<string>('');
  const theme = view.loaded.plan.themes.find((t) => t.code === themeCode);
  if (!theme) return <Body1>There is no theme {themeCode} in this plan.</Body1>;
  const q = query.trim().toLowerCase();
  const actions = sortByCode(
    view.loaded.plan.actions.filter(
      (a) =>
        a.themeCode === themeCode &&
        (!rating || view.ratings.get(a.id)?.rating === rating) &&
        (!q || `${a.code} ${a.title} ${a.lead?.displayName ?? ''}`.toLowerCase().includes(q))
    )
  );
  const workstreams = sortByCode(view.loaded.plan.workstreams.filter((w) => w.themeCode === themeCode));
  return (
    <section aria-labelledby="theme-heading">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="theme-heading">
          {theme.code} {theme.name}
        </Subtitle2>
      </div>
      <div className={styles.filters}>
        <Field label={strings.search}>
          <Input value={query} onChange={(_, d) => setQuery(d.value)} type="search" />
        </Field>
        <Field label={strings.ratingFilter}>
          <Dropdown value={rating ? ratingLabel(rating as never) : strings.allRatings} selectedOptions={[rating]} onOptionSelect={(_, d) => setRating(d.optionValue ?? '')}>
            <Option value="">{strings.allRatings}</Option>
            {PROGRESS_RATINGS.map((r) => (
              <Option key={r} value={r}>
                {ratingLabel(r)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {workstreams.map((w) => {
        const inWs = actions.filter((a) => a.workstreamCode === w.code);
        if (!inWs.length) return null;
        const wsRatings = view.loaded.plan.actions.filter((a) => a.workstreamCode === w.code).map((a) => view.ratings.get(a.id)?.rating ?? ('NotStarted' as ProgressRating));
        return (
          <section key={w.code} aria-label={`${w.code} ${w.name}`}>
            <h3>
              {w.code} {w.name} <RatingBadge rating={rollUp(wsRatings).rating} size="small" />
            </h3>
            <ActionTable view={view} actions={inWs} onOpenAction={onOpenAction} label={`Actions in ${w.code} ${w.name}`} />
          </section>
        );
      })}
      {!actions.length ? <Body1>{strings.noActions}</Body1> : null}
    </section>
  );
}
