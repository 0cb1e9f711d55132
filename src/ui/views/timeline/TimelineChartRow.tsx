import * as React from 'react';
import { Caption1, Link } from '@fluentui/react-components';
import { strings } from '../../loc/strings';
import { useChartStyles } from './chartStyles';
import { MilestoneMark } from './MilestoneMark';
import { axisFraction, axisSpan, type TimelineAxis } from './timelineAxis';
import { milestoneCounts, type TimelineRow } from './timelineRows';

/** Props of {@link TimelineChartRow}. */
export interface TimelineChartRowProps {
  row: TimelineRow;
  axis: TimelineAxis;
  /** The chart's grid columns: the label column, then the track. */
  columns: string;
  onOpenAction(id: string): void;
}

const percent = (f: number): string => `${(f * 100).toFixed(3)}%`;

/** A short form of a move for the chart (`+3 mo`, `+12 d`, `−5 d`); the row's caption says it in full. */
function moveTag(days: number): string {
  const sign = days > 0 ? '+' : '−';
  const abs = Math.abs(days);
  return abs < 28 ? `${sign}${abs} d` : `${sign}${Math.max(1, Math.round(abs / (365.25 / 12)))} mo`;
}

/**
 * One action on the chart: its code and title (a link that opens the action), the move of its due
 * date and its milestones in words, and beside them the drawing: a dashed outline for the baseline
 * dates, a solid bar for the current ones, stripes over the time added since the baseline, and a
 * diamond per milestone. The drawing repeats the words, so it is hidden from screen readers.
 */
export function TimelineChartRow({ row, axis, columns, onOpenAction }: TimelineChartRowProps): React.ReactElement {
  const styles = useChartStyles();
  const { action, move } = row;
  const baseline = row.baselineEnd ? axisSpan(axis, row.start ?? row.baselineEnd, row.baselineEnd) : undefined;
  const current = row.currentEnd ? axisSpan(axis, row.start ?? row.currentEnd, row.currentEnd) : undefined;
  const movedLater = move && move.days > 0 && row.baselineEnd && row.currentEnd ? axisSpan(axis, row.baselineEnd, row.currentEnd) : undefined;
  const counts = milestoneCounts(row.milestones);
  const hasDates = baseline !== undefined || current !== undefined || row.milestones.length > 0;
  return (
    <li className={styles.row}>
      <div className={styles.line} style={{ gridTemplateColumns: columns }}>
        <div className={styles.label}>
          <Link as="button" className={styles.open} data-opens-action={action.id} onClick={() => onOpenAction(action.id)}>
            {strings.timeline.open(action.code, action.title)}
          </Link>
          {move && move.days !== 0 ? <Caption1 className={styles.moved}>{move.words}</Caption1> : null}
          <Caption1 className={styles.caption}>
            {[move && move.days === 0 ? move.words : undefined, counts ? strings.timeline.milestoneCount(counts) : undefined, hasDates ? undefined : strings.timeline.noDateToDraw]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
        </div>
        <div className={styles.track} aria-hidden="true">
          {baseline ? <span className={styles.baseline} style={{ left: percent(baseline.left), width: percent(baseline.width) }} /> : null}
          {current ? <span className={styles.current} style={{ left: percent(current.left), width: percent(current.width) }} /> : null}
          {movedLater ? <span className={styles.movedPart} style={{ left: percent(movedLater.left), width: percent(movedLater.width) }} /> : null}
          {current && move && move.days !== 0 ? (
            <span className={styles.moveTag} style={{ left: percent(current.left + current.width) }}>
              {moveTag(move.days)}
            </span>
          ) : null}
          {row.milestones.map((m) => (
            <span key={m.id} className={styles.mark} style={{ left: percent(axisFraction(axis, m.dueDate)) }}>
              <MilestoneMark status={m.status} />
            </span>
          ))}
        </div>
      </div>
    </li>
  );
}
