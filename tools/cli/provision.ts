/**
 * `npm run provision -- --site <url>`: creates the plan's lists, columns and indexes on a site and
 * applies the permission model. Idempotent: run it again and it adds only what is missing and
 * repairs permission drift. `--register-tenant` instead names the site in the tenant-wide
 * setting the personal app and blank channel tabs read.
 */
import { parseArgs, runCli } from './args';
import { connectionFor } from './connect';
import { createSp } from '../../src/data/sp/createSp';
import { provisionPlan } from '../../src/data/provisioning/provisionPlan';
import { registerTenantPlanSite, TenantPropertyRefused } from '../../src/data/tenant/tenantPlanSite';
import { recordTeamsAppId } from '../../src/data/notifications/teamsAppSetting';
import { tenantRefusalAdvice } from './tenantAdvice';

const USAGE = `Usage: npm run provision -- --site <site url> [--user <login>] [--teams-app-id <id>]
       npm run provision -- --site <site url> --register-tenant [--user <login>]

Creates the plan's lists, columns and indexes on the site, then applies the permission model:
every plan list gets its own permissions, the "Improvement Programme Office" group and the
"Add items only (Improvement Plan)" level are created, and each action's lead and delegates get
their action's progress item. Safe to run again: it adds what is missing and repairs permission
drift, printing each change.

  --site <url>           the plan's SharePoint site, e.g. https://council.sharepoint.com/sites/improvement
  --user <login>         against the local emulator only: act as this demo user (default: the site owner)
  --teams-app-id <id>    the app's id in the Teams org catalog (Teams admin centre → Manage apps →
                         Improvement Plan → App ID), recorded in Plan Settings as "teamsApp" so every
                         card links into the app's channel tab; the programme office's first visit to
                         a channel tab records it too
  --register-tenant      only this: name the site in the tenant property ImprovementPlanSiteUrl on
                         the tenant app catalog, which the personal app and a channel tab with a blank
                         "Plan site URL" read. Needs a SharePoint administrator; anyone else is refused
                         with the commands an administrator can run instead. Provisions nothing.

On a tenant it signs in app-only (IPT_TENANT_ID, IPT_CLIENT_ID, IPT_CERT_PRIVATE_KEY_PATH,
IPT_CERT_THUMBPRINT) and needs the app's "fullcontrol" site grant (see the README).`;

runCli(async () => {
  const { options } = parseArgs(process.argv.slice(2), { values: ['site', 'user', 'teams-app-id'], flags: ['register-tenant'], usage: USAGE });
  const site = options.get('site');
  if (typeof site !== 'string') throw new Error(USAGE);
  const actingUser = options.get('user') as string | undefined;
  if (options.get('register-tenant')) {
    const rootUrl = new URL(site).origin;
    const rootSp = createSp(await connectionFor(rootUrl, { actingUser }));
    try {
      const catalog = await registerTenantPlanSite(rootSp, rootUrl, site.replace(/\/+$/, ''));
      console.log(`The tenant property now names ${site} (set on the app catalog ${catalog}). The personal app and blank channel tabs will open this plan.`);
    } catch (error) {
      if (error instanceof TenantPropertyRefused) throw new Error(`${error.message}\n\n${tenantRefusalAdvice(error.appCatalogUrl, site)}`);
      throw error;
    }
    return;
  }
  const sp = createSp(await connectionFor(site, { actingUser }));
  const report = await provisionPlan(sp, (m) => console.log(m));
  const changes = report.listsCreated.length + report.fieldsAdded.length + report.indexesAdded.length + report.permissionsChanged.length;
  console.log(
    changes
      ? `Provisioned ${site}: ${report.listsCreated.length} lists created, ${report.fieldsAdded.length} columns added, ${report.indexesAdded.length} indexes added, ${report.permissionsChanged.length} permission changes.`
      : `${site} already has every list, column, index and permission of the plan: nothing to do.`
  );
  const appId = options.get('teams-app-id');
  if (typeof appId === 'string') {
    await recordTeamsAppId(sp, appId);
    console.log(`Plan Settings "teamsApp" names the Teams app ${appId}.`);
  }
});
