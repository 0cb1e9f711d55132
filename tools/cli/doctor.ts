/**
 * `npm run doctor -- --site <url>`: checks a plan site and says what to fix, naming the command.
 * Read-only. Exits 0 when everything checked is right, 1 when something needs fixing, 2 on bad
 * arguments.
 */
import { HelpRequested, parseArgs } from './args';
import { explainCliError } from './explainError';
import { connectionFor } from './connect';
import { createSp } from '../../src/data/sp/createSp';
import { checkSite, type DoctorFinding } from '../../src/data/diagnostics/siteDoctor';
import { SpAlertRouting } from '../../src/data/notifications';

const USAGE = `Usage: npm run doctor -- --site <site url> [--user <login>]

Checks what it can reach on the plan site and says what to fix, naming the command:
  - every plan list and column, under the internal name the app reads
  - each list's permissions against the permission model (see "Who may do what" in the README)
  - every action's progress item, and the programme office group and its members
  - the site's regional time zone, which dates are read in
  - that each webhook secret the alert routing names is set for the sweep (by name; values are not shown)
  - that the tenant property ImprovementPlanSiteUrl names this site (the personal app and channel
    tabs with a blank "Plan site URL" open the plan it names)
It changes nothing. Exit code 0: all good; 1: something to fix; 2: bad arguments.

  --site <url>     the plan's SharePoint site
  --user <login>   against the local emulator only: act as this demo user (default: the site owner)

On a tenant it signs in app-only like provision (IPT_TENANT_ID, IPT_CLIENT_ID,
IPT_CERT_PRIVATE_KEY_PATH, IPT_CERT_THUMBPRINT).`;

/** One line per finding, a fix under each problem. */
export function formatFindings(findings: readonly DoctorFinding[]): string[] {
  return findings.flatMap((f) => [`${f.ok ? 'ok     ' : 'FIX    '} ${f.area}: ${f.message}`, ...(f.ok || !f.fix ? [] : [`        → ${f.fix}`])]);
}

/** Runs the command; returns the exit code. */
export async function doctorCommand(argv: readonly string[], out: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let site: string | true | undefined;
  let user: string | true | undefined;
  try {
    const { options } = parseArgs(argv, { values: ['site', 'user'], flags: [], usage: USAGE });
    site = options.get('site');
    user = options.get('user');
  } catch (error) {
    if (error instanceof HelpRequested) {
      out(error.text);
      return 0;
    }
    out(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (typeof site !== 'string') {
    out(USAGE);
    return 2;
  }
  const sp = createSp(await connectionFor(site, { actingUser: typeof user === 'string' ? user : undefined }));
  const findings = await checkSite(sp, { siteUrl: site, env, routing: new SpAlertRouting(sp) });
  formatFindings(findings).forEach((line) => out(line));
  const problems = findings.filter((f) => !f.ok).length;
  out(problems ? `\n${problems} thing${problems === 1 ? '' : 's'} to fix.` : '\nEverything the doctor can check is right.');
  return problems ? 1 : 0;
}

if (require.main === module) {
  doctorCommand(process.argv.slice(2), (line) => console.log(line)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`\nThe site could not be checked. ${explainCliError(error)}`);
      process.exit(1);
    }
  );
}
