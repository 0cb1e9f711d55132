import * as fs from 'fs'; import * as path from 'path';
import { startEmulator } from '../tools/emulator';
import { createSp } from '../src/data/sp/createSp';
import { provisionPlan } from '../src/data/provisioning/provisionPlan';
import { seedSyntheticPlan } from './syntheticPlan';
import { ACTION_SELECT, ACTION_EXPAND } from '../src/data/mapping';
(async () => {
  const dataDir = fs.mkdtempSync(path.join('/dev/shm', 'ipt-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  await provisionPlan(createSp({ siteUrl: emulator.siteUrl }));
  seedSyntheticPlan(emulator, { mainActions: 6250, subActionsPerMain: 3 }); await new Promise((r) => setTimeout(r, 200));
  const base = `${emulator.siteUrl}/_api/web/lists/getByTitle('Plan%20Actions')/items?$select=${ACTION_SELECT.join(',')}&$expand=${ACTION_EXPAND.join(',')}&$top=5000`;
  const time = async (label: string, url: string) => { const t = performance.now(); const r = await fetch(url, { headers: { Accept: 'application/json' } }); const j: any = await r.json(); console.log(label, Math.round(performance.now() - t), 'ms', j.value?.length, r.status); };
  for (let i = 0; i < 2; i++) {
    await time('first page', base);
    await time('skiptoken page 2', `${base}&$skiptoken=${encodeURIComponent('Paged=TRUE&p_ID=5000')}`);
    await time('range 5000-10000', `${base}&$filter=${encodeURIComponent('Id gt 5000 and Id le 10000')}`);
    await time('probe', `${emulator.siteUrl}/_api/web/lists/getByTitle('Plan%20Actions')/items?$select=Id&$orderby=Id%20desc&$top=1`);
  }
  await emulator.close();
})();
