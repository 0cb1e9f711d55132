import * as React from 'react';
import { Body1, Button, Caption1, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { ClosedPeriod } from '../../../application/periods';
import { formatUkDate, londonDate } from '../../../domain';
import { EmptyState } from '../../components/States';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlockStart: tokens.spacingVerticalS },
  field: { minWidth: 'min(100%, 16em)' },
  meta: { color: tokens.colorNeutralForeground2 },
  button: { minHeight: '32px' }
});

/** Props of {@link AsAtPicker}. */
export interface AsAtPickerProps {
  /** Closed periods, oldest first. */
  periods: readonly ClosedPeriod[];
  /** The period shown now, when the app is in as-at mode. */
  current?: string;
  onShow(periodId: string): void;
  onBackToToday(): void;
}

/**
 * Chooses a closed period to see the plan as at. Choosing alone changes nothing: the button
 * switches the app over, so moving through the list with a keyboard never changes the page.
 */
export function AsAtPicker({ periods, current, onShow, onBackToToday }: AsAtPickerProps): React.ReactElement {
  const styles = useStyles();
  const newestFirst = React.useMemo(() => [...periods].reverse(), [periods]);
  const [chosen, setChosen] = React.useState<string | undefined>(current ?? newestFirst[0]?.periodId);
  const picked = periods.find((p) => p.periodId === chosen);
  if (!periods.length) return <EmptyState>{strings.reports.asAtNone}</EmptyState>;
  return (
    <>
      <Body1 as="p" block>{strings.reports.asAtIntro}</Body1>
      <div className={styles.row}>
        <Field label={strings.reports.asAtLabel} className={styles.field}>
          <Dropdown placeholder={strings.reports.asAtPlaceholder} value={picked?.label ?? ''} selectedOptions={chosen ? [chosen] : []} onOptionSelect={(_, d) => setChosen(d.optionValue)}>
            {newestFirst.map((p) => (
              <Option key={p.periodId} value={p.periodId}>
                {p.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button className={styles.button} appearance="primary" disabled={!chosen || chosen === current} onClick={() => chosen && onShow(chosen)}>
          {strings.reports.asAtShow}
        </Button>
        {current ? (
          <Button className={styles.button} onClick={onBackToToday}>
            {strings.asAt.back}
          </Button>
        ) : null}
      </div>
      {picked ? (
        <Caption1 as="p" className={styles.meta}>
          {strings.reports.closedBy(formatUkDate(londonDate(new Date(picked.closedAt))), picked.closedBy.displayName)}
        </Caption1>
      ) : null}
    </>
  );
}
