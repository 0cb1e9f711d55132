import * as fs from 'fs';
import * as path from 'path';

/** One measured figure beside its goal. */
export interface BenchFigure {
  name: string;
  /** NaN when the figure could not be measured here (the detail's `skipped` says why). */
  figure: number;
  unit: string;
  /** The goal in words, e.g. "≤ 3 requests". */
  goal: string;
  met: boolean;
  /** Extra facts behind the figure (raw timings, sizes). */
  detail?: Record<string, number | string>;
}

const resultOf = (f: BenchFigure): string => (Number.isNaN(f.figure) ? `not measured: ${String(f.detail?.skipped ?? 'see detail')}` : f.met ? 'met' : 'NOT MET');

/** The figures as a text table: benchmark, figure, goal, result. */
export function formatTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => [f.name, Number.isNaN(f.figure) ? '-' : `${f.figure.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${f.unit}`, f.goal, resultOf(f)]);
  const header = ['benchmark', 'figure', 'goal', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The detail behind each figure, one line per figure, for the console. */
export function formatDetails(figures: readonly BenchFigure[]): string {
  return figures
    .filter((f) => f.detail)
    .map((f) => `${f.name}: ${Object.entries(f.detail ?? {}).map(([k, v]) => `${k}=${v}`).join(', ')}`)
    .join('\n');
}

/** Writes the figures as JSON (git-ignored: bench/results/ is in .gitignore) and returns the file. */
export function writeResults(figures: readonly BenchFigure[], outDir: string, machine: Record<string, string | number>): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'latest.json');
  const json = figures.map((f) => ({ ...f, figure: Number.isNaN(f.figure) ? null : f.figure }));
  fs.writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, figures: json }, null, 2)}\n`);
  return file;
}
