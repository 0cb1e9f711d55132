import * as fs from 'fs'; import * as path from 'path';
import { startEmulator } from '../tools/emulator';
import { createPlanServices } from '../src/data';
import { createSp } from '../src/data/sp/createSp';
import { provisionPlan } from '../src/data/provisioning/provisionPlan';
import { seedSyntheticPlan } from './syntheticPlan';
import { Session } from 'inspector/promises';
(async () => {
  const dataDir = fs.mkdtempSync(path.join('/dev/shm', 'ipt-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  await provisionPlan(createSp({ siteUrl: emulator.siteUrl }));
  seedSyntheticPlan(emulator, { mainActions: 6250, subActionsPerMain: 3 }); await new Promise((r) => setTimeout(r, 200));
  await createPlanServices(createSp({ siteUrl: emulator.siteUrl }), { onProblem: () => undefined }).loadPlan();
  const s = new Session(); s.connect();
  await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 500 }); await s.post('Profiler.start');
  const t = performance.now();
  await createPlanServices(createSp({ siteUrl: emulator.siteUrl }), { onProblem: () => undefined }).loadPlan();
  console.log('load ms', performance.now() - t);
  const { profile } = await s.post('Profiler.stop');
  const nodes = new Map<number, any>(); for (const n of profile.nodes) nodes.set(n.id, n);
  const self = new Map<string, number>(); const dt = profile.timeDeltas!; const samples = profile.samples!;
  for (let k = 0; k < samples.length; k++) { const n = nodes.get(samples[k]); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/work\/main\//, '')}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0)); }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
  await emulator.close();
})();
