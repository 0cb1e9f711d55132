import * as fs from 'fs';
import * as path from 'path';

/** One measured figure beside its goal. */
export interface BenchFigure {
  name: string;
  figure: number;
  unit: string;
  /** The goal in words, e.g. "≤ 3 requests". */
  goal: string;
  met: boolean;
  /** Extra facts behind the figure (raw timings, sizes). */
  detail?: Record<string, number | string>;
}

/** Prints the figures as a table and writes them as JSON to bench/results/latest.json. */
export function reportFigures(figures: BenchFigure[], outDir: string): string {
  const rows = figures.map((f) => [f.name, `${f.figure.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${f.unit}`, f.goal, f.met ? 'met' : 'NOT MET']);
  const header = ['benchmark', 'figure', 'goal', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  const table = [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'latest.json');
  fs.writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2));
  return `${table}\n\nWritten to ${path.relative(process.cwd(), file)}`;
}
