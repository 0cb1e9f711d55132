import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanServices } from '../../../application/ports/planRepository';
import { parsePeriodId, progressHistory, updatesReportedBy, type IsoDate, type ProgressUpdate } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useAsync } from '../../hooks/useAsync';
import { strings } from '../../loc/strings';
import { PanelList, PanelSection } from './PanelSection';

const useStyles = makeStyles({ meta: { color: tokens.colorNeutralForeground2, display: 'block' }, text: { whiteSpace: 'pre-wrap' } });

const periodLabel = (id: string): string => {
  const parsed = parsePeriodId(id);
  return parsed.ok ? parsed.value.label : id;
};

/**
 * The action's updates, one per reporting period (its final word), newest first; loaded on its own
 * with a retry. With `until` (the last day of a closed period shown as at), only what had been
 * reported by then.
 */
export function ProgressHistory({ services, actionId, refreshKey, until }: { services: PlanServices; actionId: string; refreshKey: string; until?: IsoDate }): React.ReactElement {
  const styles = useStyles();
  const { state, retry } = useAsync<ProgressUpdate[]>(
    () => services.listProgressUpdates(actionId).then((updates) => (until ? updatesReportedBy(updates, until) : updates)),
    [services, actionId, refreshKey, until]
  );
  return (
    <PanelSection title={strings.panel.history}>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState title={strings.states.sectionFailed} message={state.message} onRetry={retry} /> : null}
      {state.status === 'ready' && !state.value.length ? <EmptyState>{strings.panel.noHistory}</EmptyState> : null}
      {state.status === 'ready' && state.value.length ? (
        <PanelList>
          {progressHistory(actionId, state.value)
            .reverse()
            .map((u) => (
              <li key={u.id}>
                <Caption1 className={styles.meta}>
                  {strings.panel.historyLine(periodLabel(u.periodId), u.submittedBy.displayName, u.recordedBy?.displayName)}
                  {u.progressPercent !== undefined ? `, ${strings.panel.progress(u.progressPercent)}` : ''}
                </Caption1>
                {u.ratingAtSubmission ? <RatingBadge rating={u.ratingAtSubmission} /> : null} <span className={styles.text}>{u.commentary}</span>
              </li>
            ))}
        </PanelList>
      ) : null}
    </PanelSection>
  );
}
