import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchFigure } from './report';
import { median } from './measure';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Bundles the page (production React, minified, as users get it) into a temporary folder. */
async function buildPage(outDir: string): Promise<string> {
  await build({
    entryPoints: [path.join(__dirname, 'themeRender', 'page.tsx')],
    outfile: path.join(outDir, 'page.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    minify: true,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning'
  });
  const html = path.join(outDir, 'index.html');
  fs.writeFileSync(html, '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head><body><div id="root"></div><script src="page.js"></script></body></html>');
  return pathToFileURL(html).toString();
}

/**
 * The theme view (inside AppFrame and FluentProvider) rendering a theme of `rows` actions,
 * against a plain React HTML table of the same rows, in headless Chromium: each run in a fresh
 * page, timed from just before `ReactDom.render` to the first frame after it. Goal: at most 2×.
 */
export async function measureThemeRender(rows: number, runs: number): Promise<BenchFigure[]> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    return [{ name: `theme view, ${rows.toLocaleString('en-GB')} rows, vs plain table`, figure: Number.NaN, unit: '× table', goal: '≤ 2 × plain table', met: false, detail: { skipped: `no Chromium at ${CHROMIUM_PATH}` } }];
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-bench-render-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const url = await buildPage(outDir);
    const times: Record<'theme' | 'table', number[]> = { theme: [], table: [] };
    const domRows: Record<'theme' | 'table', number> = { theme: 0, table: 0 };
    // One untimed run of each warms the browser's code cache for the bundle.
    for (let run = -1; run < runs; run++) {
      for (const variant of run % 2 === 0 ? (['theme', 'table'] as const) : (['table', 'theme'] as const)) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${url}?variant=${variant}&rows=${rows}`);
        const result = await page.evaluate(() => window.runBench());
        await page.close();
        if (run < 0) continue;
        times[variant].push(result.ms);
        domRows[variant] = result.rowsInDom;
      }
    }
    const ratio = median(times.theme) / median(times.table);
    return [
      {
        name: `theme view, ${rows.toLocaleString('en-GB')} rows, vs plain table`,
        figure: ratio,
        unit: '× table',
        goal: '≤ 2 × plain table',
        met: ratio <= 2,
        detail: {
          themeMedianMs: Math.round(median(times.theme)),
          tableMedianMs: Math.round(median(times.table)),
          // The grid renders only the rows near the visible area; the plain table renders all.
          themeRowsInDom: domRows.theme,
          tableRowsInDom: domRows.table,
          runs
        }
      }
    ];
  } finally {
    await browser.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
