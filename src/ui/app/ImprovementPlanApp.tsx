import * as React from 'react';
import { Caption1, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@fluentui/react-components';
import type { PlanServices, VersionTag } from '../../application/ports/planRepository';
import type { ActionUpdateResult } from '../../application/updates';
import type { PlanImporter } from '../../application/import/ports';
import type { PlanSettingsStore } from '../../application/ports/planSettings';
import { parsePeriodId, type Action, type SlippageEvent } from '../../domain';

/** What the host says of a slip's Teams card: posted, or left for the scheduled sweep and why. */
export interface SlipAlertResult {
  status: 'posted' | 'postedWithoutReceipt' | 'leftForSweep';
  detail?: string;
}
import { ErrorState, LoadingState } from '../components/States';
import { useElementWidth } from '../hooks/useElementWidth';
import { useFocusReturn } from '../hooks/useFocusReturn';
import { usePlanData, type PlanView } from '../hooks/usePlanData';
import { strings } from '../loc/strings';
import type { AppRoute } from '../routes';
import { ExceptionsView } from '../views/exceptions/ExceptionsView';
import { MyActionsView } from '../views/myActions/MyActionsView';
import { OverviewView, type Comparison } from '../views/overview/OverviewView';
import { AppNav, type NavView } from './AppNav';
import type { ReportFiles, ReportingServices } from '../../application/periods';
import { AsAtBanner } from '../views/reports/AsAtBanner';
import { planViewAsAt } from '../views/reports/asAtView';
import { MembersPack } from '../views/reports/MembersPack';
import { usePrintStylesheet } from '../views/reports/printStylesheet';
import { useReporting } from '../views/reports/useReporting';
import { useAsAt } from '../views/reports/useAsAt';

// The Reports view and the file builders behind it load on demand; exceljs and docx load later still, when a file is made.
const ActionPanel = React.lazy(() => import(/* webpackChunkName: 'action-panel' */ '../views/actionPanel/ActionPanel').then((m) => ({ default: m.ActionPanel })));
const ChangesView = React.lazy(() => import(/* webpackChunkName: 'changes-view' */ '../views/changes/ChangesView').then((m) => ({ default: m.ChangesView })));
const RisksView = React.lazy(() => import(/* webpackChunkName: 'risks-view' */ '../views/risks/RisksView').then((m) => ({ default: m.RisksView })));
const ThemeView = React.lazy(() => import(/* webpackChunkName: 'theme-view' */ '../views/theme/ThemeView').then((m) => ({ default: m.ThemeView })));
const ReportsView = React.lazy(() => import(/* webpackChunkName: 'reports-view' */ '../views/reports/ReportsView').then((m) => ({ default: m.ReportsView })));
const loadExportFiles = (): Promise<ReportFiles> => import(/* webpackChunkName: 'report-files' */ '../../export/reportFiles').then((m) => m.reportFiles);

// Only the programme office imports, and rarely: the import screen (and the import use cases) load on demand.
const ImportView = React.lazy(() => import(/* webpackChunkName: 'import-view' */ '../views/import/ImportView').then((m) => ({ default: m.ImportView })));

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
   * Told when a save worsens an action into Amber or Red, so the host can alert the director. When
   * it resolves with an alert that was left for the sweep (Teams refused the post, or no channel is
   * set), the action panel says the card will follow with the next scheduled check.
   */
  onSlip?: (event: SlippageEvent, action: Action, themeName?: string, progressUpdateId?: string) => void | Promise<SlipAlertResult | void>;
  /** Closed reporting periods and closing one; without it the Reports view offers only downloads and printing. */
  reporting?: ReportingServices;
  /** Builds the report files; by default the export layer, loaded when first asked for. */
  reportFiles?: ReportFiles;
  /** The import ports; when given, the programme office gets the Import view. */
  importer?: PlanImporter;
  /** The plan's settings; when given, the programme office chooses the roll-up method under Reports. */
  planSettings?: PlanSettingsStore;
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
  const [printing, setPrinting] = React.useState(false);
  const [alertNotice, setAlertNotice] = React.useState<{ actionId: string; text: string } | undefined>();
  usePrintStylesheet();
  const [route, setRoute] = React.useState<AppRoute>(props.initialRoute ?? { view: 'overview' });
  const asAtState = useAsAt(route.asAt, reporting);
  const asAt = asAtState.status === 'ready' ? asAtState.stored : undefined;
  // What "change since" compares with: the last closed period today, the period before the one
  // shown as at a period; figures wait for it rather than drawing one comparison and then another.
  const comparison: Comparison | undefined =
    asAtState.status === 'ready'
      ? { status: 'ready', lastReport: asAtState.before }
      : reporting.data.status === 'loading'
        ? { status: 'loading' }
        : reporting.data.status === 'ready'
          ? { status: 'ready', lastReport: reporting.data.recent[reporting.data.recent.length - 1] }
          : undefined;
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const narrow = props.hostKind === 'teamsMobile' || (width !== undefined && width < NARROW_WIDTH);
  const propsRef = React.useRef(props);
  propsRef.current = props;
  const routeRef = React.useRef(route);
  routeRef.current = route;

  // Cards name the theme, not just its code; read from the plan in hand when the save returns.
  const themeNameRef = React.useRef<(code: string) => string | undefined>(() => undefined);
  themeNameRef.current = (code) => (state.status === 'ready' ? state.view.loaded.plan.themes.find((t) => t.code === code)?.name : undefined);

  // A route keeps the period it is shown as at until a route says otherwise, so moving between
  // views as at August stays as at August (and the address keeps saying so).
  const go = React.useCallback((next: AppRoute) => {
    const { asAt: given, ...rest } = next;
    const asAt = 'asAt' in next ? given : routeRef.current.asAt;
    const route: AppRoute = asAt ? { ...rest, asAt } : rest;
    setRoute(route);
    propsRef.current.onNavigate?.(route);
  }, []);
  const focusReturn = useFocusReturn();
  const openAction = React.useCallback(
    (id: string) => {
      focusReturn.remember(id);
      go({ ...routeRef.current, actionId: id });
    },
    [go, focusReturn]
  );
  const closeAction = React.useCallback(() => {
    const { view, themeCode, asAt: period } = routeRef.current;
    go({ view, ...(themeCode ? { themeCode } : {}), asAt: period });
    // Back to the control that opened the panel, or to the current view's tab when it has gone.
    focusReturn.restore(() => rootRef.current?.querySelector<HTMLElement>('nav [aria-selected="true"]') ?? rootRef.current?.querySelector<HTMLElement>('nav button') ?? undefined);
  }, [go, focusReturn, rootRef]);
  const onSaved = React.useCallback(
    (result: ActionUpdateResult) => {
      applySaved({ ...result, updatedAt: now() });
      if (result.slipped) {
        const themeName = themeNameRef.current(result.slipped.themeCode);
        const actionId = result.action.id;
        setAlertNotice(undefined);
        Promise.resolve(propsRef.current.onSlip?.(result.slipped, result.action, themeName, result.progressUpdateId))
          .then((outcome) => {
            // The technical reason stays in the host's log; the person is told what happens next.
            if (outcome && outcome.status === 'leftForSweep') setAlertNotice({ actionId, text: strings.panel.cardWillFollow });
          })
          .catch(() => setAlertNotice({ actionId, text: strings.panel.cardWillFollow }));
      }
    },
    [applySaved, now]
  );
  const showAsAt = React.useCallback((periodId: string) => go({ view: 'overview', asAt: periodId }), [go]);
  const backToToday = React.useCallback(() => {
    go({ ...routeRef.current, asAt: undefined });
  }, [go]);
  React.useEffect(() => {
    // The pack is on the page now; print it, then put the view back.
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);
  const onReplaced = React.useCallback((action: Action, version: VersionTag) => applySaved({ action, version }), [applySaved]);

  const renderView = (view: PlanView): React.ReactElement => {
    if (printing) return <MembersPack view={view} />;
    switch (route.view) {
      case 'theme':
        return <ThemeView view={view} themeCode={route.themeCode ?? ''} narrow={narrow} onOpenAction={openAction} onBack={() => go({ view: 'overview' })} />;
      case 'my':
        return <MyActionsView view={view} reporting={reporting} onOpenAction={openAction} />;
      case 'exceptions':
        return <ExceptionsView view={view} reporting={reporting} onOpenAction={openAction} />;
      case 'risks':
        return <RisksView view={view} narrow={narrow} onOpenAction={openAction} />;
      case 'reports':
        return (
          <React.Suspense fallback={<LoadingState />}>
            <ReportsView
              view={view}
              liveView={state.status === 'ready' ? state.view : view}
              services={props.reporting}
              reporting={reporting}
              loadFiles={() => (props.reportFiles ? Promise.resolve(props.reportFiles) : loadExportFiles())}
              now={now}
              onShowAsAt={showAsAt}
              onBackToToday={backToToday}
              onPrint={() => setPrinting(true)}
              onOpenAction={openAction}
              onPeriodClosed={reporting.reload}
              {...(props.planSettings ? { planSettings: props.planSettings, onSettingsSaved: refresh } : {})}
              {...(props.services.businessCases ? { businessCases: props.services.businessCases } : {})}
            />
          </React.Suspense>
        );
      case 'import':
        if (view.user.canManage && props.importer) {
          return (
            <React.Suspense fallback={<LoadingState />}>
              <ImportView importer={props.importer} user={view.user.person} now={now} onImported={refresh} onOpenOverview={() => go({ view: 'overview' })} />
            </React.Suspense>
          );
        }
        return <OverviewView view={view} onOpenTheme={(code) => go({ view: 'theme', themeCode: code })} onOpenAction={openAction} />;
      case 'changes':
        if (view.user.canManage) return <ChangesView services={props.services} user={view.user.person} now={now} onDecided={refresh} onOpenAction={openAction} />;
        return <OverviewView view={view} onOpenTheme={(code) => go({ view: 'theme', themeCode: code })} onOpenAction={openAction} />;
      default:
        return (
          <OverviewView
            view={view}
            onOpenTheme={(code) => go({ view: 'theme', themeCode: code })}
            onOpenAction={openAction}
            history={reporting.data.status === 'ready' ? reporting.data.recent : undefined}
            comparison={comparison}
          />
        );
    }
  };

  const liveView = state.status === 'ready' ? state.view : undefined;
  // As at a closed period every view reads the snapshot's ratings and commentary, and nothing is editable.
  const view = React.useMemo(() => (liveView && asAt ? planViewAsAt(liveView, asAt) : liveView), [liveView, asAt]);
  const canImport = view?.user.canManage === true && props.importer !== undefined;
  const navViews: NavView[] = ['overview', 'my', 'exceptions', 'risks', 'reports', ...(view?.user.canManage ? (['changes'] as NavView[]) : []), ...(canImport ? (['import'] as NavView[]) : [])];
  const selected: NavView = route.view === 'theme' || (route.view === 'changes' && !view?.user.canManage) || (route.view === 'import' && !canImport) ? 'overview' : route.view;
  return (
    <div ref={rootRef} className={`${styles.root} ipt-app`} data-narrow={narrow ? 'true' : 'false'}>
      <Title2 as="h1" block className={styles.title}>
        {view?.loaded.plan.name ?? strings.appTitle}
      </Title2>
      {view ? <Caption1 className={styles.meta}>{view.loaded.plan.council}</Caption1> : null}
      {state.status === 'loading' ? <LoadingState label={strings.states.loading} /> : null}
      {state.status === 'error' ? <ErrorState title={strings.states.loadFailed} message={state.message} onRetry={reload} /> : null}
      {asAtState.status === 'loading' && state.status === 'ready' ? <LoadingState label={strings.asAt.loading(periodLabel(asAtState.periodId))} /> : null}
      {view && asAtState.status !== 'loading' ? (
        <>
          {view.asAt ? <AsAtBanner stored={view.asAt} onBack={backToToday} /> : null}
          {asAtState.status === 'error' ? <ErrorState title={strings.asAt.failed} message={asAtState.message} onRetry={backToToday} retryLabel={strings.asAt.back} /> : null}
          {!view.user.canEdit && !view.asAt ? (
            <MessageBar className={styles.notice} intent="info">
              <MessageBarBody>{strings.readOnly}</MessageBarBody>
            </MessageBar>
          ) : null}
          <AppNav views={navViews} selected={selected} onSelect={(v) => go({ view: v })} compact={narrow} />
          {/* Views other than the overview load when first opened, keeping the web part's first download small. */}
          <React.Suspense fallback={<LoadingState />}>{renderView(view)}</React.Suspense>
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
              onSaved={onSaved}
              onReplaced={onReplaced}
              {...(alertNotice && alertNotice.actionId === route.actionId ? { notice: alertNotice.text } : {})}
            />
            </React.Suspense>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
