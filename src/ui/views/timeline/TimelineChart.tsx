import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { strings } from '../../loc/strings';
import { LABEL_WIDTH, NARROW_LABEL_WIDTH, useChartStyles } from './chartStyles';
import { TimelineGroups } from './TimelineGroups';
import { TimelineChartRow } from './TimelineChartRow';
import { axisFraction, axisSpan, type AxisMonth, type TimelineAxis } from './timelineAxis';
import type { ThemeGroup } from './timelineRows';

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  groups: readonly ThemeGroup[];
  axis: TimelineAxis;
  /** The day the today line is drawn on (the period's day when the plan is shown as at a period). */
  today: string;
  /** Words of the today line: `Today` or `As at`. */
  todayWord: string;
  /** Id of the text that points screen reader users to the table. */
  describedBy: string;
  narrow: boolean;
  onOpenAction(id: string): void;
}

const pct = (f: number): string => `${(f * 100).toFixed(3)}%`;

/** Pixels per month: room for a label on each month of a short plan, on each quarter of a long one. */
const monthWidth = (months: number): number => (months <= 18 ? 56 : 28);

/** A month's label on the axis: every month of a short plan; on a long one, the first month of each quarter with its year. */
const monthLabel = (month: AxisMonth, months: number): string => (months <= 18 ? month.label : (Number(month.id.slice(5, 7)) - 1) % 3 === 0 ? month.fullLabel : '');

/**
 * The chart: the month axis (closed reporting periods marked, the today line across every row),
 * then the rows under their theme and workstream headings. It sits in a named region that scrolls
 * sideways when the months do not fit, and the labels stay in view while it does.
 */
export function TimelineChart({ groups, axis, today, todayWord, describedBy, narrow, onOpenAction }: TimelineChartProps): React.ReactElement {
  const styles = useChartStyles();
  const label = narrow ? NARROW_LABEL_WIDTH : LABEL_WIDTH;
  const columns = `${label} minmax(0, 1fr)`;
  const count = axis.months.length;
  // The lines across the body sit over the track column: the label's width, then a share of the rest.
  const across = (f: number): string => `calc(${label} + (100% - ${label}) * ${f.toFixed(5)})`;
  const todayAt = axisFraction(axis, today);
  return (
    <div className={styles.scroll} role="region" aria-label={strings.timeline.chartRegion} aria-describedby={describedBy} tabIndex={0}>
      <div className={styles.chart} style={{ minWidth: `calc(${label} + ${count * monthWidth(count)}px)` }}>
        <div className={mergeClasses(styles.line, styles.axis)} style={{ gridTemplateColumns: columns }} aria-hidden="true">
          <div />
          <div className={styles.axisTrack}>
            {axis.months.map((m) => (
              <span
                key={m.id}
                className={mergeClasses(styles.month, m.closed && styles.closedMonth)}
                style={{ left: pct(axisSpan(axis, m.start, m.end).left), width: pct(axisSpan(axis, m.start, m.end).width) }}
                title={m.fullLabel}
              >
                {monthLabel(m, count) ? <span className={styles.monthText}>{`${m.closed ? '✓ ' : ''}${monthLabel(m, count)}`}</span> : null}
              </span>
            ))}
            <span className={styles.todayLabel} style={todayAt > 0.7 ? { right: pct(1 - todayAt) } : { left: pct(todayAt) }}>
              {todayWord}
            </span>
          </div>
        </div>
        <div className={styles.body}>
          <div aria-hidden="true">
            {axis.months.slice(1).map((m) => (
              <span key={m.id} className={styles.gridLine} style={{ left: across(axisFraction(axis, m.start)) }} />
            ))}
            <span className={styles.todayLine} style={{ left: across(todayAt) }} />
          </div>
          <TimelineGroups
            groups={groups}
            classNames={{ heading: styles.themeHeading, wsHeading: styles.wsHeading }}
            renderWorkstream={(ws) => (
              <ul className={styles.rows}>
                {ws.rows.map((row) => (
                  <TimelineChartRow key={row.action.id} row={row} axis={axis} columns={columns} onOpenAction={onOpenAction} />
                ))}
              </ul>
            )}
          />
        </div>
      </div>
    </div>
  );
}
