import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { ListDefinition } from '../schema/fieldTypes';
import { PLAN_LISTS } from '../schema/planLists';
import { fieldSchemaXml } from '../schema/schemaXml';
import { applyPermissionModel } from './applyPermissionModel';
import { syncProgressItemPermissions } from './progressItemPermissions';

export { PROGRAMME_OFFICE_GROUP } from './permissionModel';

/** What one provisioning run changed. An empty report means the site was already complete. */
export interface ProvisionReport {
  /** Permission changes made to bring the lists and action progress items to the permission model. */
  permissionsChanged: string[];
  /** Things provisioning left in place and a person should look at. */
  warnings?: string[];
  listsCreated: string[];
  fieldsAdded: string[];
  indexesAdded: string[];
}

/** Progress messages for a CLI or a site owner watching the web part. */
export type ProvisionLog = (message: string) => void;

/** PnPjs errors carry the HTTP status; a missing list answers 404. */
function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: number }).status === 404;
}

async function ensureList(sp: SPFI, def: ListDefinition, report: ProvisionReport, log: ProvisionLog): Promise<string> {
  try {
    const existing = await sp.web.lists.getByTitle(def.title).select('Id')<{ Id: string }>();
    return existing.Id;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  // Created under its short URL name, then titled, so the list's address has no spaces.
  const created = await sp.web.lists.add(def.url, def.description, 100, false, { EnableVersioning: def.versioning });
  const list = sp.web.lists.getById(created.Id);
  await list.update({ Title: def.title });
  await list.fields.getByInternalNameOrTitle('Title').update({ Title: def.titleDisplayName });
  report.listsCreated.push(def.title);
  log(`Created list "${def.title}".`);
  return created.Id;
}

/**
 * Creates whatever part of the plan schema a site lacks: lists, columns (with createFieldAsXml, so
 * internal names are exactly those in {@link PLAN_LISTS}) and indexes; then brings every list and
 * every action's progress item to the permission model (./permissionModel.ts), repairing drift.
 * Safe to run again at any time: it never deletes or changes plan data.
 */
export async function provisionPlan(sp: SPFI, log: ProvisionLog = () => undefined): Promise<ProvisionReport> {
  const report: ProvisionReport = { listsCreated: [], fieldsAdded: [], indexesAdded: [], permissionsChanged: [] };
  const listIds = new Map<string, string>();
  for (const def of PLAN_LISTS) {
    listIds.set(def.title, await ensureList(sp, def, report, log));
  }
  for (const def of PLAN_LISTS) {
    const list = sp.web.lists.getById(listIds.get(def.title) as string);
    const existing = await list.fields.select('InternalName', 'Indexed')<Array<{ InternalName: string; Indexed: boolean }>>();
    const byName = new Map(existing.map((f) => [f.InternalName, f]));
    for (const field of def.fields) {
      const current = byName.get(field.internalName);
      if (!current) {
        const lookupId = field.lookupListTitle ? listIds.get(field.lookupListTitle) : undefined;
        await list.fields.createFieldAsXml(fieldSchemaXml(field, lookupId));
        report.fieldsAdded.push(`${def.title}.${field.internalName}`);
        log(`Added column ${field.internalName} to "${def.title}".`);
      } else if (field.indexed && !current.Indexed) {
        await list.fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true });
        report.indexesAdded.push(`${def.title}.${field.internalName}`);
        log(`Indexed column ${field.internalName} of "${def.title}".`);
      }
    }
  }
  const secured = await applyPermissionModel(sp);
  const items = await syncProgressItemPermissions(sp, secured.model);
  report.permissionsChanged = [...secured.changed, ...items.changed];
  const warnings = [...secured.warnings, ...items.warnings];
  if (warnings.length) report.warnings = warnings;
  report.permissionsChanged.forEach((m) => log(m));
  warnings.forEach((m) => log(`Warning: ${m}`));
  return report;
}
