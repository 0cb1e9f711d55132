/**
 * `npm run report -- <cabinet|return|business-cases|monitoring> --site <url> --period YYYY-MM --out <file> [--user <login>] [--today YYYY-MM-DD]`:
 * writes a report document from the command line, for a scheduled job. For a closed period it is
 * built from the period's snapshot (what was reported then); for the period open today, from
 * today's plan. The kinds are in `reportKinds.ts`.
 * Exit codes: 0 written, 1 the period was never closed (nothing to report), 2 bad arguments,
 * 3 the site could not be read, 4 the file could not be written.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, readArgsOrExit, runExitCodeCommand, siteOption } from './args';
import { connectionFor } from './connect';
import { explainCliError } from './explainError';
import { REPORT_KINDS, type ReportContext, type ReportKind } from './reportKinds';
import { createPlanServices } from '../../src/data';
import { createSp } from '../../src/data/sp/createSp';
import { SpSnapshotStore } from '../../src/data/snapshots';
import { closedBefore, planAsAt, type ClosedPeriod, type StoredSnapshot } from '../../src/application/periods';
import { formatUkDate, isInPeriod, isIsoDate, londonDate, parsePeriodId, takeSnapshot, type BusinessCaseRecord, type IsoDate, type Plan, type ReportingPeriod } from '../../src/domain';

const KIND_NAMES = Object.keys(REPORT_KINDS);

export const REPORT_USAGE = [
  `Usage: npm run report -- <${KIND_NAMES.join('|')}> --site <site url> --period YYYY-MM --out <file> [--user <login>] [--today YYYY-MM-DD]`,
  '',
  'Writes a report document, for a scheduled job:',
  ...KIND_NAMES.map((name) => `  ${name.padEnd(16)} ${REPORT_KINDS[name].label} (${REPORT_KINDS[name].build ? REPORT_KINDS[name].extension : 'not available in this build'})`),
  '',
  'A closed period is reported from its snapshot, what was reported then; the period open today',
  'from today’s plan. Any other period was never closed, so there is nothing to report.',
  '',
  '  --site <url>       the plan site (an emulator URL needs no credentials)',
  '  --period <period>  the reporting period, e.g. 2026-11',
  '  --out <file>       where to write the document; it must end in the kind’s extension',
  '  --today <date>     the day the document is prepared (Europe/London); today by default',
  '  --user <login>     on the emulator, the person to act as',
  '  --help, -h         show this text',
  '',
  'Exit codes: 0 written, 1 the period was never closed (nothing to report), 2 bad arguments',
  '(including a kind this build does not carry), 3 the site could not be read, 4 the file could not be written.'
].join('\n');

/** Exit codes of the command. */
export const EXIT = { written: 0, nothingToReport: 1, badArguments: 2, unreadable: 3, unwritable: 4 } as const;

interface ReportOptions {
  kind: ReportKind;
  kindName: string;
  site: string;
  period: ReportingPeriod;
  out: string;
  today: IsoDate;
  user?: string;
}

function readOptions(argv: readonly string[], now: Date): ReportOptions {
  const { options, positionals } = parseArgs(argv, { values: ['site', 'period', 'out', 'user', 'today'], flags: [], usage: REPORT_USAGE });
  const [kindName, ...rest] = positionals;
  if (kindName === undefined) throw new Error(`Say which document to write: ${KIND_NAMES.join(', ')}.`);
  const kind = REPORT_KINDS[kindName];
  if (!kind) throw new Error(`"${kindName}" is not a kind of report. Choose one of: ${KIND_NAMES.join(', ')}.`);
  if (!kind.build) throw new Error(kind.unavailable ?? `${kind.label} cannot be written by this build.`);
  if (rest.length) throw new Error(`Unexpected argument "${rest[0]}".`);
  const site = siteOption(options.get('site'));
  const periodId = options.get('period');
  if (typeof periodId !== 'string') throw new Error('--period is needed: the reporting period, such as 2026-11.');
  const period = parsePeriodId(periodId);
  if (!period.ok) throw new Error(`--period must be a reporting period such as 2026-11, not ${periodId}.`);
  const out = options.get('out');
  if (typeof out !== 'string') throw new Error(`--out is needed: the file to write ${kind.label} to.`);
  if (!out.toLowerCase().endsWith(kind.extension)) throw new Error(`--out must end in ${kind.extension} for ${kind.label}, not ${out}.`);
  const today = options.get('today') ?? londonDate(now);
  if (!isIsoDate(today)) throw new Error(`--today must be a day written YYYY-MM-DD, not ${String(today)}.`);
  const user = options.get('user');
  return { kind, kindName, site, period: period.value, out, today, ...(typeof user === 'string' ? { user } : {}) };
}

