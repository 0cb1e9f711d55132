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

/**
 * The clock of the local harness: when the local product was started with a fixed day
 * (`npm start -- --today 2026-11-23`, and every browser test) its page says so in a meta tag, and
 * the app lives on that day at the real time of day, so its ratings match the data's. Without the
 * tag: undefined, and the app uses the real clock.
 */
export function localHarnessClock(doc: Pick<Document, 'querySelector'>, realNow: () => Date = () => new Date()): (() => Date) | undefined {
  const day = doc.querySelector('meta[name="ipt-local-today"]')?.getAttribute('content') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return () => new Date(`${day}T${realNow().toISOString().slice(11)}`);
}
