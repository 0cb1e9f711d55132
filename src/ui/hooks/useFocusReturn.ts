import * as React from 'react';

/** What {@link useFocusReturn} gives its owner. */
export interface FocusReturn {
  /**
   * Notes what has focus now (the control that opens an overlay), unless focus is already inside a
   * dialog, and the action it opens.
   */
  remember(actionId?: string): void;
  /**
   * Gives focus back to what was remembered once the overlay has gone; when that control no longer
   * exists (a save moved the action to another group), to the control that now opens the same
   * action (marked `data-opens-action`), else to `fallback()`.
   */
  restore(fallback: () => HTMLElement | undefined): void;
}

/**
 * Focus return for overlays the app opens and closes by route rather than with a Fluent trigger
 * (the action panel): without it, closing the panel leaves focus on the page body and a keyboard
 * or screen reader user loses their place (WCAG 2.4.3 Focus Order).
 */
export function useFocusReturn(): FocusReturn {
  const opener = React.useRef<HTMLElement | null>(null);
  const action = React.useRef<string | undefined>(undefined);
  return React.useMemo<FocusReturn>(
    () => ({
      remember: (actionId) => {
        const active = typeof document === 'undefined' ? null : document.activeElement;
        // Opening a related action from inside the panel keeps the control that opened the panel first.
        if (active instanceof HTMLElement && active !== document.body && !active.closest('[role="dialog"]')) {
          opener.current = active;
          action.current = actionId;
        }
      },
      restore: (fallback) => {
        const target = opener.current;
        const actionId = action.current;
        opener.current = null;
        action.current = undefined;
        // After the panel has unmounted and the view has re-rendered.
        setTimeout(() => {
          const moved = actionId ? [...document.querySelectorAll<HTMLElement>('[data-opens-action]')].find((e) => e.dataset.opensAction === actionId) : undefined;
          const focusable = target?.isConnected ? target : moved ?? fallback();
          focusable?.focus();
        }, 0);
      }
    }),
    []
  );
}
