import * as React from 'react';
import { Caption1, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@fluentui/react-components';
import type { PlanImporter } from '../../application/import/ports';
import type { ReportFiles, ReportingServices } from '../../application/periods';
import type { PlanServices, VersionTag } from '../../application/ports/planRepository';
import type { PlanSettingsStore } from '../../application/ports/planSettings';
import type { RiskReviewStore } from '../../application/risks';
import type { SlipAnnouncer } from '../../application/ports/slipAnnouncer';
import type { ActionUpdateResult } from '../../application/updates';
import { parsePeriodId, type Action } from '../../domain';
import { ErrorState, LoadingState } from '../components/States';
import { useElementWidth } from '../hooks/useElementWidth';
import { usePlanData } from '../hooks/usePlanData';
import { strings } from '../loc/strings';
import type { AppRoute } from '../routes';
import { AsAtBanner } from '../views/reports/AsAtBanner';
import { MembersPack } from '../views/reports/MembersPack';
import { useReporting } from '../views/reports/useReporting';
import { AppNav } from './AppNav';
import { navViewsFor, PlanViews, selectedNavView } from './planViews';
import { useAppRoute } from './useAppRoute';
import { usePlanAsAt } from './usePlanAsAt';
import { usePrinting } from './usePrinting';
import { useSlipNotice } from './useSlipNotice';

// The action panel (and the update form in it) loads when an action is first opened.
const ActionPanel = React.lazy(() => import(/* webpackChunkName: 'action-panel' */ '../views/actionPanel/ActionPanel').then((m) => ({ default: m.ActionPanel })));

/** Below this width (px) the app lays itself out for a phone. */
export const NARROW_WIDTH = 480;

/** A period id in words (`2026-08` -> `August 2026`), for the message shown while it loads. */
const periodLabel = (id: string): string => {
  const parsed = parsePeriodId(id);
  return parsed.ok ? parsed.value.label : id;
};

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    minHeight: '100%',
    minWidth: 0,
    boxSizing: 'border-box',
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS }
  },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  notice: { marginBlock: tokens.spacingVerticalS }
});

/** Props of {@link ImprovementPlanApp}. */
export interface ImprovementPlanAppProps {
  /** Storage ports, built by the host (SPFx, Teams tab or local harness). */
  services: PlanServices;
  /** Where the app runs; phones get the compact menu and full-width panels. */
  hostKind: 'sharePoint' | 'teams' | 'teamsMobile';
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** The route to open first (from the page address or a Teams deep link). */
  initialRoute?: AppRoute;
  /** Told about every navigation, so the host can keep the address in step. */
  onNavigate?: (route: AppRoute) => void;
  /** The host's link that opens an action: a page query string in SharePoint, a deep link in Teams. */
  actionLink(actionId: string): string;
  /**
   * Announces a slip into Amber or Red to the theme's director (in SharePoint and Teams, a Teams
   * card); the update use case calls it after a save. When the card is left for the sweep (Teams
   * refused the post, or no channel is set), the action panel says it will follow with the next
   * scheduled check.
   */
  slipAnnouncer?: SlipAnnouncer;
  /** Closed reporting periods and closing one; without it the Reports view offers only downloads and printing. */
  reporting?: ReportingServices;
  /** Builds the report files; by default the export layer, loaded when first asked for. */
  reportFiles?: ReportFiles;
  /** The import ports; when given, the programme office gets the Import view. */
  importer?: PlanImporter;
  /** The plan's settings; when given, the programme office chooses the roll-up method under Reports. */
  planSettings?: PlanSettingsStore;
  /** The risk register's reviews; when given, the register shows each risk's history and trend, and the programme office records reviews. */
  riskReviews?: RiskReviewStore;
}

const systemClock = (): Date => new Date();

/**
 * The Improvement Plan app: overview, theme grid, my actions, exceptions, risk register, change
 * control (programme office only) and the action panel with the update form (editors only).
 * Hosts wrap it in `AppFrame` for the theme and the id prefix.
 */
