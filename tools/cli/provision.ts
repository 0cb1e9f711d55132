/**
 * `npm run provision -- --site <url>`: creates the plan's lists, columns and indexes on a site.
 * Idempotent: run it again after an upgrade and it adds only what is missing.
 */
import { parseArgs, runCli } from './args';
import { connectionFor } from './connect';
import { createSp } from '../../src/data/sp/createSp';
import { provisionPlan } from '../../src/data/provisioning/provisionPlan';

runCli(async () => {
  const { options } = parseArgs(process.argv.slice(2), { values: ['site', 'user'], flags: [] });
  const site = options.get('site');
  if (typeof site !== 'string') throw new Error('Usage: npm run provision -- --site <site url> [--user <login>]');
  const sp = createSp(await connectionFor(site, { actingUser: options.get('user') as string | undefined }));
  const report = await provisionPlan(sp, (m) => console.log(m));
  const changes = report.listsCreated.length + report.fieldsAdded.length + report.indexesAdded.length;
  console.log(
    changes
      ? `Provisioned ${site}: ${report.listsCreated.length} lists created, ${report.fieldsAdded.length} columns added, ${report.indexesAdded.length} indexes added.`
      : `${site} already has every list, column and index: nothing to do.`
  );
});
