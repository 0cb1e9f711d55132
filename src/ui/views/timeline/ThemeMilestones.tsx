import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { strings } from '../../loc/strings';
import { MilestoneList } from './MilestoneList';
import type { ThemeGroup } from './timelineRows';

const useStyles = makeStyles({
  box: { position: 'sticky', left: 0, width: 'max-content', maxWidth: 'min(100%, 40rem)', paddingInline: tokens.spacingHorizontalS, paddingBlockEnd: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  heading: { display: 'block', margin: 0, marginBlockEnd: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 }
});

/** The milestones a theme reports that belong to no action, under its heading; nothing when it has none. */
export function ThemeMilestones({ theme }: { theme: ThemeGroup }): React.ReactElement {
  const styles = useStyles();
  if (!theme.milestones.length) return <></>;
  return (
    <div className={styles.box}>
      <Text as="h4" weight="semibold" size={200} className={styles.heading}>
        {strings.timeline.themeMilestones}
      </Text>
      <MilestoneList milestones={theme.milestones} />
    </div>
  );
}
