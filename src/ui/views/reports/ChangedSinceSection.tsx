import * as React from 'react';
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { ChangedSinceReport } from '../../../application/periods';
import { formatUkDate } from '../../../domain';
import { ActionRows } from '../../components/ActionList';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  groups: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: tokens.spacingHorizontalXL },
  h4: { display: 'block', marginBlock: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground2 },
  more: { minHeight: '32px', marginBlockStart: tokens.spacingVerticalXS },
  move: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS }
});

interface Row {
  actionId: string;
  code: string;
  title: string;
  detail: React.ReactNode;
}

/** Rows shown before "Show all": a month can move dozens of actions, and the groups sit side by side. */
export const FIRST_ROWS = 8;

function Group({ title, rows, onOpenAction }: { title: string; rows: readonly Row[]; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  const id = useId('ipt-changed');
  const [all, setAll] = React.useState(false);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h4" block id={id} className={styles.h4}>
        {title} ({rows.length})
      </Subtitle2>
      {rows.length ? (
        <ActionRows
          rows={shown.map((r) => ({ id: r.actionId, code: r.code, title: r.title, details: <Caption1 className={styles.meta}>{r.detail}</Caption1> }))}
          onOpenAction={onOpenAction}
        />
      ) : null}
      {rows.length > FIRST_ROWS ? (
        <Button className={styles.more} appearance="subtle" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? strings.reports.showFewer : strings.reports.showAll(rows.length)}
        </Button>
      ) : null}
      {rows.length ? null : (
        <Caption1 as="p" className={styles.meta}>
          {strings.reports.none}
        </Caption1>
      )}
    </section>
  );
}

/**
 * What changed between two reports, from the domain's difference of two snapshots: new slips
 * into Amber or Red, other rating changes, reprofiled dates, closures and completions.
 */
export function ChangedSinceSection({ report, onOpenAction }: { report: ChangedSinceReport; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  const slips = new Set(report.newSlips.map((c) => c.actionId));
  const ratingRow = (c: ChangedSinceReport['newSlips'][number]): Row => ({
    actionId: c.actionId,
    code: c.code,
    title: c.title,
    detail: (
      <span className={styles.move}>
        <RatingBadge rating={c.from} />
        {strings.reports.to}
        <RatingBadge rating={c.to} />
      </span>
    )
  });
  const others = report.changes.ratingChanges.filter((c) => !slips.has(c.actionId));
  return (
    <>
      <Body1 as="p" block>
        {strings.reports.summary(report.newSlips.length, others.length, report.reprofiles.length, report.closures.length, report.completions.length)}
      </Body1>
      <div className={styles.groups}>
        <Group title={strings.reports.newSlips} rows={report.newSlips.map(ratingRow)} onOpenAction={onOpenAction} />
        <Group title={strings.reports.ratingChanges} rows={others.map(ratingRow)} onOpenAction={onOpenAction} />
        <Group
          title={strings.reports.reprofiles}
          rows={report.reprofiles.map((c) => ({
            actionId: c.actionId,
            code: c.code,
            title: c.title,
            detail: `${strings.reports.dateMove(formatUkDate(c.from ?? ''), formatUkDate(c.to ?? ''))}${c.baselineDueDate && c.baselineDueDate !== c.from ? ` (${strings.reports.baseline(formatUkDate(c.baselineDueDate))})` : ''}`
          }))}
          onOpenAction={onOpenAction}
        />
        <Group
          title={strings.reports.closures}
          rows={report.closures.map((a) => ({ actionId: a.actionId, code: a.code, title: a.title, detail: a.closureRationale ?? '' }))}
          onOpenAction={onOpenAction}
        />
        <Group
          title={strings.reports.completions}
          rows={report.completions.map((a) => ({ actionId: a.actionId, code: a.code, title: a.title, detail: <RatingBadge rating={a.rating} /> }))}
          onOpenAction={onOpenAction}
        />
      </div>
    </>
  );
}
