/**
 * `npm run bench`: every speed and size goal, measured, printed beside its goal, and written to
 * bench/results/latest.json (git-ignored). Benchmarks never run inside the test suite (no timed
 * tests). Options:
 *
 *   --only planLoad,planLoadLarge,themeRender,phoneLoad,bundle,sweep
 *                                                            run only these (default: all)
 *   --runs <n>                                               timed runs per comparison (default 5; demo-size
 *                                                            plan load 3n, 25,000-action load at most 3,
 *                                                            theme render at least 7)
 *
 * The bundle figure reads an existing `npm run ship` output and never builds one.
 */
import '../tools/emulator/quietSqliteWarning';
import * as os from 'os';
import * as path from 'path';
import { measureBundle } from './bundleSize';
import { measurePhoneLoad } from './phoneLoad';
import { measurePlanLoad } from './planLoad';
import { formatDetails, formatTable, writeResults, type BenchFigure } from './report';
import { measureSweep } from './sweep';
import { measureThemeRender } from './themeRender';

const root = path.resolve(__dirname, '..');

/** Every benchmark by the name `--only` takes. */
const BENCHMARKS: Record<string, (runs: number) => Promise<BenchFigure[]>> = {
  // A demo-size load takes a few hundred milliseconds, so more runs keep one slow run from deciding it.
  planLoad: (runs) => measurePlanLoad('plan load, demo size (400 actions, 1,200 sub-actions)', { mainActions: 400, subActionsPerMain: 3 }, runs * 3),
  planLoadLarge: (runs) => measurePlanLoad('plan load, 25,000 actions', { mainActions: 6250, subActionsPerMain: 3 }, Math.min(runs, 3)),
  themeRender: (runs) => measureThemeRender(2000, Math.max(runs, 7)),
  // Each load over the emulated link takes seconds, so fewer runs keep the bench short.
  phoneLoad: (runs) => measurePhoneLoad(Math.max(3, Math.ceil(runs / 2))),
  bundle: () => measureBundle(root),
  sweep: () => measureSweep([5000, 10000, 25000])
};

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const USAGE = `Usage: npm run bench [-- --only <names>] [--runs <n>]

Measures speed and size against their goals and prints a table; writes the same figures to
bench/results/latest.json. Never part of npm test.

  --only <names>   comma-separated: ${Object.keys(BENCHMARKS).join(', ')} (default: all)
  --runs <n>       timed runs per figure (default 5)`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const only = option('only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? Object.keys(BENCHMARKS);
  const unknown = only.filter((n) => !BENCHMARKS[n]);
  if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}.`);
  const runs = Number(option('runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1.');
  const figures: BenchFigure[] = [];
  for (const name of only) {
    const started = performance.now();
    console.log(`Measuring ${name}…`);
    figures.push(...(await BENCHMARKS[name](runs)));
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage1m: Number(os.loadavg()[0].toFixed(2)) };
  const file = writeResults(figures, path.join(root, 'bench', 'results'), machine);
  console.log(`\n${formatTable(figures)}\n\n${formatDetails(figures)}\n\nWritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
