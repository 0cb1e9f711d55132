import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../loc/strings';
import { useChartStyles } from './chartStyles';
import { MilestoneMark } from './MilestoneMark';

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyle: 'none', margin: 0, padding: 0, marginBlock: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { position: 'relative', display: 'inline-block', width: '28px', height: '12px', flexShrink: 0 },
  closed: { display: 'inline-block', width: '28px', height: '12px', flexShrink: 0, backgroundColor: tokens.colorNeutralBackground5, borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStrokeAccessible}`, fontSize: tokens.fontSizeBase100, lineHeight: '12px', textAlign: 'center' },
  today: { display: 'inline-block', width: 0, height: '14px', borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, marginInline: '13px' },
  mark: { color: tokens.colorNeutralForeground1 }
});

/** The chart's key: every shape and line with its meaning in words. */
export function TimelineLegend({ todayText }: { todayText: string }): React.ReactElement {
  const styles = useStyles();
  const chart = useChartStyles();
  const t = strings.timeline;
  return (
    <ul className={styles.legend} aria-label={t.legend}>
      <li className={styles.item}>
        <span className={styles.swatch} aria-hidden="true">
          <span className={chart.baseline} style={{ left: 0, width: '100%', top: '2px' }} />
        </span>
        {t.legendBaseline}
      </li>
      <li className={styles.item}>
        <span className={styles.swatch} aria-hidden="true">
          <span className={chart.current} style={{ left: 0, width: '100%', top: 0 }} />
        </span>
        {t.legendCurrent}
      </li>
      <li className={styles.item}>
        <span className={styles.swatch} aria-hidden="true">
          <span className={chart.movedPart} style={{ left: 0, width: '100%', top: 0 }} />
        </span>
        {t.legendMoved}
      </li>
      {(['Achieved', 'Missed', 'Due'] as const).map((s) => (
        <li key={s} className={styles.item}>
          <MilestoneMark status={s} className={styles.mark} />
          {t.legendMilestone(t.milestone[s])}
        </li>
      ))}
      <li className={styles.item}>
        <span className={styles.today} aria-hidden="true" />
        {todayText}
      </li>
      <li className={styles.item}>
        <span className={styles.closed} aria-hidden="true">
          ✓
        </span>
        {t.legendClosed}
      </li>
    </ul>
  );
}
