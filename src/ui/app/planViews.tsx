import * as React from 'react';
import type { PlanImporter } from '../../application/import/ports';
import type { ReportFiles, ReportingServices } from '../../application/periods';
import type { PlanSettingsStore } from '../../application/ports/planSettings';
import type { PlanServices } from '../../application/ports/planRepository';
import type { RiskReviewStore } from '../../application/risks';
import { LoadingState } from '../components/States';
import type { PlanView } from '../hooks/usePlanData';
import type { AppRoute, AppView } from '../routes';
import { ExceptionsView } from '../views/exceptions/ExceptionsView';
import { MyActionsView } from '../views/myActions/MyActionsView';
import { OverviewView, type Comparison } from '../views/overview/OverviewView';
import type { Reporting } from '../views/reports/useReporting';
import type { NavView } from './AppNav';

// Views other than the overview, my actions and exceptions load when first opened, keeping the
// first download small; exceljs and docx load later still, when a file is made.
const ChangesView = React.lazy(() => import(/* webpackChunkName: 'changes-view' */ '../views/changes/ChangesView').then((m) => ({ default: m.ChangesView })));
const RecommendationsView = React.lazy(() => import(/* webpackChunkName: 'recommendations-view' */ '../views/recommendations/RecommendationsView').then((m) => ({ default: m.RecommendationsView })));
const RisksView = React.lazy(() => import(/* webpackChunkName: 'risks-view' */ '../views/risks/RisksView').then((m) => ({ default: m.RisksView })));
const ThemeView = React.lazy(() => import(/* webpackChunkName: 'theme-view' */ '../views/theme/ThemeView').then((m) => ({ default: m.ThemeView })));
const TimelineView = React.lazy(() => import(/* webpackChunkName: 'timeline-view' */ '../views/timeline/TimelineView').then((m) => ({ default: m.TimelineView })));
const ReportsView = React.lazy(() => import(/* webpackChunkName: 'reports-view' */ '../views/reports/ReportsView').then((m) => ({ default: m.ReportsView })));
// Only the programme office imports, and rarely: the import screen (and the import use cases) load on demand.
const ImportView = React.lazy(() => import(/* webpackChunkName: 'import-view' */ '../views/import/ImportView').then((m) => ({ default: m.ImportView })));
const loadExportFiles = (): Promise<ReportFiles> => import(/* webpackChunkName: 'report-files' */ '../../export/reportFiles').then((m) => m.reportFiles);

/** Everything a view may need from the app root. */
export interface ViewContext {
  /** The plan as shown (as at a period, when the address says so). */
  view: PlanView;
  /** Today's plan, for what is never shown as at a period (settings). */
  liveView: PlanView;
  route: AppRoute;
  narrow: boolean;
  now: () => Date;
  services: PlanServices;
  reporting: Reporting;
  reportingServices?: ReportingServices;
  reportFiles?: ReportFiles;
  importer?: PlanImporter;
  planSettings?: PlanSettingsStore;
  riskReviews?: RiskReviewStore;
  comparison?: Comparison;
  go(route: AppRoute): void;
  openAction(actionId: string): void;
  /** Reads the plan again after a change made outside the panel (an import, a decision, settings). */
  refresh(): void;
  showAsAt(periodId: string): void;
  backToToday(): void;
  print(): void;
}

/** A view the app can show: how to draw it, and who may open it from the navigation. */
interface ViewEntry {
  render(context: ViewContext): React.ReactElement;
  /** Absent: everyone who can read the plan. */
  allowed?(context: Pick<ViewContext, 'view' | 'importer'>): boolean;
}

const overview = (c: ViewContext): React.ReactElement => (
  <OverviewView
    view={c.view}
    onOpenTheme={(code) => c.go({ view: 'theme', themeCode: code })}
    onOpenAction={c.openAction}
    history={c.reporting.data.status === 'ready' ? c.reporting.data.recent : undefined}
    comparison={c.comparison}
  />
);

