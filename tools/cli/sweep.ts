/**
 * `npm run sweep -- --site <url> [--today YYYY-MM-DD] [--history-days N] [--dry-run]`: the
 * scheduled check, and the authority on every card. Re-rates the plan on the day, finds the slips
 * saves caused in the last days of progress history (recording those the app already posted, by
 * the saver's own receipt, and posting the rest), posts one card per slip dates caused (and
 * digests and reminders when due) to each theme's Teams Workflows webhook, and prints what it
 * sent or would send. Re-running it sends nothing new. Exit code 1 when any card failed (it stays
 * in the log for the next run).
 */
import { runCli } from './args';
import { runSweepJob } from '../sweep/sweepJob';
import { formatSweepReport } from '../sweep/formatReport';
import { sweepCliOptions } from '../sweep/cliOptions';

runCli(async () => {
  const report = await runSweepJob(sweepCliOptions(process.argv.slice(2)));
  console.log(formatSweepReport(report));
  if (report.failed > 0) throw new Error(`${report.failed} card(s) could not be posted; they are logged as Failed and the next sweep retries them.`);
});
