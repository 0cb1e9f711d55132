/** The sweep CLI's options, read strictly: a typo or a bad value stops it before it touches the site. */
import { isIsoDate, londonDate } from '../../src/domain';
import { parseArgs } from '../cli/args';
import type { SweepJobOptions } from './sweepJob';

export const SWEEP_USAGE = `Usage: npm run sweep -- --site <site url> [--today YYYY-MM-DD [--allow-far-date]] [--history-days N] [--dry-run]

The scheduled check, and the authority on every Teams card: retries cards the notifications log
holds as failed, finds the slips saves caused in the recent progress history (recording those the
app already posted, by the saver's own receipt, and posting the rest), posts one card per slip
dates caused, and posts digests and reminders when due. Running it again sends nothing new.
Exit code 1 when a card failed (it stays in the log for the next run).

  --site <url>          the plan's SharePoint site
  --today YYYY-MM-DD    the day to rate the plan on (default: today in Europe/London); at most
                        a year before or after the real date
  --allow-far-date      accept a --today further than a year from the real date (every action
                        due before it would slip, and a card would be posted for each)
  --history-days N      days of progress history to read for saves' slips, 0 to 90 (default 7)
  --dry-run             report what would be sent or recorded; claim, write and post nothing

On a tenant it signs in app-only (IPT_TENANT_ID, IPT_CLIENT_ID, IPT_CERT_PRIVATE_KEY_PATH,
IPT_CERT_THUMBPRINT); webhook URLs come from the environment variables Plan Settings names.
Cards link only to the plan site (IPT_APP_PAGE_URL must be on it) and, when IPT_TEAMS_APP_ID is
set, to the app's tab in Teams. Run every sweep as the same identity.`;

/** Longest history window accepted: the sweep reads the history newest first, so more is only slower. */
const MAX_HISTORY_DAYS = 90;

/** `day` moved by whole years, as YYYY-MM-DD (29 February compares as written: still a year away). */
function yearsFrom(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
}

/**
 * Refuses a rating day more than a year from the real date: a mistyped year (9999-12-31) would
 * make every open action overdue and post a card for each.
 */
function refuseFarDay(today: string, realToday: string): void {
  if (today <= yearsFrom(realToday, 1) && today >= yearsFrom(realToday, -1)) return;
  throw new Error(
    `--today ${today} is more than a year from today (${realToday}): rating the plan on it would make many actions slip and post a card for each. ` +
      'Check the date; if you really mean it, add --allow-far-date (try --dry-run first).'
  );
}

/**
 * The job options from the command line. `now` is the real time, against which `--today` is checked.
 * @throws HelpRequested for `--help`; Error with the usage, or the reason a value is refused
 */
export function sweepCliOptions(argv: readonly string[], now: Date = new Date()): SweepJobOptions {
  const { options } = parseArgs(argv, { values: ['site', 'today', 'history-days'], flags: ['dry-run', 'allow-far-date'], usage: SWEEP_USAGE });
  const site = options.get('site');
  const today = options.get('today');
  const days = options.get('history-days');
  if (typeof site !== 'string') throw new Error(SWEEP_USAGE);
  if (today !== undefined && (typeof today !== 'string' || !isIsoDate(today))) throw new Error('--today must be a real day written YYYY-MM-DD.');
  if (typeof today === 'string' && options.get('allow-far-date') !== true) refuseFarDay(today, londonDate(now));
  if (today === undefined && options.get('allow-far-date') === true) throw new Error('--allow-far-date goes with --today: without it the sweep rates the plan on the real date.');
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