const VIEWS: Readonly<Record<AppView, ViewEntry>> = {
  overview: { render: overview },
  theme: {
    render: (c) => (
      <ThemeView
        view={c.view}
        themeCode={c.route.themeCode ?? ''}
        narrow={c.narrow}
        onOpenAction={c.openAction}
        onBack={() => c.go({ view: 'overview' })}
        onOpenTimeline={(code) => c.go({ view: 'timeline', themeCode: code })}
      />
    )
  },
  timeline: {
    render: (c) => (
      <TimelineView
        view={c.view}
        reporting={c.reporting}
        themeCode={c.route.themeCode}
        narrow={c.narrow}
        onOpenAction={c.openAction}
        onThemeChange={(code) => c.go({ view: 'timeline', ...(code ? { themeCode: code } : {}) })}
      />
    )
  },
  my: { render: (c) => <MyActionsView view={c.view} reporting={c.reporting} onOpenAction={c.openAction} /> },
  exceptions: { render: (c) => <ExceptionsView view={c.view} reporting={c.reporting} onOpenAction={c.openAction} /> },
  risks: {
    render: (c) => <RisksView view={c.view} narrow={c.narrow} onOpenAction={c.openAction} reporting={c.reporting} {...(c.riskReviews ? { reviews: c.riskReviews } : {})} />
  },
  recommendations: { render: (c) => <RecommendationsView view={c.view} narrow={c.narrow} recommendationId={c.route.recommendationId} onOpenAction={c.openAction} /> },
  reports: {
    render: (c) => (
      <ReportsView
        view={c.view}
        liveView={c.liveView}
        services={c.reportingServices}
        reporting={c.reporting}
        loadFiles={() => (c.reportFiles ? Promise.resolve(c.reportFiles) : loadExportFiles())}
        now={c.now}
        onShowAsAt={c.showAsAt}
        onBackToToday={c.backToToday}
        onPrint={c.print}
        onOpenAction={c.openAction}
        onPeriodClosed={c.reporting.reload}
        {...(c.planSettings ? { planSettings: c.planSettings, onSettingsSaved: c.refresh } : {})}
        {...(c.services.businessCases ? { businessCases: c.services.businessCases } : {})}
      />
    )
  },
  changes: {
    render: (c) => <ChangesView services={c.services} user={c.view.user.person} now={c.now} onDecided={c.refresh} onOpenAction={c.openAction} />,
    allowed: ({ view }) => view.user.canManage
  },
  import: {
    render: (c) =>
      c.importer ? <ImportView importer={c.importer} user={c.view.user.person} now={c.now} onImported={c.refresh} onOpenOverview={() => c.go({ view: 'overview' })} /> : overview(c),
    allowed: ({ view, importer }) => view.user.canManage && importer !== undefined
  }
};

/** The navigation's order. */
const NAV_ORDER: readonly NavView[] = ['overview', 'my', 'exceptions', 'timeline', 'risks', 'recommendations', 'reports', 'changes', 'import'];

/** The views this person may choose in the navigation. */
export function navViewsFor(context: Pick<ViewContext, 'view' | 'importer'>): NavView[] {
  return NAV_ORDER.filter((v) => VIEWS[v].allowed?.(context) ?? true);
}

/** The navigation entry shown as selected: the theme view sits under the overview, as does a view the person may not open. */
export function selectedNavView(route: AppRoute, context: Pick<ViewContext, 'view' | 'importer'>): NavView {
  if (route.view === 'theme') return 'overview';
  return navViewsFor(context).includes(route.view) ? route.view : 'overview';
}

/** The current route's view, or the overview for a view this person may not open (an old link). */
export function PlanViews(context: ViewContext): React.ReactElement {
  const entry = VIEWS[context.route.view];
  const content = entry.allowed && !entry.allowed(context) ? overview(context) : entry.render(context);
  return <React.Suspense fallback={<LoadingState />}>{content}</React.Suspense>;
}
