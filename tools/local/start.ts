/**
 * `npm start`: the whole product on this machine, offline: the SharePoint emulator with the demo
 * plan, and the local host page (persona, host and Teams theme switchers around the real app,
 * plus the Teams channel pane). Data is kept in .local-data/ between runs; `--fresh` starts over.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, runCli } from '../cli/args';
import { londonDate } from '../../src/domain';
import { startLocalProduct } from './localProduct';

const DEFAULT_PORT = 4400;

const USAGE = `Usage: npm start [-- options]

Starts the whole product offline: the SharePoint emulator with the demo plan of Northmoor Borough
Council, the local host page (sign in as staff, the programme office, a director or a councillor;
SharePoint page, Teams tab or Teams on a phone; light, dark or high contrast) and the Teams channel
pane. Prints the address to open.

  --port <n>            port to listen on (default ${DEFAULT_PORT}, or $PORT)
  --data <dir>          where the emulator keeps its data (default .local-data)
  --fresh               start over: delete the data and seed the demo again
  --today <YYYY-MM-DD>  the demo's "today", for the data and for the app in the browser`;

runCli(async () => {
  const { options } = parseArgs(process.argv.slice(2), { values: ['port', 'data', 'today'], flags: ['fresh'], usage: USAGE });
  const dataDir = path.resolve(__dirname, '../..', (options.get('data') as string | undefined) ?? '.local-data');
  if (options.get('fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
  const product = await startLocalProduct({
    port: Number(options.get('port') ?? process.env.PORT ?? DEFAULT_PORT),
    dataDir,
    today: (options.get('today') as string | undefined) ?? londonDate(new Date()),
    // With --today the app in the browser lives on that day too; without, it follows the real clock.
    ...(options.get('today') ? { appToday: options.get('today') as string } : {}),
    log: (m) => console.log(m)
  });
  console.log(`\nImprovement Plan Tracker is running.\n\n  Open ${product.url}/\n\n  Emulated SharePoint site: ${product.siteUrl}\n  Teams personal app (root site): ${product.url}/_layouts/15/teamshostedapp.aspx?teams&personal&user=<login>\n  Data: ${dataDir} (kept between runs; npm start -- --fresh starts over)\n\nPress Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void product.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
});
