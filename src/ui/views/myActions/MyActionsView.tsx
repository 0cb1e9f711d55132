import * as React from 'react';
import { makeStyles, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { Action } from '../../../domain';
import { ActionList } from '../../components/ActionList';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { selectMyActions } from './selectMyActions';

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalL },
  h3: { display: 'block', marginBlockEnd: tokens.spacingVerticalS }
});

function Group({ id, title, actions, view, onOpenAction }: { id: string; title: string; actions: Action[]; view: PlanView; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.group} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.h3}>
        {title} ({actions.length})
      </Subtitle2>
      {actions.length ? <ActionList view={view} actions={actions} onOpenAction={onOpenAction} /> : <EmptyState>{strings.my.none}</EmptyState>}
    </section>
  );
}

/** My actions: overdue, due soon, and awaiting my update this period. */
export function MyActionsView({ view, onOpenAction }: { view: PlanView; onOpenAction(id: string): void }): React.ReactElement {
  const ids = useId('ipt-my');
  const mine = selectMyActions(view);
  return (
    <section aria-labelledby={`${ids}-my-heading`}>
      <Subtitle1 as="h2" id={`${ids}-my-heading`}>
        {strings.my.heading(view.user.person.displayName)}
      </Subtitle1>
      {mine.all.length ? (
        <>
          <Group id={`${ids}-overdue`} title={strings.my.overdue} actions={mine.overdue} view={view} onOpenAction={onOpenAction} />
          <Group id={`${ids}-soon`} title={strings.my.dueSoon} actions={mine.dueSoon} view={view} onOpenAction={onOpenAction} />
          <Group id={`${ids}-awaiting`} title={strings.my.awaiting(mine.period.label)} actions={mine.awaiting} view={view} onOpenAction={onOpenAction} />
        </>
      ) : (
        <EmptyState>{strings.my.noActions}</EmptyState>
      )}
    </section>
  );
}
