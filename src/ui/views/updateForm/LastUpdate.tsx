import * as React from 'react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanServices } from '../../../application/ports/planRepository';
import { parsePeriodId, progressHistory, type Action } from '../../../domain';
import { useAsync } from '../../hooks/useAsync';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  box: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS
  },
  label: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }
});

/** Props of {@link LastUpdate}. */
export interface LastUpdateProps {
  services: PlanServices;
  /** The action as last saved; its commentary is shown when the history cannot be read. */
  action: Action;
  /** Changes after each save, so the newest update is read again. */
  refreshKey: string;
  /** Id of the element, so the commentary box can point to it. */
  id: string;
}

/**
 * The commentary of the action's latest update and its period ("Last update, October 2026: …"),
 * shown beside the commentary box for reference; nothing is copied into the box.
 */
export function LastUpdate({ services, action, refreshKey, id }: LastUpdateProps): React.ReactElement {
  const styles = useStyles();
  const { state } = useAsync(() => services.listProgressUpdates(action.id), [services, action.id, refreshKey]);
  const latest = state.status === 'ready' ? progressHistory(action.id, state.value).slice(-1)[0] : undefined;
  let label: string;
  let text: string | undefined;
  if (latest) {
    const period = parsePeriodId(latest.periodId);
    label = strings.form.lastUpdate(period.ok ? period.value.label : latest.periodId);
    text = latest.commentary?.trim() || strings.form.noCommentaryShown;
  } else if (state.status !== 'loading' && action.commentary?.trim()) {
    label = strings.form.onRecord;
    text = action.commentary;
  } else {
    return <></>;
  }
  return (
    <div className={styles.box} id={id}>
      <Caption1 className={styles.label}>{label}</Caption1>{' '}
      <Body1 className={styles.text}>{text}</Body1>
    </div>
  );
}
