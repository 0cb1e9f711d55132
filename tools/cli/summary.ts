/**
 * `npm run summary -- --site <url> [--today YYYY-MM-DD] [--as-at YYYY-MM] [--json] [--user <login>]`:
 * the plan's figures as the app shows them, for scripts and for checking: per theme its rating,
 * roll-up method and actions by rating; per action its rating and status. As at a closed period
 * the figures are the period's snapshot, what was reported then.
 * Exit codes: 0 printed, 1 the period asked for was never closed, 2 bad arguments, 3 the site could not be read.
 */
import { parseArgs, readArgsOrExit, runExitCodeCommand, siteOption } from './args';
import { connectionFor } from './connect';
import { createPlanServices } from '../../src/data';
import { createSp } from '../../src/data/sp/createSp';
import { SpSnapshotStore } from '../../src/data/snapshots';
import { summariseAsAt, summariseToday, type PlanSummary } from '../../src/application/summary';
import { isIsoDate, londonDate, parsePeriodId, type IsoDate, type Plan } from '../../src/domain';
import type { StoredSnapshot } from '../../src/application/periods';

export const SUMMARY_USAGE = [
  'Usage: npm run summary -- --site <site url> [--today YYYY-MM-DD] [--as-at YYYY-MM] [--json] [--user <login>]',
  '',
  'Prints the plan’s figures as the app shows them: each theme’s rating, the roll-up method that',
  'gave it and its actions by rating; each action’s rating and status.',
  '',
  '  --site <url>       the plan site (an emulator URL needs no credentials)',
  '  --today <date>     the day to rate the plan on (Europe/London); today by default',
  '  --as-at <period>   a closed period (2026-08): the figures its snapshot recorded, what was reported then',
  '  --json             print {"period","themes":[{"code","name","rating","method","counts"}],"actions":[{"code","rating","status"}]}',
  '  --user <login>     on the emulator, the person to act as',
  '  --help, -h         show this text',
  '',
  'Exit codes: 0 printed, 1 the period asked for was never closed, 2 bad arguments, 3 the site could not be read.'
].join('\n');

/** Exit codes of the command. */
export const EXIT = { printed: 0, notClosed: 1, badArguments: 2, unreadable: 3 } as const;

interface SummaryOptions {
  site: string;
  today: IsoDate;
  asAt?: string;
  json: boolean;
  user?: string;
}

function readOptions(argv: readonly string[], now: Date): SummaryOptions {
  const { options, positionals } = parseArgs(argv, { values: ['site', 'today', 'as-at', 'user'], flags: ['json'], usage: SUMMARY_USAGE });
  const site = siteOption(options.get('site'));
  if (positionals.length) throw new Error(`Unexpected argument "${positionals[0]}".`);
  const today = options.get('today') ?? londonDate(now);
  if (!isIsoDate(today)) throw new Error(`--today must be a day written YYYY-MM-DD, not ${String(today)}.`);
  const asAt = options.get('as-at');
  if (asAt !== undefined && (typeof asAt !== 'string' || !parsePeriodId(asAt).ok)) throw new Error(`--as-at must be a reporting period such as 2026-08, not ${String(asAt)}.`);
  const user = options.get('user');
  return { site, today, json: options.get('json') === true, ...(typeof asAt === 'string' ? { asAt } : {}), ...(typeof user === 'string' ? { user } : {}) };
}

function summaryLines(summary: PlanSummary, heading: string): string[] {
  const counted = (counts: Readonly<Record<string, number>>): string =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([rating, n]) => `${n} ${rating}`)
      .join(', ') || 'no actions';
  return [
    heading,
    ...summary.themes.map((t) => `${t.code} ${t.name}: ${t.rating} (${t.method}); ${counted(t.counts)}`),
    `${summary.actions.length} actions.`
  ];
}

/** Runs the command; returns the exit code. `out` receives the figures, `err` problems. */
export async function summaryCommand(argv: readonly string[], out: (line: string) => void, err: (line: string) => void = out, now: Date = new Date()): Promise<number> {
  const read = readArgsOrExit(() => readOptions(argv, now), SUMMARY_USAGE, out, err);
  if ('exitCode' in read) return read.exitCode;
  const options: SummaryOptions = read.value;
  let plan: Plan;
  let stored: StoredSnapshot | undefined;
  try {
    const sp = createSp(await connectionFor(options.site, { actingUser: options.user }));
    const problems: string[] = [];
    plan = (await createPlanServices(sp, { now: () => new Date(`${options.today}T12:00:00Z`), onProblem: (p) => problems.push(p.message) }).loadPlan()).plan;
    if (options.asAt) stored = await new SpSnapshotStore(sp).loadSnapshot(options.asAt);
    for (const problem of new Set(problems)) err(`Note: ${problem}`);
  } catch (error) {
    err(`The plan at ${options.site} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unreadable;
  }
  if (options.asAt && !stored) {
    const parsed = parsePeriodId(options.asAt);
    err(`${parsed.ok ? parsed.value.label : options.asAt} has not been closed, so there is no record of the plan as at it.`);
    return EXIT.notClosed;
  }
  const summary = stored ? summariseAsAt(plan, stored) : summariseToday(plan, options.today);
  if (options.json) out(JSON.stringify(summary, null, 2));
  else for (const line of summaryLines(summary, stored ? `${plan.name}, as at ${stored.period.label}:` : `${plan.name} on ${options.today}:`)) out(line);
  return EXIT.printed;
}

if (require.main === module) runExitCodeCommand(summaryCommand, EXIT.unreadable);
