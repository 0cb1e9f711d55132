/**
 * The sweep as an Azure Functions (Node, programming model v4) timer handler. Register it in the
 * function app (which depends on `@azure/functions`; this project does not) as:
 *
 *   app.timer('slippageSweep', { schedule: '0 0 7 * * 1-5', handler: sweepTimerHandler });
 *
 * App settings: IPT_SITE_URL, the certificate credentials of tools/cli/connect.ts, and one
 * Key Vault reference per webhook secret named in Plan Settings (e.g. IPT_WEBHOOK_LD); optionally
 * IPT_APP_PAGE_URL (on the plan site) and IPT_TEAMS_APP_ID (cards may then link to the Teams tab).
 */
import { runSweepJob, type SweepJobOptions } from './sweepJob';
import { formatSweepReport } from './formatReport';

/** The parts of the Functions `InvocationContext` the handler uses. */
export interface TimerContextLike {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** The parts of the Functions `Timer` the handler uses. */
export interface TimerLike {
  isPastDue?: boolean;
}

/** Environment variable holding the plan site's URL. */
export const SITE_URL_ENV = 'IPT_SITE_URL';

/**
 * Runs one sweep (today in Europe/London) and logs the report. Throws when a card failed, so the
 * invocation shows as failed in monitoring; the card itself is safe in the log for the next run.
 */
export async function sweepTimerHandler(timer: TimerLike, context: TimerContextLike, overrides: Partial<SweepJobOptions> = {}): Promise<void> {
  const env = overrides.env ?? process.env;
  const siteUrl = overrides.siteUrl ?? env[SITE_URL_ENV];
  if (!siteUrl) throw new Error(`Set ${SITE_URL_ENV} to the plan site's URL.`);
  if (timer.isPastDue) context.log('The sweep is running late; it catches up on everything since the last run.');
  const report = await runSweepJob({ ...overrides, siteUrl, env });
  context.log(formatSweepReport(report));
  if (report.failed > 0) {
    context.error(`${report.failed} card(s) failed and are logged for the next sweep.`);
    throw new Error(`${report.failed} card(s) failed.`);
  }
}
