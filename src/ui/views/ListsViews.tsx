import * as React from 'react';
import { Body1, Button, Caption1, Card, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { addDaysIso, dueDateInForce, formatUkDate, isSamePerson, londonDate, sortByCode, type Action } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { strings } from '../loc/strings';
import type { PlanView } from '../hooks/usePlanData';
import { ActionTable } from './ActionTable';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, listStyle: 'none', padding: 0 },
  meta: { color: tokens.colorNeutralForeground3 }
});

/** Props shared by the list views. */
export interface ListViewProps {
  view: PlanView;
  now: Date;
  onOpenAction(id: string): void;
}

/** My actions: overdue, due in the next 30 days, and awaiting my update this month. */
export function MyActionsView({ view, now, onOpenAction }: ListViewProps): React.ReactElement {
  const today = londonDate(now);
  const me = view.user.person;
  const mine = sortByCode(view.loaded.plan.actions.filter((a) => a.lead && isSamePerson(a.lead, me) && a.status !== 'Complete' && a.status !== 'Closed'));
  const overdue = mine.filter((a) => (view.ratings.get(a.id)?.daysOverdue ?? 0) > 0);
  const soon = mine.filter((a) => {
    const due = dueDateInForce(a);
    return due !== undefined && due >= today && due <= addDaysIso(today, 30);
  });
  const monthStart = `${today.slice(0, 7)}-01`;
  const stored = view.loaded.storedRatings;
  const awaiting = mine.filter((a) => {
    const last = stored[a.id]?.lastUpdated;
    return !last || londonDate(last) < monthStart;
  });
  const group = (title: string, actions: Action[]) => (
    <section aria-label={title}>
      <h3>
        {title} ({actions.length})
      </h3>
      {actions.length ? <ActionTable view={view} actions={actions} onOpenAction={onOpenAction} label={title} /> : <Body1>{strings.my.none}</Body1>}
    </section>
  );
  return (
    <section aria-labelledby="my-heading">
      <Subtitle2 as="h2" id="my-heading">
        {strings.nav.my}: {me.displayName}
      </Subtitle2>
      {group(strings.my.overdue, overdue)}
      {group(strings.my.dueSoon, soon)}
      {group(strings.my.awaiting, awaiting)}
    </section>
  );
}

/** Exceptions: every Amber and Red action with its commentary, Red first. */
export function ExceptionsView({ view, onOpenAction }: ListViewProps): React.ReactElement {
  const styles = useStyles();
  const exceptions = sortByCode(view.loaded.plan.actions.filter((a) => ['Red', 'Amber'].includes(view.ratings.get(a.id)?.rating ?? ''))).sort(
    (a, b) => (view.ratings.get(a.id)?.rating === 'Red' ? 0 : 1) - (view.ratings.get(b.id)?.rating === 'Red' ? 0 : 1)
  );
  return (
    <section aria-labelledby="exceptions-heading">
      <Subtitle2 as="h2" id="exceptions-heading">
        {strings.nav.exceptions} ({exceptions.length})
      </Subtitle2>
      <ul className={styles.list}>
        {exceptions.map((a) => {
          const r = view.ratings.get(a.id);
          return (
            <li key={a.id}>
              <Card>
                <Text weight="semibold" as="h3">
                  <RatingBadge rating={r?.rating} /> {a.code} {a.title}
                </Text>
                <Caption1 className={styles.meta}>
                  {a.lead?.displayName ?? 'No lead'} · {r?.reason}
                </Caption1>
                <Body1>{a.commentary || 'No commentary provided.'}</Body1>
                <Button onClick={() => onOpenAction(a.id)} aria-label={`Open ${a.code}`}>
                  Open action
                </Button>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The date an action is due, in words. */
export function dueText(a: Action): string {
  const due = dueDateInForce(a);
  return due ? formatUkDate(due) : a.dueDateText ?? 'No date';
}
