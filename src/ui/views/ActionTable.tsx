import * as React from 'react';
import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link,
  type TableColumnDefinition
} from '@fluentui/react-components';
import { compareReferenceCodes, dueDateInForce, formatUkDate, RATING_SEVERITY, type Action } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { STATUS_LABELS, strings } from '../loc/strings';
import type { PlanView } from '../hooks/usePlanData';

/** Props of {@link ActionTable}. */
export interface ActionTableProps {
  view: PlanView;
  actions: readonly Action[];
  onOpenAction(id: string): void;
  /** Accessible name of the grid. */
  label: string;
}

/** Rows rendered at once; more appear on request so very large themes stay responsive. */
const PAGE = 200;

/** A sortable, keyboard-navigable grid of actions in code order, with each action's rating today. */
export function ActionTable({ view, actions, onOpenAction, label }: ActionTableProps): React.ReactElement {
  const [shown, setShown] = React.useState(PAGE);
  const rating = (a: Action) => view.ratings.get(a.id)?.rating;
  const columns: Array<TableColumnDefinition<Action>> = React.useMemo(
    () => [
      createTableColumn<Action>({ columnId: 'code', compare: (a, b) => compareReferenceCodes(a.code, b.code), renderHeaderCell: () => strings.columns.code, renderCell: (a) => a.code }),
      createTableColumn<Action>({
        columnId: 'title',
        compare: (a, b) => a.title.localeCompare(b.title, 'en-GB'),
        renderHeaderCell: () => strings.columns.title,
        renderCell: (a) => (
          <Link as="button" onClick={() => onOpenAction(a.id)}>
            {a.title}
          </Link>
        )
      }),
      createTableColumn<Action>({
        columnId: 'lead',
        compare: (a, b) => (a.lead?.displayName ?? '').localeCompare(b.lead?.displayName ?? '', 'en-GB'),
        renderHeaderCell: () => strings.columns.lead,
        renderCell: (a) => a.lead?.displayName ?? ''
      }),
      createTableColumn<Action>({
        columnId: 'due',
        compare: (a, b) => (dueDateInForce(a) ?? '').localeCompare(dueDateInForce(b) ?? ''),
        renderHeaderCell: () => strings.columns.due,
        renderCell: (a) => (dueDateInForce(a) ? formatUkDate(dueDateInForce(a) as string) : a.dueDateText ?? '')
      }),
      createTableColumn<Action>({ columnId: 'status', compare: (a, b) => a.status.localeCompare(b.status), renderHeaderCell: () => strings.columns.status, renderCell: (a) => STATUS_LABELS[a.status] ?? a.status }),
      createTableColumn<Action>({
        columnId: 'rating',
        compare: (a, b) => RATING_SEVERITY[rating(b) ?? 'NotStarted'] - RATING_SEVERITY[rating(a) ?? 'NotStarted'],
        renderHeaderCell: () => strings.columns.rating,
        renderCell: (a) => <RatingBadge rating={rating(a)} />
      })
    ],
    [view, onOpenAction]
  );
  if (!actions.length) return <p>{strings.noActions}</p>;
  const visible = actions.slice(0, shown);
  return (
    <>
      <DataGrid items={visible} columns={columns} sortable getRowId={(a: Action) => a.id} focusMode="composite" aria-label={label} defaultSortState={{ sortColumn: 'code', sortDirection: 'ascending' }}>
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<Action>>
          {({ item, rowId }) => <DataGridRow<Action> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>}
        </DataGridBody>
      </DataGrid>
      {actions.length > shown ? <Button onClick={() => setShown(shown + PAGE)}>{strings.showMore(Math.min(PAGE, actions.length - shown))}</Button> : null}
    </>
  );
}
