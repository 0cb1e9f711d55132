import * as React from 'react';
import { Body1, makeStyles, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { closedBefore, type ReportFiles, type ReportingServices, type ReturnFileInput, type StoredSnapshot } from '../../../application/periods';
import { periodContaining } from '../../../domain';
import type { PlanSettingsStore } from '../../../application/ports/planSettings';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import { AsAtPicker } from './AsAtPicker';
import { ChangedSinceSection } from './ChangedSinceSection';
import { ClosePeriodSection } from './ClosePeriodSection';
import { DownloadsSection } from './DownloadsSection';
import { RecordCheckBar } from './RecordCheckBar';
import { RollupMethodSection } from './RollupMethodSection';
import { useChangedSince } from './useChangedSince';
import { useRecordCheck } from './useRecordCheck';
import type { Reporting } from './useReporting';
import type { BusinessCaseStore } from '../../../application/ports/businessCaseStore';
import { BusinessCaseFigures } from '../businessCase/BusinessCaseFigures';
import { caseStrings } from '../businessCase/caseStrings';

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalL, paddingBlockStart: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  h3: { display: 'block', marginBlock: tokens.spacingVerticalS }
});

/** Props of {@link ReportsView}. */
export interface ReportsViewProps {
  /** The plan shown: today's, or as at a closed period. */
  view: PlanView;
  /** Today's plan, whatever is shown (closing a period freezes today's). */
  liveView: PlanView;
  /** The host's reporting port; without it only the downloads and printing are offered. */
  services?: ReportingServices;
  reporting: Reporting;
  loadFiles(): Promise<ReportFiles>;
  now(): Date;
  onShowAsAt(periodId: string): void;
  onBackToToday(): void;
  onPrint(): void;
  onOpenAction(id: string): void;
  onPeriodClosed(stored: StoredSnapshot): void;
  /** Where the programme office saves the plan's settings; without it the roll-up method is not offered here. */
  planSettings?: PlanSettingsStore;
  /** Told when a setting is saved, so the plan is read again with it. */
  onSettingsSaved?(): void;
  /** Where business cases are kept; without it their figures and document are not offered. */
  businessCases?: BusinessCaseStore;
}

/** Loads the closed period before the one shown (the last return), when periods and the reporting port are at hand. */
function previousReturn(services: ReportingServices | undefined, data: Reporting['data'], view: PlanView): (() => Promise<ReturnFileInput['previous']>) | undefined {
  if (!services || data.status !== 'ready') return undefined;
  const shown = view.asAt ? view.asAt.period.periodId : periodContaining(view.loaded.plan.cadence, view.today).id;
  const before = closedBefore(data.periods, shown);
  if (!before) return undefined;
  return async () => {
    const stored = await services.snapshotAsAt(before.periodId);
    return { label: stored.period.label, snapshot: stored.snapshot };
  };
}

function Section({ title, children, className }: { title: string; children: React.ReactNode; className?: string }): React.ReactElement {
  const styles = useStyles();
  const id = useId('ipt-reports');
  return (
    <section aria-labelledby={id} className={className ?? styles.section}>
      <Subtitle2 as="h3" block id={id} className={styles.h3}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/**
 * Reports: what changed since the last report, the plan as at a closed period (with whether the
 * record of closed periods still matches what was closed), the monitoring
 * tool and Cabinet summary as files, the members' pack for printing and, for the programme
 * office, closing a period and choosing how ratings roll up.
 */
export function ReportsView(props: ReportsViewProps): React.ReactElement {
  const ids = useId('ipt-reports');
  const { view, reporting } = props;
  const changed = useChangedSince(view, reporting);
  const data = reporting.data;
  const record = useRecordCheck(props.services, data.status === 'ready' && data.periods.length ? data.periods : undefined);
  const needsPeriods = (ready: (periods: Extract<typeof data, { status: 'ready' }>['periods']) => React.ReactNode): React.ReactNode => {
    if (data.status === 'off') return <EmptyState>{strings.reports.unavailable}</EmptyState>;
    if (data.status === 'loading') return <LoadingState />;
    if (data.status === 'error') return <ErrorState title={strings.reports.periodsFailed} message={data.message} onRetry={reporting.reload} />;
    return ready(data.periods);
  };
  const asAt = view.asAt;
  return (
    <section aria-labelledby={`${ids}-heading`}>
      <Subtitle1 as="h2" block id={`${ids}-heading`}>
        {strings.reports.heading}
      </Subtitle1>
      <Section title={strings.reports.changedHeading} className="">
        {needsPeriods((periods) => {
          if (!periods.length) return <EmptyState>{strings.reports.noClosed}</EmptyState>;
          if (changed.status === 'loading') return <LoadingState />;
          if (changed.status === 'error') return <ErrorState title={strings.states.sectionFailed} message={changed.message} onRetry={reporting.reload} />;
          if (changed.status === 'nothing') return <EmptyState>{strings.reports.noEarlier(asAt?.period.label ?? periods[0].label)}</EmptyState>;
          const { since } = changed.report;
          return (
            <>
              <Body1 as="p" block>{asAt ? strings.reports.changedIntroAsAt(asAt.period.label, since.label) : strings.reports.changedIntro(since.label)}</Body1>
              <ChangedSinceSection report={changed.report} onOpenAction={props.onOpenAction} />
            </>
          );
        })}
      </Section>
      <Section title={strings.reports.asAtHeading}>
        {needsPeriods((periods) => (
          <>
            <RecordCheckBar state={record.state} onRetry={record.retry} />
            <AsAtPicker periods={periods} current={asAt?.period.periodId} onShow={props.onShowAsAt} onBackToToday={props.onBackToToday} />
          </>
        ))}
      </Section>
      <Section title={strings.reports.downloadsHeading}>
        <DownloadsSection view={view} loadFiles={props.loadFiles} loadPrevious={previousReturn(props.services, data, view)} onPrint={props.onPrint} />
      </Section>
      {props.businessCases && !asAt ? (
        <Section title={caseStrings.rollupHeading}>
          <BusinessCaseFigures store={props.businessCases} plan={props.liveView.loaded.plan} today={props.liveView.today} />
        </Section>
      ) : null}
      {props.liveView.user.canManage && props.services ? (
        <Section title={strings.reports.closeHeading}>
          {asAt ? (
            <EmptyState>{strings.reports.asAtNoClose}</EmptyState>
          ) : (
            needsPeriods((periods) => (
              <ClosePeriodSection view={props.liveView} reporting={props.services as ReportingServices} closed={periods} now={props.now} onClosed={props.onPeriodClosed} />
            ))
          )}
        </Section>
      ) : null}
      {props.liveView.user.canManage && props.planSettings && !asAt ? (
        <Section title={strings.rollupSetting.heading}>
          <RollupMethodSection current={props.liveView.loaded.plan.rollupMethod} store={props.planSettings} onSaved={() => props.onSettingsSaved?.()} />
        </Section>
      ) : null}
    </section>
  );
}
