import * as React from 'react';
import { useFocusReturn } from '../hooks/useFocusReturn';
import type { AppRoute } from '../routes';

/** What {@link useAppRoute} gives the app root. */
export interface AppRouting {
  route: AppRoute;
  /** Moves to a route; a route that does not say otherwise keeps the period shown "as at". */
  go(next: AppRoute): void;
  /** Opens an action's panel over the current view, remembering what opened it. */
  openAction(actionId: string): void;
  /** Closes the panel and gives focus back to what opened it (or to `fallbackFocus()`). */
  closeAction(): void;
  /** Leaves the period shown "as at" for today, staying on the same view. */
  backToToday(): void;
}

/**
 * The app's route: which view, which theme, which action's panel, as at which period. Every
 * navigation is told to `onNavigate`, so the host can keep the page address (or Teams deep link)
 * in step.
 */
export function useAppRoute(initial: AppRoute | undefined, onNavigate: ((route: AppRoute) => void) | undefined, fallbackFocus: () => HTMLElement | undefined): AppRouting {
  const [route, setRoute] = React.useState<AppRoute>(initial ?? { view: 'overview' });
  const routeRef = React.useRef(route);
  routeRef.current = route;
  const onNavigateRef = React.useRef(onNavigate);
  onNavigateRef.current = onNavigate;
  const fallbackRef = React.useRef(fallbackFocus);
  fallbackRef.current = fallbackFocus;
  const focusReturn = useFocusReturn();

  // A route keeps the period it is shown as at until a route says otherwise, so moving between
  // views as at August stays as at August (and the address keeps saying so).
  const go = React.useCallback((next: AppRoute) => {
    const { asAt: given, ...rest } = next;
    const asAt = 'asAt' in next ? given : routeRef.current.asAt;
    const route: AppRoute = asAt ? { ...rest, asAt } : rest;
    routeRef.current = route;
    setRoute(route);
    onNavigateRef.current?.(route);
  }, []);
  const openAction = React.useCallback(
    (actionId: string) => {
      focusReturn.remember(actionId);
      go({ ...routeRef.current, actionId });
    },
    [go, focusReturn]
  );
  const closeAction = React.useCallback(() => {
    const { view, themeCode, asAt } = routeRef.current;
    go({ view, ...(themeCode ? { themeCode } : {}), asAt });
    focusReturn.restore(() => fallbackRef.current());
  }, [go, focusReturn]);
  const backToToday = React.useCallback(() => go({ ...routeRef.current, asAt: undefined }), [go]);
  return { route, go, openAction, closeAction, backToToday };
}
