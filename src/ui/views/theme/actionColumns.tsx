import * as React from 'react';
import { createTableColumn, Link, type TableColumnDefinition } from '@fluentui/react-components';
import { compareReferenceCodes, dueDateInForce, RATING_SEVERITY, ratingLabel, type Action } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { dueText, personText, statusText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { ActionRating } from '../../hooks/usePlanData';

/** Column ids of the action grid. */
export type ActionColumnId = 'code' | 'title' | 'lead' | 'due' | 'status' | 'rating';

/** Comparators for each column, so the full list can be sorted before it is windowed. */
export function actionComparators(ratings: ReadonlyMap<string, ActionRating>): Record<ActionColumnId, (a: Action, b: Action) => number> {
  const severity = (a: Action): number => RATING_SEVERITY[ratings.get(a.id)?.rating ?? 'NotStarted'];
  const byCode = (a: Action, b: Action): number => compareReferenceCodes(a.code, b.code);
  return {
    code: byCode,
    title: (a, b) => a.title.localeCompare(b.title, 'en-GB') || byCode(a, b),
    lead: (a, b) => personText(a.lead).localeCompare(personText(b.lead), 'en-GB') || byCode(a, b),
    // Undated actions sort last.
    due: (a, b) => (dueDateInForce(a) ?? '9999').localeCompare(dueDateInForce(b) ?? '9999') || byCode(a, b),
    status: (a, b) => statusText(a.status).localeCompare(statusText(b.status), 'en-GB') || byCode(a, b),
    // Ascending severity puts the least severe first; descending puts Red on top.
    rating: (a, b) => severity(a) - severity(b) || byCode(a, b)
  };
}

/** The grid's columns (phones get a list of action cards instead: ActionCards). */
export function actionColumns(
  ratings: ReadonlyMap<string, ActionRating>,
  onOpenAction: (id: string) => void,
  linkClassName?: string
): Array<TableColumnDefinition<Action>> {
  const compare = actionComparators(ratings);
  return [
    createTableColumn<Action>({ columnId: 'code', compare: compare.code, renderHeaderCell: () => strings.columns.code, renderCell: (a) => a.code }),
    createTableColumn<Action>({
      columnId: 'title',
      compare: compare.title,
      renderHeaderCell: () => strings.columns.title,
      renderCell: (a) => (
        <Link as="button" className={linkClassName} onClick={() => onOpenAction(a.id)} title={a.title}>
          {a.title}
        </Link>
      )
    }),
    createTableColumn<Action>({ columnId: 'lead', compare: compare.lead, renderHeaderCell: () => strings.columns.lead, renderCell: (a) => personText(a.lead) }),
    createTableColumn<Action>({ columnId: 'due', compare: compare.due, renderHeaderCell: () => strings.columns.due, renderCell: (a) => dueText(a) }),
    createTableColumn<Action>({ columnId: 'status', compare: compare.status, renderHeaderCell: () => strings.columns.status, renderCell: (a) => statusText(a.status) }),
    createTableColumn<Action>({
      columnId: 'rating',
      compare: compare.rating,
      renderHeaderCell: () => strings.columns.rating,
      renderCell: (a) => {
        const rated = ratings.get(a.id);
        // A lead's assessment that differs from the rules says so in the grid too, not only in the panel.
        return (
          <>
            <RatingBadge rating={rated?.rating} />
            {rated?.calculated ? ` ${strings.columns.calculatedAs(ratingLabel(rated.calculated.rating))}` : null}
          </>
        );
      }
    })
  ];
}
