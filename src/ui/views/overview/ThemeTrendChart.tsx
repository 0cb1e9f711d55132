import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TrendPoint } from '../../../application/periods';
import { PROGRESS_RATINGS, ratingLabel, type ProgressRating } from '../../../domain';
import { strings } from '../../loc/strings';

/** Bottom to top: finished work at the foot of each bar, the most severe at its head. */
const STACK: readonly ProgressRating[] = ['Complete', 'Closed', 'Green', 'NotStarted', 'OnHold', 'Amber', 'Red'];

const BAR_HEIGHT = 56;

/** The period id of the "today" point. */
export const TODAY_ID = 'today';

const useStyles = makeStyles({
  chart: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS, minHeight: `${BAR_HEIGHT + 20}px` },
  column: { display: 'flex', flexDirection: 'column', alignItems: 'center', flex: '1 1 0', minWidth: 0, maxWidth: '40px' },
  bar: {
    display: 'flex',
    flexDirection: 'column-reverse',
    width: '100%',
    height: `${BAR_HEIGHT}px`,
    justifyContent: 'flex-start',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    // The bars draw their own system colours (below) rather than have the browser flatten them to the page colour.
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', borderBottomColor: 'CanvasText' }
  },
  // A line of the page colour between segments keeps them apart where ratings share a colour (Teams high contrast).
  segment: {
    width: '100%',
    minHeight: '1px',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralBackground1}`,
    boxSizing: 'border-box',
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText', borderTopColor: 'Canvas' }
  },
  today: {
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStrokeAccessible}`,
    outlineOffset: '1px',
    '@media (forced-colors: active)': { outlineColor: 'CanvasText' }
  },
  label: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  // In forced colours (Windows high contrast) the palette is replaced, so each rating takes a system colour: Red and Amber stand out from the rest.
  Red: { backgroundColor: tokens.colorPaletteRedBackground3, '@media (forced-colors: active)': { backgroundColor: 'Highlight' } },
  Amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3, '@media (forced-colors: active)': { backgroundColor: 'LinkText' } },
  Green: { backgroundColor: tokens.colorPaletteGreenBackground3, '@media (forced-colors: active)': { backgroundColor: 'CanvasText' } },
  Complete: { backgroundColor: tokens.colorPaletteBlueBackground2, '@media (forced-colors: active)': { backgroundColor: 'GrayText' } },
  NotStarted: { backgroundColor: tokens.colorNeutralStroke1, '@media (forced-colors: active)': { backgroundColor: 'GrayText' } },
  OnHold: { backgroundColor: tokens.colorNeutralBackground5, '@media (forced-colors: active)': { backgroundColor: 'GrayText' } },
  Closed: { backgroundColor: tokens.colorNeutralStroke2, '@media (forced-colors: active)': { backgroundColor: 'GrayText' } },
  // Visually hidden but read by screen readers; printed in place of the bars (see the print rules).
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }
});

/** Props of {@link ThemeTrendChart}. */
export interface ThemeTrendChartProps {
  themeCode: string;
  themeName: string;
  /** One point per closed period, oldest first; the last may be today. */
  points: readonly TrendPoint[];
}

/**
 * A theme's trend as small stacked bars, one per closed period (and today), each split by
 * rating. The bars are decoration for sighted readers; the same figures are in a table that
 * screen readers read and the print stylesheet prints.
 */
export function ThemeTrendChart({ themeCode, themeName, points }: ThemeTrendChartProps): React.ReactElement {
  const styles = useStyles();
  const max = Math.max(1, ...points.map((p) => p.total));
  const shown = PROGRESS_RATINGS.filter((r) => points.some((p) => p.counts[r] > 0));
  return (
    <div>
      <div className={mergeClasses(styles.chart, 'ipt-trend-bars')} aria-hidden="true">
        {points.map((p) => (
          <div key={p.periodId} className={styles.column} title={`${p.label}: ${shown.map((r) => `${p.counts[r]} ${ratingLabel(r)}`).join(', ')}`}>
            <div className={mergeClasses(styles.bar, p.periodId === TODAY_ID && styles.today)}>
              {STACK.filter((r) => p.counts[r] > 0).map((r) => (
                <div key={r} className={mergeClasses(styles.segment, styles[r])} data-rating={r} style={{ height: `${(p.counts[r] / max) * 100}%` }} />
              ))}
            </div>
            <span className={styles.label}>{strings.trend.short(p.label)}</span>
          </div>
        ))}
      </div>
      <table className={mergeClasses(styles.hidden, 'ipt-trend-table')}>
        <caption>{strings.trend.caption(themeCode, themeName)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.trend.period}</th>
            {shown.map((r) => (
              <th key={r} scope="col">
                {ratingLabel(r)}
              </th>
            ))}
            <th scope="col">{strings.trend.total}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.periodId}>
              <th scope="row">{p.label}</th>
              {shown.map((r) => (
                <td key={r}>{p.counts[r]}</td>
              ))}
              <td>{p.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
