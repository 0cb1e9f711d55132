import * as React from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';
import { MilestoneList } from './MilestoneList';
import { dateText } from './TimelineTable';
import { TimelineGroups } from './TimelineGroups';
import type { ThemeGroup } from './timelineRows';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { padding: tokens.spacingHorizontalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  open: { textAlign: 'start', overflowWrap: 'anywhere', minHeight: '24px' },
  facts: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, marginBlockStart: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase },
  value: { margin: 0, fontFamily: tokens.fontFamilyBase, overflowWrap: 'anywhere' },
  moved: { margin: 0, fontFamily: tokens.fontFamilyBase, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' }
});

/**
 * The table's facts stacked one action at a time, for a phone: nothing scrolls sideways. Each
 * action is a short list of terms and values under its link.
 */
export function TimelineList({ groups, onOpenAction }: { groups: readonly ThemeGroup[]; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  const c = strings.timeline.columns;
  return (
    <>
      <TimelineGroups
        groups={groups}
        renderWorkstream={(ws) => (
          <ul className={styles.list}>
            {ws.rows.map((row) => (
              <li key={row.action.id} className={styles.item}>
                <div className={styles.head}>
                  <Link as="button" className={styles.open} data-opens-action={row.action.id} onClick={() => onOpenAction(row.action.id)}>
                    {strings.timeline.open(row.action.code, row.action.title)}
                  </Link>
                  <RatingBadge rating={row.rating} />
                </div>
                <dl className={styles.facts}>
                  <dt className={styles.term}>{c.lead}</dt>
                  <dd className={styles.value}>{row.lead}</dd>
                  <dt className={styles.term}>{c.start}</dt>
                  <dd className={styles.value}>{dateText(row.start)}</dd>
                  <dt className={styles.term}>{c.baselineEnd}</dt>
                  <dd className={styles.value}>{dateText(row.baselineEnd)}</dd>
                  <dt className={styles.term}>{c.currentEnd}</dt>
                  <dd className={styles.value}>{dateText(row.currentEnd)}</dd>
                  <dt className={styles.term}>{c.move}</dt>
                  <dd className={row.move && row.move.days !== 0 ? styles.moved : styles.value}>{row.move?.words ?? strings.timeline.noDate}</dd>
                  <dt className={styles.term}>{c.milestones}</dt>
                  <dd className={styles.value}>
                    <MilestoneList milestones={row.milestones} />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      />
    </>
  );
}
