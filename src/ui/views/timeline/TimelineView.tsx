import * as React from 'react';
import { Body1, Button, Caption1, makeStyles, Subtitle1, ToggleButton, tokens, useId } from '@fluentui/react-components';
import { formatUkDate, parsePeriodId } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';
import { strings } from '../../loc/strings';
import { asAtEnd } from '../reports/asAtView';
import type { Reporting } from '../reports/useReporting';
import { TimelineChart } from './TimelineChart';
import { TimelineFilterBar } from './TimelineFilterBar';
import { TimelineLegend } from './TimelineLegend';
import { TimelineList } from './TimelineList';
import { TimelineTable } from './TimelineTable';
import { closedMonths, timelineAxis } from './timelineAxis';
import { groupRows, leadChoices, themeMilestones, timelineRows, type TimelineFilters } from './timelineRows';

/** How many actions are drawn at first, and how many more each "Show more" adds. */
export const TIMELINE_PAGE = 40;

const useStyles = makeStyles({
  toggle: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  toggleLabel: { fontWeight: tokens.fontWeightSemibold },
  choices: { display: 'inline-flex', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' },
  count: { display: 'block', marginBlock: tokens.spacingVerticalS },
  note: { display: 'block', color: tokens.colorNeutralForeground2, marginBlockEnd: tokens.spacingVerticalS },
  more: { marginBlockStart: tokens.spacingVerticalM, minHeight: '32px' }
});

/** Props of {@link TimelineView}. */
export interface TimelineViewProps {
  view: PlanView;
  /** The closed periods, marked on the axis. */
  reporting: Reporting;
  /** The theme in the address (`&theme=LD`), shown alone until another is chosen. */
  themeCode?: string;
  /** Phones start on the stacked list, which never scrolls sideways. */
  narrow: boolean;
  onOpenAction(id: string): void;
  /** Told when the theme filter changes, so the address keeps the theme. */
  onThemeChange(themeCode: string | undefined): void;
}

/**
 * The plan on a time axis: each action's baseline dates against its current ones, its milestones
 * met, missed and due, today and the closed reporting periods; or the same as a table. Filtered
 * by theme, workstream, lead and rating, grouped by theme and workstream, drawn
 * {@link TIMELINE_PAGE} actions at a time.
 */
export function TimelineView({ view, reporting, themeCode, narrow, onOpenAction, onThemeChange }: TimelineViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-timeline');
  const { plan } = view.loaded;
  const [others, setOthers] = React.useState<Omit<TimelineFilters, 'theme'>>({});
  // Until someone chooses, the form follows the width: the app measures it after the first draw.
  const [chosen, setMode] = React.useState<'chart' | 'table' | undefined>();
  const mode = chosen ?? (narrow ? 'table' : 'chart');
  const [shown, setShown] = React.useState(TIMELINE_PAGE);
  const filters: TimelineFilters = { ...others, ...(themeCode ? { theme: themeCode } : {}) };
  const rows = React.useMemo(() => timelineRows(plan, view.ratings, view.today, { ...others, theme: themeCode }), [plan, view.ratings, view.today, others, themeCode]);
  // As at a closed period, only the periods closed by then were closed.
  const cutoff = view.asAt ? asAtEnd(view.asAt) : undefined;
  const closedBy = (periodId: string): boolean => {
    const parsed = parsePeriodId(periodId);
    return cutoff === undefined || (parsed.ok && parsed.value.end <= cutoff);
  };
  const periods = reporting.data.status === 'ready' ? reporting.data.periods.filter((p) => closedBy(p.periodId)) : [];
  // Keyed by the ids, so the axis is worked out again only when the closed periods change.
  const closedKey = periods.map((p) => p.periodId).join(',');
  const closed = React.useMemo(() => closedMonths(closedKey ? closedKey.split(',') : []), [closedKey]);
  const axis = React.useMemo(() => timelineAxis(rows, view.today, closed), [rows, view.today, closed]);
  const visible = rows.slice(0, shown);
  // A theme's own milestones belong to no action, so they show only while no filter narrows the theme to some of its actions.
  const byTheme = React.useMemo(() => themeMilestones(plan.milestones, view.today), [plan.milestones, view.today]);
  const narrowed = others.workstream !== undefined || others.lead !== undefined || others.rating !== undefined;
  const groups = groupRows(visible, plan.themes, plan.workstreams, narrowed ? undefined : byTheme);
  const leads = React.useMemo(() => leadChoices(plan.actions), [plan.actions]);
  const theme = themeCode ? plan.themes.find((t) => t.code === themeCode) : undefined;
  const change = (next: TimelineFilters): void => {
    const { theme: nextTheme, ...rest } = next;
    setOthers(rest);
    setShown(TIMELINE_PAGE);
    if (nextTheme !== themeCode) onThemeChange(nextTheme);
  };
  const todayText = view.asAt ? strings.timeline.legendAsAt(formatUkDate(view.today)) : strings.timeline.legendToday(formatUkDate(view.today));
  return (
    <section aria-labelledby={`${ids}-heading`}>
      <Subtitle1 as="h2" id={`${ids}-heading`} block>
        {theme ? strings.timeline.headingTheme(theme.code, theme.name) : strings.timeline.heading}
      </Subtitle1>
      <Body1 as="p" block>
        {strings.timeline.intro}
      </Body1>
      <TimelineFilterBar
        filters={filters}
        themes={plan.themes}
        workstreams={plan.workstreams}
        leads={leads}
        themeWord={plan.terminology.theme}
        workstreamWord={plan.terminology.workstream}
        onChange={change}
      />
      <div className={styles.toggle} role="group" aria-labelledby={`${ids}-show-as`}>
        <span id={`${ids}-show-as`} className={styles.toggleLabel}>
          {strings.timeline.showAs}
        </span>
        <span className={styles.choices}>
          {(['chart', 'table'] as const).map((m) => (
            // The chosen one is filled, so it stands out in every theme, and says it is pressed.
            <ToggleButton key={m} className={styles.button} appearance={mode === m ? 'primary' : 'secondary'} checked={mode === m} onClick={() => setMode(m)}>
              {strings.timeline[m]}
            </ToggleButton>
          ))}
        </span>
      </div>
      <Caption1 className={styles.count} role="status">
        {rows.length ? strings.timeline.showing(visible.length, rows.length) : strings.timeline.none}
      </Caption1>
      {/* Said once the closed periods are read, never "none closed" while they are on their way. */}
      {reporting.data.status === 'ready' ? (
        <Caption1 className={styles.note}>
          {periods.length ? strings.timeline.closedPeriods(periods[0].label, periods[periods.length - 1].label, periods.length) : strings.timeline.noClosedPeriods}
        </Caption1>
      ) : null}
      {rows.length > 0 && mode === 'chart' ? (
        <>
          <Caption1 id={`${ids}-note`} className={styles.note}>
            {strings.timeline.chartNote}
          </Caption1>
          <TimelineLegend todayText={todayText} />
          <TimelineChart groups={groups} axis={axis} today={view.today} todayWord={todayText} describedBy={`${ids}-note`} narrow={narrow} onOpenAction={onOpenAction} />
        </>
      ) : null}
      {rows.length > 0 && mode === 'table' && narrow ? <TimelineList groups={groups} onOpenAction={onOpenAction} /> : null}
      {rows.length > 0 && mode === 'table' && !narrow ? <TimelineTable groups={groups} onOpenAction={onOpenAction} /> : null}
      {rows.length > visible.length ? (
        <Button className={styles.more} onClick={() => setShown((n) => n + TIMELINE_PAGE)}>
          {strings.timeline.showMore(Math.min(TIMELINE_PAGE, rows.length - visible.length))}
        </Button>
      ) : null}
    </section>
  );
}
