/**
 * The sweep as an Azure Functions (Node, programming model v4) timer handler. The deployable
 * function app is functions/sweep (its entry registers this handler with `app.timer`), built by
 * `npm run build:functions`.
 *
 * Application settings, each read as a value: IPT_SITE_URL; IPT_TENANT_ID, IPT_CLIENT_ID,
 * IPT_CERT_THUMBPRINT and IPT_CERT_PRIVATE_KEY (the certificate's private key as PEM text, usually a
 * Key Vault reference, which the platform resolves to the secret's value before the code runs); one
 * setting per webhook secret named in Plan Settings (e.g. IPT_WEBHOOK_LD, the Workflows URL itself,
 * again usually a Key Vault reference); optionally IPT_APP_PAGE_URL (on the plan site) and
 * IPT_TEAMS_APP_ID (cards may link to the Teams tab; Plan Settings' "teamsApp" row takes precedence).
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
