import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, Title2, tokens } from '@fluentui/react-components';
import type { PlanServices } from '../../application/ports/planRepository';
import type { ActionUpdateResult } from '../../application/updates';
import type { Action, SlippageEvent } from '../../domain';
import { usePlanData } from '../hooks/usePlanData';
import { strings } from '../loc/strings';
import type { AppRoute, AppView } from '../routes';
import { ActionPanel } from '../views/ActionPanel';
import { ChangesView } from '../views/ChangesView';
import { ExceptionsView, MyActionsView } from '../views/ListsViews';
import { OverviewView } from '../views/OverviewView';
import { RisksView } from '../views/RisksView';
import { ThemeView } from '../views/ThemeView';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, minHeight: '100%', boxSizing: 'border-box' },
  tabs: { flexWrap: 'wrap', marginBottom: tokens.spacingVerticalL },
  notice: { marginBottom: tokens.spacingVerticalM }
});

/** Props of {@link ImprovementPlanApp}. */
export interface ImprovementPlanAppProps {
  /** Storage ports, built by the host (SPFx, Teams tab or local harness). */
  services: PlanServices;
  /** Where the app runs; phones get full-width panels. */
  hostKind: 'sharePoint' | 'teams' | 'teamsMobile';
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** The route to open first (from the page address or a Teams deep link). */
  initialRoute?: AppRoute;
  /** Told about every navigation, so the host can keep the address in step. */
  onNavigate?: (route: AppRoute) => void;
  /** The host's link that opens an action (a page query string, or a Teams deep link). */
  actionLink(actionId: string): string;
  /** Told when a save worsens an action into Amber or Red, so the host can alert the director. */
  onSlip?: (event: SlippageEvent, action: Action) => void;
}

/** The Improvement Plan app: overview, themes, my actions, exceptions, risks, change control, and the action panel. */
export function ImprovementPlanApp(props: ImprovementPlanAppProps): React.ReactElement {
  const styles = useStyles();
  const now = React.useMemo(() => props.now ?? (() => new Date()), [props.now]);
  const { state, reload, replaceAction } = usePlanData(props.services, now);
  const [route, setRoute] = React.useState<AppRoute>(props.initialRoute ?? { view: 'overview' });
  const go = (next: AppRoute): void => {
    setRoute(next);
    props.onNavigate?.(next);
  };
  if (state.status === 'loading') return <Spinner label={strings.loading} />;
  if (state.status === 'error') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {strings.loadFailed} {state.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={reload}>{strings.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const { view } = state;
  const openAction = (id: string): void => go({ ...route, actionId: id });
  const tabs: AppView[] = ['overview', 'my', 'exceptions', 'risks', ...(view.user.canManage ? (['changes'] as AppView[]) : [])];
  const onSaved = (result: ActionUpdateResult): void => {
    replaceAction(result.action, result.version);
    if (result.slipped) props.onSlip?.(result.slipped, result.action);
  };
  return (
    <div className={styles.root}>
      <Title2 as="h1">{strings.appTitle}</Title2>
      {!view.user.canEdit ? (
        <MessageBar className={styles.notice}>
          <MessageBarBody>{strings.readOnly}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList className={styles.tabs} selectedValue={route.view === 'theme' ? 'overview' : route.view} onTabSelect={(_, d) => go({ view: d.value as AppView })} aria-label="Plan views">
        {tabs.map((t) => (
          <Tab key={t} value={t}>
            {strings.nav[t as keyof typeof strings.nav]}
          </Tab>
        ))}
      </TabList>
      <main>
        {route.view === 'overview' ? <OverviewView view={view} onOpenTheme={(code) => go({ view: 'theme', themeCode: code })} /> : null}
        {route.view === 'theme' && route.themeCode ? <ThemeView view={view} themeCode={route.themeCode} onOpenAction={openAction} /> : null}
        {route.view === 'my' ? <MyActionsView view={view} now={now()} onOpenAction={openAction} /> : null}
        {route.view === 'exceptions' ? <ExceptionsView view={view} now={now()} onOpenAction={openAction} /> : null}
        {route.view === 'risks' ? <RisksView view={view} /> : null}
        {route.view === 'changes' && view.user.canManage ? <ChangesView services={props.services} user={view.user.person} now={now} /> : null}
      </main>
      {route.actionId ? (
        <ActionPanel
          view={view}
          actionId={route.actionId}
          services={props.services}
          now={now}
          narrow={props.hostKind === 'teamsMobile'}
          actionLink={props.actionLink}
          onClose={() => go({ ...route, actionId: undefined })}
          onOpenAction={openAction}
          onSaved={onSaved}
          onReplaced={replaceAction}
        />
      ) : null}
    </div>
  );
}
