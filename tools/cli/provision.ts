/**
 * `npm run provision -- --site <url>`: creates the plan's lists, columns and indexes on a site and
 * applies the permission model. Idempotent: run it again and it adds only what is missing and
 * repairs permission drift.
 */
import { parseArgs, runCli } from './args';
import { connectionFor } from './connect';
import { createSp } from '../../src/data/sp/createSp';
import { provisionPlan } from '../../src/data/provisioning/provisionPlan';

const USAGE = `Usage: npm run provision -- --site <site url> [--user <login>]

Creates the plan's lists, columns and indexes on the site, then applies the permission model:
every plan list gets its own permissions, the "Improvement Programme Office" group and the
"Add items only (Improvement Plan)" level are created, and each action's lead and delegates get
their action's progress item. Safe to run again: it adds what is missing and repairs permission
drift, printing each change.

  --site <url>     the plan's SharePoint site, e.g. https://council.sharepoint.com/sites/improvement
  --user <login>   against the local emulator only: act as this demo user (default: the site owner)

On a tenant it signs in app-only (IPT_TENANT_ID, IPT_CLIENT_ID, IPT_CERT_PRIVATE_KEY_PATH,
IPT_CERT_THUMBPRINT) and needs the app's "fullcontrol" site grant (see the README).`;

runCli(async () => {
  const { options } = parseArgs(process.argv.slice(2), { values: ['site', 'user'], flags: [], usage: USAGE });
  const site = options.get('site');
  if (typeof site !== 'string') throw new Error(USAGE);
  const sp = createSp(await connectionFor(site, { actingUser: options.get('user') as string | undefined }));
  const report = await provisionPlan(sp, (m) => console.log(m));
  const changes = report.listsCreated.length + report.fieldsAdded.length + report.indexesAdded.length + report.permissionsChanged.length;
  console.log(
    changes
      ? `Provisioned ${site}: ${report.listsCreated.length} lists created, ${report.fieldsAdded.length} columns added, ${report.indexesAdded.length} indexes added, ${report.permissionsChanged.length} permission changes.`
      : `${site} already has every list, column, index and permission of the plan: nothing to do.`
  );
});
