import * as React from 'react';
import { Body1, makeStyles, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { Action } from '../../../domain';
import { ActionList } from '../../components/ActionList';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { useChangedSince } from '../reports/useChangedSince';
import type { Reporting } from '../reports/useReporting';
import { MY_ACTION_GROUPS, selectMyActions, type MyActionGroup } from './selectMyActions';
import { selectMyThemes } from './selectMyThemes';
import { MyThemes } from './MyThemes';

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalL },
  h3: { display: 'block', marginBlockEnd: tokens.spacingVerticalS },
  themes: { marginBlockStart: tokens.spacingVerticalXXL }
});

function Group({ id, title, actions, view, onOpenAction }: { id: string; title: string; actions: Action[]; view: PlanView; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.group} aria-labelledby={id}>
      <Subtitle2 as="h3" block id={id} className={styles.h3}>
        {title} ({actions.length})
      </Subtitle2>
      {actions.length ? <ActionList view={view} actions={actions} onOpenAction={onOpenAction} /> : <EmptyState>{strings.my.none}</EmptyState>}
    </section>
  );
}

/** Props of {@link MyActionsView}. */
export interface MyActionsViewProps {
  view: PlanView;
  /** The closed periods: a director's themes show the slips since the last one. */
  reporting: Reporting;
  onOpenAction(id: string): void;
}

/**
 * My view: every open action the signed-in person leads or updates as a delegate, grouped by what
 * it needs now (each action once); and, for a director, "My themes" with what needs their attention.
 */
export function MyActionsView({ view, reporting, onOpenAction }: MyActionsViewProps): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-my');
  const mine = selectMyActions(view);
  const themes = selectMyThemes(view);
  const changed = useChangedSince(view, reporting);
  const title = (group: MyActionGroup): string => (group === 'updateDue' ? strings.my.groups.updateDue(mine.period.label) : strings.my.groups[group]);
  return (
    <section aria-labelledby={`${ids}-my-heading`}>
      <Subtitle1 as="h2" id={`${ids}-my-heading`} block>
        {strings.my.heading(view.user.person.displayName)}
      </Subtitle1>
      {mine.all.length ? (
        <>
          <Body1 as="p" block>
            {strings.my.intro}
          </Body1>
          {MY_ACTION_GROUPS.map((group) => (
            <Group key={group} id={`${ids}-${group}`} title={title(group)} actions={mine.groups[group]} view={view} onOpenAction={onOpenAction} />
          ))}
        </>
      ) : (
        <EmptyState>{strings.my.noActions}</EmptyState>
      )}
      {themes.length ? (
        <section className={styles.themes} aria-labelledby={`${ids}-themes-heading`}>
          <Subtitle1 as="h2" id={`${ids}-themes-heading`} block>
            {strings.my.themesHeading}
          </Subtitle1>
          <MyThemes view={view} themes={themes} changed={changed} onOpenAction={onOpenAction} />
        </section>
      ) : null}
    </section>
  );
}
