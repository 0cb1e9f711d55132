import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { AddFieldOptions } from '@pnp/sp/fields';
import type { FieldDefinition, ListDefinition } from '../schema/fieldTypes';
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

interface ExistingField {
  InternalName: string;
  Title: string;
  TypeAsString?: string;
  Indexed: boolean;
}

/** The `TypeAsString` values SharePoint reports for a column of the plan, first the usual one. */
function expectedType(field: FieldDefinition): string[] {
  if (field.type === 'User') return field.multiple ? ['UserMulti'] : ['User'];
  if (field.type === 'Lookup') return ['Lookup', 'LookupMulti'];
  return [field.type];
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
  const warnings: string[] = [];
  for (const def of PLAN_LISTS) {
    const list = sp.web.lists.getById(listIds.get(def.title) as string);
    const existing = await list.fields.select('InternalName', 'Title', 'TypeAsString', 'Indexed')<ExistingField[]>();
    const byName = new Map(existing.map((f) => [f.InternalName, f]));
    for (const field of def.fields) {
      const current = byName.get(field.internalName);
      if (!current) {
        const stray = existing.find((f) => f.Title === field.displayName && f.InternalName !== field.internalName);
        if (stray) warnings.push(`"${def.title}" has a column "${stray.Title}" named ${stray.InternalName} internally, not ${field.internalName}: the app reads ${field.internalName}, which is being added. Move any data across and delete the other column.`);
        const lookupId = field.lookupListTitle ? listIds.get(field.lookupListTitle) : undefined;
        // The hint makes SharePoint keep the schema's Name as the internal name; without it SharePoint
        // Online may derive one from the display name (Publish_x0020_Date for "Publish Date").
        await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, lookupId), Options: AddFieldOptions.AddFieldInternalNameHint });
        report.fieldsAdded.push(`${def.title}.${field.internalName}`);
        log(`Added column ${field.internalName} to "${def.title}".`);
        continue;
      }
      const expected = expectedType(field);
      if (current.TypeAsString && !expected.includes(current.TypeAsString)) {
        warnings.push(`Column ${field.internalName} of "${def.title}" is ${current.TypeAsString}, not ${expected[0]}: the app may misread it. Recreate it, or ask for help before moving data.`);
      }
      if (field.indexed && !current.Indexed) {
        await list.fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true });
        report.indexesAdded.push(`${def.title}.${field.internalName}`);
        log(`Indexed column ${field.internalName} of "${def.title}".`);
      }
    }
  }
  // Read back what SharePoint created: every column must answer to the name the app uses.
  for (const def of PLAN_LISTS) {
    const names = new Set((await sp.web.lists.getById(listIds.get(def.title) as string).fields.select('InternalName')<ExistingField[]>()).map((f) => f.InternalName));
    for (const field of def.fields) {
      if (!names.has(field.internalName)) warnings.push(`SharePoint did not keep the internal name ${field.internalName} on "${def.title}": the app cannot read that column until it exists under that name.`);
    }
  }
  const secured = await applyPermissionModel(sp);
  const items = await syncProgressItemPermissions(sp, secured.model);
  report.permissionsChanged = [...secured.changed, ...items.changed];
  warnings.push(...secured.warnings, ...items.warnings);
  if (warnings.length) report.warnings = warnings;
  report.permissionsChanged.forEach((m) => log(m));
  warnings.forEach((m) => log(`Warning: ${m}`));
  return report;
}