export function ImprovementPlanApp(props: ImprovementPlanAppProps): React.ReactElement {
  const styles = useStyles();
  const now = props.now ?? systemClock;
  const { state, reload, refresh, applySaved } = usePlanData(props.services, now);
  const reporting = useReporting(props.reporting);
  const { printing, print } = usePrinting();
  const slipNotice = useSlipNotice();
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const narrow = props.hostKind === 'teamsMobile' || (width !== undefined && width < NARROW_WIDTH);
  // Closing the panel gives focus back to what opened it, or to the current view's tab when it has gone.
  const navFocus = (): HTMLElement | undefined => rootRef.current?.querySelector<HTMLElement>('nav [aria-selected="true"]') ?? rootRef.current?.querySelector<HTMLElement>('nav button') ?? undefined;
  const { route, go, openAction, closeAction, backToToday } = useAppRoute(props.initialRoute, props.onNavigate, navFocus);
  const liveView = state.status === 'ready' ? state.view : undefined;
  const { asAtState, view, comparison } = usePlanAsAt(liveView, route.asAt, reporting);

  const onSaved = React.useCallback(
    (result: ActionUpdateResult) => {
      applySaved({ ...result, updatedAt: now() });
      slipNotice.watch(result);
    },
    [applySaved, now, slipNotice]
  );
  const onReplaced = React.useCallback((action: Action, version: VersionTag) => applySaved({ action, version }), [applySaved]);
  const showAsAt = React.useCallback((periodId: string) => go({ view: 'overview', asAt: periodId }), [go]);

  const access = view ? { view, ...(props.importer ? { importer: props.importer } : {}) } : undefined;
  return (
    <div ref={rootRef} className={`${styles.root} ipt-app`} data-narrow={narrow ? 'true' : 'false'}>
      <Title2 as="h1" block className={styles.title}>
        {view?.loaded.plan.name ?? strings.appTitle}
      </Title2>
      {view ? <Caption1 className={styles.meta}>{view.loaded.plan.council}</Caption1> : null}
      {state.status === 'loading' ? <LoadingState label={strings.states.loading} /> : null}
      {state.status === 'error' ? <ErrorState title={strings.states.loadFailed} message={state.message} onRetry={reload} /> : null}
      {asAtState.status === 'loading' && state.status === 'ready' ? <LoadingState label={strings.asAt.loading(periodLabel(asAtState.periodId))} /> : null}
      {view && liveView && access && asAtState.status !== 'loading' ? (
        <>
          {view.asAt ? <AsAtBanner stored={view.asAt} onBack={backToToday} /> : null}
          {asAtState.status === 'error' ? <ErrorState title={strings.asAt.failed} message={asAtState.message} onRetry={backToToday} retryLabel={strings.asAt.back} /> : null}
          {!view.user.canEdit && !view.asAt ? (
            <MessageBar className={styles.notice} intent="info">
              <MessageBarBody>{strings.readOnly}</MessageBarBody>
            </MessageBar>
          ) : null}
          <AppNav views={navViewsFor(access)} selected={selectedNavView(route, access)} onSelect={(v) => go({ view: v })} compact={narrow} />
          {printing ? (
            <MembersPack view={view} />
          ) : (
            <PlanViews
              view={view}
              liveView={liveView}
              route={route}
              narrow={narrow}
              now={now}
              services={props.services}
              reporting={reporting}
              {...(props.reporting ? { reportingServices: props.reporting } : {})}
              {...(props.reportFiles ? { reportFiles: props.reportFiles } : {})}
              {...(props.importer ? { importer: props.importer } : {})}
              {...(props.planSettings ? { planSettings: props.planSettings } : {})}
              {...(props.riskReviews ? { riskReviews: props.riskReviews } : {})}
              {...(comparison ? { comparison } : {})}
              go={go}
              openAction={openAction}
              refresh={refresh}
              showAsAt={showAsAt}
              backToToday={backToToday}
              print={print}
            />
          )}
          {route.actionId ? (
            <React.Suspense fallback={null}>
              <ActionPanel
                view={view}
                actionId={route.actionId}
                services={props.services}
                now={now}
                narrow={narrow}
                actionLink={props.actionLink}
                onClose={closeAction}
                onOpenAction={openAction}
                onOpenRecommendation={(id) => go({ view: 'recommendations', recommendationId: id })}
                {...(props.slipAnnouncer ? { slipAnnouncer: props.slipAnnouncer } : {})}
                onSaved={onSaved}
                onReplaced={onReplaced}
                {...(slipNotice.notice && slipNotice.notice.actionId === route.actionId ? { notice: slipNotice.notice.text } : {})}
              />
            </React.Suspense>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
