/**
 * The scheduled sweep's body, shared by `npm run sweep` and the Azure Functions timer: connect to
 * the plan site (app-only certificate auth against a tenant, nothing for the emulator), then
 * `runSweep` with the SharePoint log, receipts, save history and routing and a Workflows webhook
 * sender whose cards may link only to the plan site and the app in Teams.
 */
import { londonDate } from '../../src/domain';
import { runSweep, type AppLinks, type LinkPolicy, type SweepReport } from '../../src/application/alerts';
import { createPlanServices } from '../../src/data/repositories';
import { createSp } from '../../src/data/sp/createSp';
import { SpAlertReceipts, SpAlertRouting, SpNotificationLog, SpRecordKeepers, SpSaveHistory } from '../../src/data/notifications';
import { fetchPostJson, WorkflowWebhookSender, type RetryEffects } from '../../src/notifications/senders';
import { sharePointActionLink } from '../../src/host/links/actionLinks';
import { connectionFor, isLocalSite } from '../cli/connect';

/** Environment variable naming the page that hosts the app (the base of the cards' links); it must be on the plan site. */
export const APP_PAGE_ENV = 'IPT_APP_PAGE_URL';

/** Environment variable holding the app's Teams id, when cards may link to its tab in Teams. */
export const TEAMS_APP_ENV = 'IPT_TEAMS_APP_ID';

/** Options of {@link runSweepJob}. */
export interface SweepJobOptions {
  /** The plan site. */
  siteUrl: string;
  /** Rating day `YYYY-MM-DD`; default: today in Europe/London. */
  today?: string;
  dryRun?: boolean;
  /** Where secrets come from: the credentials of connect.ts and each `webhookSecretName`. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  fetchFn?: typeof fetch;
  now?: () => Date;
  /** Back-off overrides (tests inject a sleep). */
  retry?: RetryEffects;
  /** Lease for stale claims. */
  leaseMs?: number;
  /** Days of progress history read for slips saves caused; default seven. */
  historyDays?: number;
  /** How long to wait for the app's receipt of a save's card; default two minutes. */
  receiptGraceMs?: number;
}

/**
 * Where cards may link: the plan site, and the app's tabs in Teams channels when its id is known:
 * the one Plan Settings records (`teamsApp`, which the cards' tab links are built with), else
 * IPT_TEAMS_APP_ID.
 */
export function linkPolicy(siteUrl: string, env: NodeJS.ProcessEnv, recordedTeamsAppId?: string): LinkPolicy {
  const teamsAppId = recordedTeamsAppId ?? env[TEAMS_APP_ENV];
  return { siteUrl, ...(teamsAppId ? { teamsAppId } : {}) };
}

/** Links into the app: the hosting page with the app's route in the query string. */
export function appLinks(siteUrl: string, env: NodeJS.ProcessEnv): AppLinks {
  const local = isLocalSite(siteUrl);
  const page = env[APP_PAGE_ENV] ?? (local ? `${new URL(siteUrl).origin}/` : `${siteUrl.replace(/\/$/, '')}/SitePages/Improvement-Plan.aspx`);
  return {
    action: (actionId) => sharePointActionLink(page, actionId),
    plan: (themeCode) => {
      const url = new URL(page);
      if (themeCode) {
        url.searchParams.set('view', 'theme');
        url.searchParams.set('theme', themeCode);
      }
      return url.toString();
    }
  };
}

/**
 * The webhook URL of a target: the environment variable it names; against the emulator, when
 * that is unset, the emulator's recording endpoint `/_emulator/workflows/<theme code>`.
 */
export function webhookUrlResolver(siteUrl: string, env: NodeJS.ProcessEnv) {
  const local = isLocalSite(siteUrl);
  const origin = new URL(siteUrl).origin;
  return (target: { webhookSecretName: string; themeCode: string }): string | undefined =>
    env[target.webhookSecretName] || (local ? `${origin}/_emulator/workflows/${encodeURIComponent(target.themeCode)}` : undefined);
}

/** Runs one sweep against `siteUrl` and returns its report. */
export async function runSweepJob(options: SweepJobOptions): Promise<SweepReport> {
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  const sp = createSp(await connectionFor(options.siteUrl, { env }));
  const services = createPlanServices(sp, { now, onProblem: () => undefined });
  const routing = new SpAlertRouting(sp);
  const recordedAppId = (await routing.readRouting()).teamsApp?.appId;
  const sender = new WorkflowWebhookSender({
    postJson: fetchPostJson(options.fetchFn ?? fetch),
    urlFor: webhookUrlResolver(options.siteUrl, env),
    links: linkPolicy(options.siteUrl, env, recordedAppId),
    ...(options.retry ? { retry: options.retry } : {})
  });
  // Whoever runs the sweep keeps the log, with the programme office.
  const keepers = new SpRecordKeepers(sp);
  const report = await runSweep(
    { today: options.today ?? londonDate(now()), dryRun: options.dryRun === true },
    {
      plan: services,
      actions: services,
      log: new SpNotificationLog(sp, keepers),
      history: new SpSaveHistory(sp),
      receipts: new SpAlertReceipts(sp),
      sender,
      routing,
      links: appLinks(options.siteUrl, env),
      now,
      ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
      ...(options.historyDays !== undefined ? { historyWindowMs: options.historyDays * 24 * 60 * 60 * 1000 } : {}),
      ...(options.receiptGraceMs !== undefined ? { receiptGraceMs: options.receiptGraceMs } : {})
    }
  );
  return { ...report, problems: [...report.problems, ...keepers.problems()] };
}
