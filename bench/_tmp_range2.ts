import * as fs from 'fs'; import * as path from 'path';
import { startEmulator } from '../tools/emulator';
import { createSp } from '../src/data/sp/createSp';
import { provisionPlan } from '../src/data/provisioning/provisionPlan';
(async () => {
  const dataDir = fs.mkdtempSync(path.join('/dev/shm', 'ipt-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  await provisionPlan(createSp({ siteUrl: emulator.siteUrl }));
  const r = await fetch(`${emulator.siteUrl}/_api/web/lists/getByTitle('Plan%20Actions')/items?$top=5`, { headers: { Accept: 'application/json' } }).catch(e => e);
  console.log(r.status ?? r, r.cause);
  await emulator.close();
})();
