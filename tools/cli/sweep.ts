/**
 * `npm run sweep -- --site <url> [--today YYYY-MM-DD] [--dry-run]`: the scheduled slippage check.
 * Re-rates the plan on the day, posts one card per new slip (and digests and reminders when due)
 * to each theme's Teams Workflows webhook, and prints what it sent or would send. Re-running it
 * sends nothing new. Exit code 1 when any card failed (it stays in the log for the next run).
 */
import { parseArgs, runCli } from './args';
import { isIsoDate } from '../../src/domain';
import { runSweepJob } from '../sweep/sweepJob';
import { formatSweepReport } from '../sweep/formatReport';

runCli(async () => {
  const { options } = parseArgs(process.argv.slice(2), { values: ['site', 'today'], flags: ['dry-run'] });
  const site = options.get('site');
  const today = options.get('today');
  if (typeof site !== 'string') throw new Error('Usage: npm run sweep -- --site <site url> [--today YYYY-MM-DD] [--dry-run]');
  if (today !== undefined && (typeof today !== 'string' || !isIsoDate(today))) throw new Error('--today must be a real day written YYYY-MM-DD.');
  const report = await runSweepJob({ siteUrl: site, ...(typeof today === 'string' ? { today } : {}), dryRun: options.get('dry-run') === true });
  console.log(formatSweepReport(report));
  if (report.failed > 0) throw new Error(`${report.failed} card(s) could not be posted; they are logged as Failed and the next sweep retries them.`);
});
