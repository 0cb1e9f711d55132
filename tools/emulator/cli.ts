/**
 * `npm run emulator -- --port <port> --data <dir> [--users <users.json>] [--groups <groups.json>] [--site-owner <login>] [--threshold <n>] [--time-zone <IANA name>] [--sharepoint-admins <logins>] [--no-graph-consent]`
 * `groups.json` maps a site group title to member logins: `{ "Improvement Programme Office": ["pmo@council.example"] }`.
 * Prints the site URL on the first line of stdout, then serves until SIGINT/SIGTERM.
 */
import './quietSqliteWarning';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmulator, type EmulatorUser } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const USAGE = `Usage: npm run emulator -- [--port <n>] [--data <dir>] [--users <users.json>] [--groups <groups.json>] [--site-owner <login>] [--threshold <n>] [--time-zone <IANA name>]

Runs the local SharePoint emulator alone (no demo plan): the site is http://127.0.0.1:<port>/sites/improvement
and the first line printed is its address. It answers as SharePoint Online does on a Teams-connected
site, including its refusals; act as a user with the X-Emulator-User: <login> header.

  --port <n>             port to listen on (default: any free port)
  --data <dir>           where to keep its data (default .emulator-data); restarts keep everything
  --users <file>         JSON array of { login, displayName, email, permission: Read|Contribute|FullControl }
  --groups <file>        JSON object: site group title -> member logins
  --site-owner <login>   the site owner (default: the first FullControl user)
  --threshold <n>        the list view threshold (default 5000)
  --time-zone <name>     the site's regional time zone: Europe/London (default), UTC, Europe/Paris
                         or America/New_York; date-only columns are kept as midnight in it
  --sharepoint-admins <logins>
                         comma-separated logins of the tenant's SharePoint administrators, who alone may
                         set tenant properties on the app catalog /sites/appcatalog (default: the site owner)
  --no-graph-consent     start with the delegated Graph permission ChannelMessage.Send not granted:
                         the Graph stand-in refuses channel posts with 403, as Graph does
                         (switch at run time: POST /_emulator/graph-consent {"granted": true|false})`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const data = arg('data') ?? '.emulator-data';
  const usersFile = arg('users');
  const users = usersFile ? (JSON.parse(readFileSync(resolve(usersFile), 'utf8')) as EmulatorUser[]) : undefined;
  const groupsFile = arg('groups');
  const groups = groupsFile ? (JSON.parse(readFileSync(resolve(groupsFile), 'utf8')) as Record<string, string[]>) : undefined;
  const emu = await startEmulator({
    port: Number(arg('port') ?? 0),
    dataDir: resolve(data),
    users,
    groups,
    siteOwner: arg('site-owner'),
    listViewThreshold: arg('threshold') ? Number(arg('threshold')) : undefined,
    timeZone: arg('time-zone'),
    graphConsent: !process.argv.includes('--no-graph-consent'),
    sharePointAdmins: arg('sharepoint-admins')?.split(',').map((l) => l.trim()).filter(Boolean)
  });
  process.stdout.write(`${emu.siteUrl}\n`);
  process.stdout.write(`SharePoint emulator ready (data: ${resolve(data)}). Control: ${emu.url}/_emulator/health\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}, closing.\n`);
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Emulator failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
