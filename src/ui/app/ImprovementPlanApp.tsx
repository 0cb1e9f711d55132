import * as React from 'react';
import { Caption1, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@fluentui/react-components';
import type { PlanServices, VersionTag } from '../../application/ports/planRepository';
import type { ActionUpdateResult } from '../../application/updates';
import type { Action, SlippageEvent } from '../../domain';
import { ErrorState, LoadingState } from '../components/States';
import { useElementWidth } from '../hooks/useElementWidth';
import { usePlanData, type PlanView } from '../hooks/usePlanData';
import { strings } from '../loc/strings';
import type { AppRoute } from '../routes';
import { ActionPanel } from '../views/actionPanel/ActionPanel';
import { ChangesView } from '../views/changes/ChangesView';
import { ExceptionsView } from '../views/exceptions/ExceptionsView';
import { MyActionsView } from '../views/myActions/MyActionsView';
import { OverviewView } from '../views/overview/OverviewView';
import { RisksView } from '../views/risks/RisksView';
import { ThemeView } from '../views/theme/ThemeView';
import { AppNav, type NavView } from './AppNav';

/** Below this width (px) the app lays itself out for a phone. */
export const NARROW_WIDTH = 480;

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
  /** Told when a save worsens an action into Amber or Red, so the host can alert the director. */
  onSlip?: (event: SlippageEvent, action: Action) => void;
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
  const [route, setRoute] = React.useState<AppRoute>(props.initialRoute ?? { view: 'overview' });
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const narrow = props.hostKind === 'teamsMobile' || (width !== undefined && width < NARROW_WIDTH);
  const propsRef = React.useRef(props);
  propsRef.current = props;
  const routeRef = React.useRef(route);
  routeRef.current = route;

  const go = React.useCallback((next: AppRoute) => {
    setRoute(next);
    propsRef.current.onNavigate?.(next);
  }, []);
  const openAction = React.useCallback((id: string) => go({ ...routeRef.current, actionId: id }), [go]);
  const closeAction = React.useCallback(() => {
    const { view, themeCode } = routeRef.current;
    go({ view, ...(themeCode ? { themeCode } : {}) });
  }, [go]);
  const onSaved = React.useCallback(
    (result: ActionUpdateResult) => {
      applySaved({ ...result, updatedAt: now() });
      if (result.slipped) propsRef.current.onSlip?.(result.slipped, result.action);
    },
    [applySaved, now]
  );
  const onReplaced = React.useCallback((action: Action, version: VersionTag) => applySaved({ action, version }), [applySaved]);

  const renderView = (view: PlanView): React.ReactElement => {
    switch (route.view) {
      case 'theme':
        return <ThemeView view={view} themeCode={route.themeCode ?? ''} narrow={narrow} onOpenAction={openAction} onBack={() => go({ view: 'overview' })} />;
      case 'my':
        return <MyActionsView view={view} onOpenAction={openAction} />;
      case 'exceptions':
        return <ExceptionsView view={view} onOpenAction={openAction} />;
      case 'risks':
        return <RisksView view={view} onOpenAction={openAction} />;
      case 'changes':
        if (view.user.canManage) return <ChangesView services={props.services} user={view.user.person} now={now} onDecided={refresh} />;
        return <OverviewView view={view} onOpenTheme={(code) => go({ view: 'theme', themeCode: code })} onOpenAction={openAction} />;
      default:
        return <OverviewView view={view} onOpenTheme={(code) => go({ view: 'theme', themeCode: code })} onOpenAction={openAction} />;
    }
  };

  const view = state.status === 'ready' ? state.view : undefined;
  const navViews: NavView[] = ['overview', 'my', 'exceptions', 'risks', ...(view?.user.canManage ? (['changes'] as NavView[]) : [])];
  const selected: NavView = route.view === 'theme' || (route.view === 'changes' && !view?.user.canManage) ? 'overview' : route.view;
  return (
    <div ref={rootRef} className={styles.root} data-narrow={narrow ? 'true' : 'false'}>
      <Title2 as="h1" className={styles.title}>
        {view?.loaded.plan.name ?? strings.appTitle}
      </Title2>
      {view ? <Caption1 className={styles.meta}>{view.loaded.plan.council}</Caption1> : null}
      {state.status === 'loading' ? <LoadingState label={strings.states.loading} /> : null}
      {state.status === 'error' ? <ErrorState title={strings.states.loadFailed} message={state.message} onRetry={reload} /> : null}
      {view ? (
        <>
          {!view.user.canEdit ? (
            <MessageBar className={styles.notice} intent="info">
              <MessageBarBody>{strings.readOnly}</MessageBarBody>
            </MessageBar>
          ) : null}
          <AppNav views={navViews} selected={selected} onSelect={(v) => go({ view: v })} compact={narrow} />
          {renderView(view)}
          {route.actionId ? (
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
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
