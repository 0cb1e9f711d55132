/** The sweep CLI's options, read strictly: a typo or a bad value stops it before it touches the site. */
import { isIsoDate } from '../../src/domain';
import { parseArgs } from '../cli/args';
import type { SweepJobOptions } from './sweepJob';

export const SWEEP_USAGE = `Usage: npm run sweep -- --site <site url> [--today YYYY-MM-DD] [--history-days N] [--dry-run]

The scheduled check, and the authority on every Teams card: retries cards the notifications log
holds as failed, finds the slips saves caused in the recent progress history (recording those the
app already posted, by the saver's own receipt, and posting the rest), posts one card per slip
dates caused, and posts digests and reminders when due. Running it again sends nothing new.
Exit code 1 when a card failed (it stays in the log for the next run).

  --site <url>          the plan's SharePoint site
  --today YYYY-MM-DD    the day to rate the plan on (default: today in Europe/London)
  --history-days N      days of progress history to read for saves' slips, 0 to 90 (default 7)
  --dry-run             report what would be sent or recorded; claim, write and post nothing

On a tenant it signs in app-only (IPT_TENANT_ID, IPT_CLIENT_ID, IPT_CERT_PRIVATE_KEY_PATH,
IPT_CERT_THUMBPRINT); webhook URLs come from the environment variables Plan Settings names.
Cards link only to the plan site (IPT_APP_PAGE_URL must be on it) and, when IPT_TEAMS_APP_ID is
set, to the app's tab in Teams. Run every sweep as the same identity.`;

/** Longest history window accepted: the sweep reads the history newest first, so more is only slower. */
const MAX_HISTORY_DAYS = 90;

/**
 * The job options from the command line.
 * @throws HelpRequested for `--help`; Error with the usage, or the reason a value is refused
 */
export function sweepCliOptions(argv: readonly string[]): SweepJobOptions {
  const { options } = parseArgs(argv, { values: ['site', 'today', 'history-days'], flags: ['dry-run'], usage: SWEEP_USAGE });
  const site = options.get('site');
  const today = options.get('today');
  const days = options.get('history-days');
  if (typeof site !== 'string') throw new Error(SWEEP_USAGE);
  if (today !== undefined && (typeof today !== 'string' || !isIsoDate(today))) throw new Error('--today must be a real day written YYYY-MM-DD.');
  const historyDays = typeof days === 'string' ? Number(days) : undefined;
  if (historyDays !== undefined && !(Number.isInteger(historyDays) && historyDays >= 0 && historyDays <= MAX_HISTORY_DAYS)) {
    throw new Error(`--history-days must be a whole number of days from 0 to ${MAX_HISTORY_DAYS}.`);
  }
  return {
    siteUrl: site,
    ...(typeof today === 'string' ? { today } : {}),
    ...(historyDays !== undefined ? { historyDays } : {}),
    dryRun: options.get('dry-run') === true
  };
}
