import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import type { BenchFigure } from './report';

const INITIAL_CHUNK_GOAL_BYTES = 120 * 1024;
/** The web part's bundle name in config/config.json: the chunk SharePoint loads first. */
const INITIAL_PREFIX = 'improvement-plan-web-part';
/** Strings only the export libraries contain (they survive minification): they must stay out of the initial chunk. */
const EXPORT_LIBRARY_MARKERS = ['ExcelJS', 'WorkbookWriter', 'xl/workbook.xml', 'w:document', 'word/document.xml'];

interface ShipFile {
  name: string;
  read(): Promise<Buffer>;
}

/** The ship build's JavaScript files: temp/deploy or dist after `npm run ship`, else inside the .sppkg. */
async function shipFiles(root: string): Promise<{ source: string; files: ShipFile[] } | undefined> {
  for (const dir of ['temp/deploy', 'dist']) {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) continue;
    const names = fs.readdirSync(abs).filter((f) => f.endsWith('.js'));
    if (names.some((f) => f.startsWith(INITIAL_PREFIX))) return { source: dir, files: names.map((name) => ({ name, read: async () => fs.readFileSync(path.join(abs, name)) })) };
  }
  const solution = path.join(root, 'sharepoint', 'solution');
  const sppkg = fs.existsSync(solution) ? fs.readdirSync(solution).find((f) => f.endsWith('.sppkg')) : undefined;
  if (!sppkg) return undefined;
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(solution, sppkg)));
  const entries = Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.js'));
  return { source: `sharepoint/solution/${sppkg}`, files: entries.map((e) => ({ name: path.basename(e.name), read: () => e.async('nodebuffer') })) };
}

/**
 * The production web part's initial chunk (the bundle SharePoint loads first), gzipped, with the
 * export libraries in lazily loaded chunks. Reads the output of `npm run ship` and never builds:
 * without a ship build the table says so instead of failing.
 */
export async function measureBundle(root: string): Promise<BenchFigure[]> {
  const name = 'initial chunk of the production bundle (gzip)';
  const goal = '≤ 120 KB, exceljs and docx outside it';
  const found = await shipFiles(root);
  const initial = found?.files.find((f) => f.name.startsWith(INITIAL_PREFIX));
  if (!found || !initial) {
    return [{ name, figure: Number.NaN, unit: 'KB', goal, met: false, detail: { skipped: 'no ship build (temp/deploy, dist or .sppkg): run npm run ship, then npm run bench -- --only bundle' } }];
  }
  const text = await initial.read();
  const gzip = zlib.gzipSync(text, { level: 9 }).length;
  const leaked = EXPORT_LIBRARY_MARKERS.filter((m) => text.includes(m));
  const others = found.files.filter((f) => f !== initial && !f.name.startsWith('ImprovementPlanWebPartStrings'));
  const exportChunks: string[] = [];
  for (const f of others) {
    const body = await f.read();
    if (EXPORT_LIBRARY_MARKERS.some((m) => body.includes(m))) exportChunks.push(f.name);
  }
  return [
    {
      name,
      figure: gzip / 1024,
      unit: 'KB',
      goal,
      met: gzip <= INITIAL_CHUNK_GOAL_BYTES && leaked.length === 0,
      detail: {
        source: found.source,
        file: initial.name,
        rawBytes: text.length,
        gzipBytes: gzip,
        lazyChunks: others.length,
        exportMarkersInInitial: leaked.join(',') || 'none',
        chunksWithExportLibraries: exportChunks.join(',') || 'none'
      }
    }
  ];
}
