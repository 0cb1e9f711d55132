import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ratingLabel, type Action } from '../../../domain';
import { ActionRows } from '../../components/ActionList';
import { RatingBadge } from '../../components/RatingBadge';
import { dueText, personText, statusText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { ActionRating } from '../../hooks/usePlanData';

/** How many cards are shown at first, and how many more each press of "Show more" adds. */
export const CARD_PAGE = 50;

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground2 },
  more: { marginBlockStart: tokens.spacingVerticalS, minHeight: '32px' }
});

/** Props of {@link ActionCards}. */
export interface ActionCardsProps {
  /** The actions in the order shown. */
  actions: readonly Action[];
  ratings: ReadonlyMap<string, ActionRating>;
  onOpenAction(id: string): void;
  /** Accessible name of the list. */
  label: string;
}

/**
 * The theme's actions on a phone: one stacked row per action with its whole title (which opens the
 * action), then lead, due date, status and rating. Long lists show {@link CARD_PAGE} at a time.
 */
export function ActionCards({ actions, ratings, onOpenAction, label }: ActionCardsProps): React.ReactElement {
  const styles = useStyles();
  const [limit, setLimit] = React.useState(CARD_PAGE);
  const shown = actions.slice(0, limit);
  const rows = shown.map((a) => {
    const rated = ratings.get(a.id);
    const status = statusText(a.status);
    return {
      id: a.id,
      code: a.code,
      title: a.title,
      details: (
        <>
          <Caption1 className={styles.meta}>{`${strings.columns.lead}: ${personText(a.lead)}`}</Caption1>
          <Caption1 className={styles.meta}>{`${strings.columns.due}: ${dueText(a)}`}</Caption1>
          {/* A status the rating already says (Not started, Complete) is not said twice. */}
          {rated && ratingLabel(rated.rating) === status ? null : <Caption1 className={styles.meta}>{status}</Caption1>}
          <RatingBadge rating={rated?.rating} />
          {rated?.calculated ? <Caption1>{strings.columns.calculatedAs(ratingLabel(rated.calculated.rating))}</Caption1> : null}
        </>
      )
    };
  });
  return (
    <>
      <ActionRows rows={rows} onOpenAction={onOpenAction} label={label} />
      {actions.length > limit ? (
        <Button className={styles.more} onClick={() => setLimit((n) => n + CARD_PAGE)}>
          {strings.theme.showMore(Math.min(CARD_PAGE, actions.length - limit), shown.length, actions.length)}
        </Button>
      ) : null}
    </>
  );
}
