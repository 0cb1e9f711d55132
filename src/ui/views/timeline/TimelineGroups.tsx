import * as React from 'react';
import { makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ThemeMilestones } from './ThemeMilestones';
import type { ThemeGroup, WorkstreamGroup } from './timelineRows';

const useStyles = makeStyles({
  heading: { display: 'block', marginBlockStart: tokens.spacingVerticalM, marginBlockEnd: tokens.spacingVerticalXS },
  wsHeading: { display: 'block', marginBlockStart: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 }
});

/** Props of {@link TimelineGroups}. */
export interface TimelineGroupsProps {
  groups: readonly ThemeGroup[];
  /** What each workstream shows under its heading: bars, a table or a list. */
  renderWorkstream(workstream: WorkstreamGroup, label: string): React.ReactNode;
  /** Heading classes for a layout with its own (the chart's headings stay in view as it scrolls). */
  classNames?: { heading?: string; wsHeading?: string };
}

/**
 * The timeline's outline, the same in every layout: each theme under a heading with the milestones
 * that belong to no action, then each of its workstreams under a heading of its own.
 */
export function TimelineGroups({ groups, renderWorkstream, classNames = {} }: TimelineGroupsProps): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      {groups.map((theme) => (
        <React.Fragment key={theme.code}>
          <Subtitle2 as="h3" className={mergeClasses(styles.heading, classNames.heading)}>
            {theme.code} {theme.name}
          </Subtitle2>
          <ThemeMilestones theme={theme} />
          {theme.workstreams.map((ws) => {
            const label = `${ws.code} ${ws.name ?? ''}`.trim();
            return (
              <React.Fragment key={ws.code}>
                <Text as="h4" weight="semibold" size={200} className={mergeClasses(styles.wsHeading, classNames.wsHeading)}>
                  {label}
                </Text>
                {renderWorkstream(ws, label)}
              </React.Fragment>
            );
          })}
        </React.Fragment>
      ))}
    </>
  );
}
