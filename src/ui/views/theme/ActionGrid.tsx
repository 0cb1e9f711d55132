import * as React from 'react';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  tokens,
  type DataGridProps,
  type TableColumnId
} from '@fluentui/react-components';
import type { Action } from '../../../domain';
import { useWindowedRows } from '../../hooks/useWindowedRows';
import type { ActionRating } from '../../hooks/usePlanData';
import { actionColumns, actionComparators, type ActionColumnId } from './actionColumns';

/** Height of a grid row; fixed so the window of rendered rows can be worked out. */
export const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  scroller: { maxHeight: '70vh', overflow: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  grid: { minWidth: '100%' },
  header: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  row: { height: `${ROW_HEIGHT}px` },
  cell: { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', minWidth: 0 },
  // WCAG 2.2 target size: at least 24 px high.
  titleLink: { minHeight: '24px', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: 'start' },
  code: { flex: '0 0 7.5em', fontFamily: tokens.fontFamilyMonospace },
  title: { flex: '1 1 14em' },
  lead: { flex: '0 1 11em' },
  due: { flex: '0 0 7.5em' },
  status: { flex: '0 0 7em' },
  rating: { flex: '0 0 7em' }
});

/** Props of {@link ActionGrid}. */
export interface ActionGridProps {
  actions: readonly Action[];
  ratings: ReadonlyMap<string, ActionRating>;
  onOpenAction(id: string): void;
  /** Accessible name of the grid. */
  label: string;
}

type SortState = NonNullable<DataGridProps['sortState']>;

/**
 * Actions in a sortable, keyboard-navigable DataGrid (composite focus: arrow keys move between
 * rows and cells, Enter goes into a row, and Enter on the title opens the action). Long lists render only the rows near the visible area; the grid still
 * tells assistive technology how many rows there are and where each one sits.
 */
export function ActionGrid({ actions, ratings, onOpenAction, label }: ActionGridProps): React.ReactElement {
  const styles = useStyles();
  const [sortState, setSortState] = React.useState<SortState>({ sortColumn: 'code', sortDirection: 'ascending' });
  const columns = React.useMemo(() => actionColumns(ratings, onOpenAction, styles.titleLink), [ratings, onOpenAction, styles.titleLink]);
  const sorted = React.useMemo(() => {
    const compare = actionComparators(ratings)[(sortState.sortColumn as ActionColumnId) ?? 'code'] ?? actionComparators(ratings).code;
    const list = [...actions].sort(compare);
    return sortState.sortDirection === 'descending' ? list.reverse() : list;
  }, [actions, ratings, sortState]);
  const rows = useWindowedRows({ count: sorted.length, rowHeight: ROW_HEIGHT });
  const visible = rows.windowed ? sorted.slice(rows.start, rows.end) : sorted;
  const position = React.useMemo(() => new Map(sorted.map((a, i) => [a.id, i])), [sorted]);
  const cellClass = (id: TableColumnId): string => mergeClasses(styles.cell, styles[id as ActionColumnId]);
  return (
    <div className={styles.scroller} ref={rows.containerRef} onScroll={rows.onScroll}>
      <DataGrid
        className={styles.grid}
        items={visible}
        columns={columns}
        sortable
        sortState={sortState}
        onSortChange={(_, next) => setSortState(next)}
        getRowId={(a: Action) => a.id}
        focusMode="composite"
        aria-label={label}
        aria-rowcount={sorted.length + 1}
      >
        <DataGridHeader className={styles.header}>
          <DataGridRow aria-rowindex={1}>{({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={cellClass(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<Action> style={{ paddingTop: rows.padTop, paddingBottom: rows.padBottom }}>
          {({ item, rowId }) => (
            <DataGridRow<Action>
              key={rowId}
              className={styles.row}
              aria-rowindex={(position.get(item.id) ?? 0) + 2}
            >
              {({ renderCell, columnId }) => <DataGridCell className={cellClass(columnId)}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
