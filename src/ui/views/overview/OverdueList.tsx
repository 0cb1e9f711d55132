import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Action } from '../../../domain';
import { ActionList } from '../../components/ActionList';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';

/** How many overdue actions the overview shows before "Show all". */
export const OVERDUE_SHOWN = 10;

const useStyles = makeStyles({
  count: { display: 'block', marginBlockEnd: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  toggle: { marginBlockStart: tokens.spacingVerticalS, minHeight: '32px' }
});

/** Props of {@link OverdueList}. */
export interface OverdueListProps {
  view: PlanView;
  /** Overdue actions, most overdue first. */
  actions: readonly Action[];
  onOpenAction(id: string): void;
}

/** The overview's overdue actions: the first {@link OVERDUE_SHOWN}, how many of how many are shown, and a button to show all or fewer. */
export function OverdueList({ view, actions, onOpenAction }: OverdueListProps): React.ReactElement {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const long = actions.length > OVERDUE_SHOWN;
  const shown = all || !long ? actions : actions.slice(0, OVERDUE_SHOWN);
  return (
    <>
      {long ? (
        <Caption1 className={styles.count} role="status" aria-live="polite">
          {strings.overview.overdueShowing(shown.length, actions.length)}
        </Caption1>
      ) : null}
      <ActionList view={view} actions={shown} onOpenAction={onOpenAction} />
      {long ? (
        <Button className={styles.toggle} onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all ? strings.overview.overdueFewer(OVERDUE_SHOWN) : strings.overview.overdueAll(actions.length)}
        </Button>
      ) : null}
    </>
  );
}
