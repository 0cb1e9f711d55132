import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { BenchFigure } from './report';

const INITIAL_CHUNK_GOAL_BYTES = 150 * 1024;
/** Strings that only the export libraries contain: they must stay out of the initial chunk. */
const EXPORT_LIBRARY_MARKERS = ['ExcelJS', 'WorkbookWriter', 'docx.Document', 'w:document'];

/**
 * The production web part's initial chunk (the bundle SharePoint loads first), gzipped.
 * Reads dist/ from `npm run ship`; the export libraries must live in lazily loaded chunks.
 */
export function measureBundle(root: string): BenchFigure[] {
  const dist = path.join(root, 'dist');
  const files = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  const initial = files.find((f) => f.startsWith('improvement-plan-web-part'));
  if (!initial) throw new Error('No production bundle in dist/: run npm run ship first (bench does this when dist/ is missing).');
  const text = fs.readFileSync(path.join(dist, initial));
  const gzip = zlib.gzipSync(text, { level: 9 }).length;
  const leaked = EXPORT_LIBRARY_MARKERS.filter((m) => text.includes(m));
  const lazy = files.filter((f) => f !== initial && !f.startsWith('ImprovementPlanWebPartStrings'));
  return [
    {
      name: 'initial chunk (gzip)',
      figure: Math.round(gzip / 1024),
      unit: 'KB',
      goal: '≤ 150 KB, export libraries outside it',
      met: gzip <= INITIAL_CHUNK_GOAL_BYTES && leaked.length === 0,
      detail: { file: initial, rawBytes: text.length, gzipBytes: gzip, lazyChunks: lazy.length, exportMarkersInInitial: leaked.join(',') || 'none' }
    }
  ];
}
