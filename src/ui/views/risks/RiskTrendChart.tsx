import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_RISK_GRID, parsePeriodId, type RiskGrid, type RiskPeriodEntry } from '../../../domain';

const useStyles = makeStyles({
  chart: { display: 'block', maxWidth: '100%', height: 'auto', marginBlockEnd: tokens.spacingVerticalS },
  Red: { fill: tokens.colorPaletteRedBackground3 },
  Amber: { fill: tokens.colorPaletteMarigoldBackground3 },
  Green: { fill: tokens.colorPaletteGreenBackground3 },
  text: { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: '12px' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 }
});

const BAR = 36;
const GAP = 16;
const HEIGHT = 96;
/** Room above the tallest bar for its value. */
const TOP = 16;

/** Short month for a bar's label, e.g. "Oct 26". */
function shortLabel(periodId: string): string {
  const parsed = parsePeriodId(periodId);
  return parsed.ok ? `${parsed.value.label.slice(0, 3)} ${parsed.value.label.slice(-2)}` : periodId;
}

/**
 * A risk's score per period as small bars coloured by band, each with its value written on it.
 * A picture only: the history table beside it gives the same figures to everyone, so the chart is
 * hidden from assistive technology rather than described twice.
 */
export function RiskTrendChart({ history, grid = DEFAULT_RISK_GRID }: { history: readonly RiskPeriodEntry[]; grid?: RiskGrid }): React.ReactElement {
  const styles = useStyles();
  // One period is no trend: the table says it alone.
  if (history.length < 2) return <></>;
  const max = grid.likelihoodLabels.length * grid.impactLabels.length;
  const width = history.length * (BAR + GAP) + GAP;
  return (
    <svg className={styles.chart} width={width} height={TOP + HEIGHT + 36} viewBox={`0 ${-TOP} ${width} ${TOP + HEIGHT + 36}`} aria-hidden="true" focusable="false">
      {history.map((entry, i) => {
        const h = Math.max(4, (entry.scored.value / max) * HEIGHT);
        const x = GAP + i * (BAR + GAP);
        return (
          <g key={entry.periodId}>
            <rect x={x} y={HEIGHT + 4 - h} width={BAR} height={h} className={styles[entry.scored.rating]} />
            <text x={x + BAR / 2} y={HEIGHT - h} textAnchor="middle" className={styles.text}>
              {entry.scored.value}
            </text>
            <text x={x + BAR / 2} y={HEIGHT + 22} textAnchor="middle" className={styles.text}>
              {shortLabel(entry.periodId)}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={width} y1={HEIGHT + 4} y2={HEIGHT + 4} className={styles.axis} />
    </svg>
  );
}