interface SiteRead {
  plan: Plan;
  readBusinessCases(): Promise<BusinessCaseRecord[]>;
  stored?: StoredSnapshot;
  previous?: StoredSnapshot;
}

async function readSite(options: ReportOptions, err: (line: string) => void): Promise<SiteRead> {
  const sp = createSp(await connectionFor(options.site, { actingUser: options.user }));
  const problems: string[] = [];
  const services = createPlanServices(sp, { now: () => new Date(`${options.today}T12:00:00Z`), onProblem: (p) => problems.push(p.message) });
  const plan = (await services.loadPlan()).plan;
  const cases = services.businessCases;
  // Cases belong to today's actions: read for every action with its lead and delegates, who alone write them.
  const readBusinessCases = (): Promise<BusinessCaseRecord[]> =>
    cases ? cases.readAllBusinessCases(plan.actions.map((a) => ({ id: a.id, code: a.code, ...(a.lead ? { lead: a.lead } : {}), ...(a.delegates ? { delegates: a.delegates } : {}) }))) : Promise.resolve([]);
  for (const problem of new Set(problems)) err(`Note: ${problem}`);
  const store = new SpSnapshotStore(sp);
  const periods: ClosedPeriod[] = await store.listClosedPeriods();
  const stored = periods.some((p) => p.periodId === options.period.id) ? await store.loadSnapshot(options.period.id) : undefined;
  const before = closedBefore(periods, options.period.id);
  const previous = before ? await store.loadSnapshot(before.periodId) : undefined;
  return { plan, readBusinessCases, ...(stored ? { stored } : {}), ...(previous ? { previous } : {}) };
}

/** Runs the command; returns the exit code. `out` receives what was written, `err` problems. */
export async function reportCommand(argv: readonly string[], out: (line: string) => void, err: (line: string) => void = out, now: Date = new Date()): Promise<number> {
  const read = readArgsOrExit(() => readOptions(argv, now), REPORT_USAGE, out, err);
  if ('exitCode' in read) return read.exitCode;
  const options: ReportOptions = read.value;
  const { period, today } = options;
  let site: SiteRead;
  try {
    site = await readSite(options, err);
  } catch (error) {
    err(`The plan at ${options.site} could not be read.\n${explainCliError(error)}`);
    return EXIT.unreadable;
  }
  const open = isInPeriod(period, today);
  if (!site.stored && !open) {
    err(
      period.start > today
        ? `${period.label} has not started yet (today is ${formatUkDate(today)}), so there is nothing to report.`
        : `${period.label} was never closed, so there is no record of what was reported then. Close it in the app’s Reports view, or report the period open today.`
    );
    return EXIT.nothingToReport;
  }
  const context: ReportContext = {
    plan: site.stored ? planAsAt(site.plan, site.stored) : site.plan,
    period,
    snapshot: site.stored ? site.stored.snapshot : takeSnapshot(site.plan.actions, period, today),
    today,
    readBusinessCases: site.readBusinessCases,
    ...(site.previous ? { previous: { label: site.previous.period.label, snapshot: site.previous.snapshot } } : {})
  };
  const bytes = await (options.kind.build as NonNullable<ReportKind['build']>)(context);
  try {
    writeFileSync(options.out, bytes);
  } catch (error) {
    err(`${options.out} could not be written: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unwritable;
  }
  const source = site.stored ? `as closed on ${formatUkDate(londonDate(new Date(site.stored.period.closedAt)))}` : `from today’s plan (${formatUkDate(today)})`;
  out(`Wrote ${options.kind.label} for ${period.label}, ${source}, to ${options.out}.`);
  return EXIT.written;
}

if (require.main === module) runExitCodeCommand(reportCommand, EXIT.unreadable);
