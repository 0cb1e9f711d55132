import * as React from 'react';
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Print20Regular } from '@fluentui/react-icons';
import type { ReportFiles, ReturnFileInput } from '../../../application/periods';
import { formatUkDate, parsePeriodId, periodContaining, takeSnapshot, type PlanSnapshot, type ReportingPeriod } from '../../../domain';
import { errorMessage } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { DOCX_TYPE, safeFileName, saveFile, XLSX_TYPE } from './saveFile';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
  button: { minHeight: '32px' },
  status: { minHeight: '24px', marginBlock: tokens.spacingVerticalXS }
});

/** Props of {@link DownloadsSection}. */
export interface DownloadsSectionProps {
  /** The plan shown: today's, or as at a closed period. */
  view: PlanView;
  /** Loads the file builders (a dynamic import, so exceljs and docx stay out of the first download). */
  loadFiles(): Promise<ReportFiles>;
  /**
   * The last period closed before the one shown, so the return to government can count the slips
   * since the last return; without it the return says there is no earlier return to compare with.
   */
  loadPrevious?(): Promise<ReturnFileInput['previous']>;
  onPrint(): void;
}

type Busy = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; file: string } | { kind: 'failed'; what: string; message: string };

/** The monitoring tool, the Cabinet theme summary and the return to government as files, and the members' pack for printing. */
export function DownloadsSection({ view, loadFiles, loadPrevious, onPrint }: DownloadsSectionProps): React.ReactElement {
  const styles = useStyles();
  const [state, setState] = React.useState<Busy>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const { plan } = view.loaded;
  const stamp = view.asAt ? view.asAt.period.label : view.today;

  const run = async (what: string, fileName: string, type: string, build: (files: ReportFiles) => Promise<Uint8Array>): Promise<void> => {
    setState({ kind: 'busy', what });
    try {
      const bytes = await build(await loadFiles());
      saveFile(bytes, fileName, type);
      if (mounted.current) setState({ kind: 'done', file: fileName });
    } catch (error) {
      if (mounted.current) setState({ kind: 'failed', what, message: errorMessage(error) });
    }
  };
  const monitoring = (): Promise<void> =>
    run(strings.reports.monitoringName, safeFileName(`${plan.name} monitoring tool ${stamp}.xlsx`), XLSX_TYPE, (files) =>
      files.monitoringWorkbook({ plan, asOf: view.today, title: `${plan.name}: monitoring tool` })
    );
  /** The period shown (the closed one, or the one open today) and its snapshot. */
  const periodShown = (): { period: ReportingPeriod; snapshot: PlanSnapshot } => {
    const closed = view.asAt ? parsePeriodId(view.asAt.period.periodId) : undefined;
    const period = closed?.ok ? closed.value : periodContaining(plan.cadence, view.today);
    return { period, snapshot: view.asAt?.snapshot ?? takeSnapshot(plan.actions, period, view.today) };
  };
  const summary = (): Promise<void> =>
    run(strings.reports.themeSummaryName, safeFileName(`${plan.name} theme summary ${stamp}.docx`), DOCX_TYPE, (files) =>
      files.themeSummaryDocx({ plan, ...periodShown(), preparedOn: view.today })
    );
  const returnToGovernment = (): Promise<void> =>
    run(strings.reports.returnToGovernmentName, safeFileName(`${plan.name} return to government ${stamp}.docx`), DOCX_TYPE, async (files) => {
      const previous = loadPrevious ? await loadPrevious() : undefined;
      return files.returnToGovernmentDocx({ plan, ...periodShown(), preparedOn: view.today, ...(previous ? { previous } : {}) });
    });
  const busy = state.kind === 'busy';
  return (
    <>
      <Body1 as="p" block>{view.asAt ? strings.reports.downloadsAsAt(view.asAt.period.label) : strings.reports.downloadsToday(formatUkDate(view.today))}</Body1>
      <div className={styles.buttons}>
        <Button className={styles.button} icon={<ArrowDownload20Regular />} disabledFocusable={busy} onClick={() => monitoring().catch(() => undefined)}>
          {strings.reports.monitoring}
        </Button>
        <Button className={styles.button} icon={<ArrowDownload20Regular />} disabledFocusable={busy} onClick={() => summary().catch(() => undefined)}>
          {strings.reports.themeSummary}
        </Button>
        <Button className={styles.button} icon={<ArrowDownload20Regular />} disabledFocusable={busy} onClick={() => returnToGovernment().catch(() => undefined)}>
          {strings.reports.returnToGovernment}
        </Button>
        <Button className={styles.button} icon={<Print20Regular />} onClick={onPrint}>
          {strings.reports.print}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.kind === 'busy' ? <Spinner size="tiny" labelPosition="after" label={strings.reports.preparing(state.what)} /> : null}
        {state.kind === 'done' ? <Body1>{strings.reports.downloaded(state.file)}</Body1> : null}
      </div>
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.reports.exportFailed(state.what)}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Body1 as="p" block>{strings.reports.printIntro}</Body1>
    </>
  );
}
