/**
 * `npm run bench`: every speed and size goal, measured, printed beside its goal, and written to
 * bench/results/latest.json. Benchmarks never run inside the test suite (no timed tests).
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { measureBundle } from './bundleSize';
import { measurePlanLoad } from './planLoad';
import { reportFigures, type BenchFigure } from './report';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const figures: BenchFigure[] = [];
  figures.push(...(await measurePlanLoad('demo size (400 actions, 1,200 sub-actions)', { mainActions: 400, subActionsPerMain: 3 })));
  figures.push(...(await measurePlanLoad('large plan (25,000 actions)', { mainActions: 6250, subActionsPerMain: 3 })));
  if (!fs.existsSync(path.join(root, 'dist'))) {
    console.log('No production bundle yet: running npm run ship…');
    const ship = spawnSync('npm', ['run', 'ship'], { cwd: root, stdio: 'inherit' });
    if (ship.status !== 0) throw new Error('npm run ship failed, so the bundle cannot be measured.');
  }
  figures.push(...measureBundle(root));
  console.log(`\n${reportFigures(figures, path.join(root, 'bench', 'results'))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
