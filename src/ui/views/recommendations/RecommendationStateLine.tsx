import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular, Clock20Regular, Warning20Filled } from '@fluentui/react-icons';
import { formatUkDate, type RecommendationProgress } from '../../../domain';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  line: { display: 'inline-flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, marginBlockStart: '1px' },
  // The gap is said in words with an icon and a border; colour only adds to them.
  gap: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorNeutralForeground1,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} solid CanvasText` }
  },
  gapIcon: { color: tokens.colorStatusWarningForeground3, flexShrink: 0, '@media (forced-colors: active)': { color: 'CanvasText' } },
  hint: { color: tokens.colorNeutralForeground2 }
});

/**
 * What is still open on a recommendation, in words: how many answering actions are open or
 * overdue and when the last is due; that all are complete; or, flagged, that nothing answers it.
 */
export function RecommendationStateLine({ line }: { line: RecommendationProgress }): React.ReactElement {
  const styles = useStyles();
  const r = strings.recommendations;
  if (line.state === 'notAnswered') {
    return (
      <div className={styles.gap} data-flag="not-answered">
        <Text weight="semibold" className={styles.line}>
          <Warning20Filled className={styles.gapIcon} aria-hidden />
          {r.notAnswered}
        </Text>
        <Text size={200} className={styles.hint}>
          {r.notAnsweredHint}
        </Text>
      </div>
    );
  }
  if (line.state === 'complete') {
    return (
      <Text className={styles.line}>
        <CheckmarkCircle20Regular className={styles.icon} aria-hidden />
        {r.allComplete}
      </Text>
    );
  }
  return (
    <Text className={styles.line}>
      <Clock20Regular className={styles.icon} aria-hidden />
      {r.openLine(line.openCount, line.overdueCount, line.lastDue ? formatUkDate(line.lastDue) : undefined)}
    </Text>
  );
}
