/**
 * The local harness (tools/local) frames the standalone host and imitates Teams' theme changes
 * with window messages. Only messages from the harness's own origin are accepted.
 */
export const THEME_MESSAGE = 'ipt:teams-theme';

/** Calls `listener` when the harness switches the imitated Teams theme. */
export function onHarnessThemeChange(listener: (theme: string) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== window.location.origin) return;
    const data = event.data as { type?: string; theme?: unknown } | undefined;
    if (data?.type === THEME_MESSAGE && typeof data.theme === 'string') listener(data.theme);
  });
}
