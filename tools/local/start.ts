/**
 * `npm start`: the whole product on this machine, offline.
 *  1. the local SharePoint emulator (site at /sites/improvement), storing in .local-data/
 *  2. the plan's lists provisioned through the real PnPjs provisioning code
 *  3. the demo plan seeded on first start (the data survives restarts)
 *  4. the local host page: persona, host and Teams theme switchers around the real app,
 *     and a Teams channel pane that shows the cards the app and the sweep post
 */
import * as fs from 'fs';
import * as path from 'path';
import { startEmulator } from '../emulator';
import { parseArgs, runCli } from '../cli/args';
import { createSp } from '../../src/data/sp/createSp';
import { provisionPlan } from '../../src/data/provisioning/provisionPlan';
import { buildDemoPlan } from '../demo/demoPlan';
import { isPlanSeeded, seedDemoPlan } from './seedDemoPlan';
import { buildHost } from './buildHost';
import { hostRoutes } from './hostRoutes';
import { londonDate } from '../../src/domain';

const DEFAULT_PORT = 4400;

runCli(async () => {
  const { options } = parseArgs(process.argv.slice(2), { values: ['port', 'data', 'today'], flags: ['fresh'] });
  const root = path.resolve(__dirname, '../..');
  const dataDir = path.resolve(root, (options.get('data') as string | undefined) ?? '.local-data');
  if (options.get('fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const today = (options.get('today') as string | undefined) ?? londonDate(new Date());
  const demo = buildDemoPlan({ today });

  console.log('Building the local host…');
  const buildDir = path.join(dataDir, 'host-build');
  await buildHost(buildDir);

  const port = Number(options.get('port') ?? process.env.PORT ?? DEFAULT_PORT);
  const owner = demo.users.find((u) => u.persona === 'owner') ?? demo.users[0];
  const emulator = await startEmulator({
    port,
    dataDir,
    users: demo.users.map(({ login, displayName, email, permission }) => ({ login, displayName, email, permission })),
    siteOwner: owner.login,
    extraRoutes: hostRoutes({ buildDir, personas: demo.users })
  });

  const sp = createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': owner.login } });
  const report = await provisionPlan(sp);
  if (report.listsCreated.length) console.log(`Provisioned ${report.listsCreated.length} lists.`);
  if (!(await isPlanSeeded(sp))) {
    console.log('Seeding the demo plan (first start only)…');
    const seeded = await seedDemoPlan(sp, demo, (m) => console.log(`  ${m}`));
    console.log(`Seeded: ${Object.entries(seeded.created).map(([k, n]) => `${n} ${k}`).join(', ')}.`);
  }

  console.log(`\nImprovement Plan Tracker is running.\n\n  Open ${emulator.url}/\n\n  SharePoint site (emulated): ${emulator.siteUrl}\n  Data: ${dataDir}\n\nPress Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void emulator.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
});
