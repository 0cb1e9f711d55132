import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  tokens
} from '@fluentui/react-components';
import type { ClosedPeriod, ReportingServices, StoredSnapshot } from '../../../application/periods';
import { formatUkDate, type ReportingPeriod } from '../../../domain';
import { EmptyState, errorMessage } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { closablePeriods } from './closablePeriods';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
  field: { minWidth: 'min(100%, 16em)' },
  button: { minHeight: '32px' },
  message: { marginBlock: tokens.spacingVerticalS }
});

/** Props of {@link ClosePeriodSection}. */
export interface ClosePeriodSectionProps {
  /** Today's plan (closing always freezes the plan as it stands now). */
  view: PlanView;
  reporting: ReportingServices;
  /** Closed periods, oldest first. */
  closed: readonly ClosedPeriod[];
  now(): Date;
  /** Told when a period has closed, so the lists and trends are read again. */
  onClosed(stored: StoredSnapshot): void;
}

type Outcome = { kind: 'none' } | { kind: 'closed'; label: string } | { kind: 'failed'; label: string; message: string };

/**
 * Closing a reporting period, for the programme office: choose the period, then confirm in a
 * dialog that says which period and what will be frozen. Refusals (already closed, not started,
 * no permission) are shown in words.
 */
export function ClosePeriodSection({ view, reporting, closed, now, onClosed }: ClosePeriodSectionProps): React.ReactElement {
  const styles = useStyles();
  const { options, suggested } = React.useMemo(() => closablePeriods(view.loaded.plan.cadence, view.today, closed), [view, closed]);
  const [chosenId, setChosenId] = React.useState<string | undefined>(suggested?.id);
  const [confirming, setConfirming] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });
  const chosen: ReportingPeriod | undefined = options.find((p) => p.id === chosenId) ?? suggested;
  const { plan } = view.loaded;
  const asOf = chosen ? (view.today < chosen.end ? view.today : chosen.end) : view.today;

  const close = async (): Promise<void> => {
    if (!chosen) return;
    setBusy(true);
    try {
      const stored = await reporting.closePeriod({ periodId: chosen.id, closedBy: view.user.person, now: now() });
      setOutcome({ kind: 'closed', label: chosen.label });
      onClosed(stored);
    } catch (error) {
      setOutcome({ kind: 'failed', label: chosen.label, message: errorMessage(error) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Body1 as="p" block>{strings.reports.closeIntro}</Body1>
      {outcome.kind === 'closed' ? (
        <MessageBar className={styles.message} intent="success">
          <MessageBarBody>{strings.reports.closed(outcome.label)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.kind === 'failed' ? (
        <MessageBar className={styles.message} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.reports.closeFailed(outcome.label)}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {chosen ? (
        <div className={styles.row}>
          <Field label={strings.reports.closePeriodLabel} className={styles.field}>
            <Dropdown value={chosen.label} selectedOptions={[chosen.id]} onOptionSelect={(_, d) => setChosenId(d.optionValue)}>
              {options.map((p) => (
                <Option key={p.id} value={p.id}>
                  {p.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button className={styles.button} appearance="primary" onClick={() => setConfirming(true)}>
            {strings.reports.closeButton}
          </Button>
        </div>
      ) : (
        <EmptyState>{strings.reports.nothingToClose}</EmptyState>
      )}
      <Dialog modalType="alert" open={confirming && chosen !== undefined} onOpenChange={(_, d) => !busy && setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{chosen ? strings.reports.confirmTitle(chosen.label) : ''}</DialogTitle>
            <DialogContent>
              <Body1 as="p" block>{strings.reports.confirmBody(plan.actions.length, plan.themes.length, formatUkDate(asOf))}</Body1>
              <Body1 as="p" block>{strings.reports.confirmFinal}</Body1>
              {busy ? <Spinner size="tiny" labelPosition="after" label={strings.reports.closing} /> : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabledFocusable={busy} onClick={() => close().catch(() => undefined)}>
                {chosen ? strings.reports.confirm(chosen.label) : ''}
              </Button>
              <Button disabledFocusable={busy} onClick={() => setConfirming(false)}>
                {strings.reports.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
