import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../../domain';
import { strings } from '../../loc/strings';
import { MilestoneMark } from './MilestoneMark';
import type { TimelineMilestone } from './timelineRows';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  mark: { flexShrink: 0, marginBlockStart: '3px', color: tokens.colorNeutralForeground1 },
  status: { fontWeight: tokens.fontWeightSemibold }
});

/** An action's milestones, each with its shape and its status in words ("Missed: … due 3 Mar 2026"). */
export function MilestoneList({ milestones }: { milestones: readonly TimelineMilestone[] }): React.ReactElement {
  const styles = useStyles();
  if (!milestones.length) return <>{strings.timeline.noMilestones}</>;
  return (
    <ul className={styles.list}>
      {milestones.map((m) => (
        <li key={m.id} className={styles.item}>
          <MilestoneMark status={m.status} className={styles.mark} />
          <span>
            <span className={styles.status}>{strings.timeline.milestone[m.status]}</span>
            {strings.timeline.milestoneDetail(m.title, formatUkDate(m.dueDate), m.status === 'Achieved' && m.achievedOn ? formatUkDate(m.achievedOn) : undefined)}
          </span>
        </li>
      ))}
    </ul>
  );
}
