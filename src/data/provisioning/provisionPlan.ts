import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { ListDefinition } from '../schema/fieldTypes';
import { PLAN_LISTS, SETTINGS_LIST } from '../schema/planLists';
import { fieldSchemaXml } from '../schema/schemaXml';
import { secureRestrictedLists } from './secureSettingsList';

/**
 * The site group that alone edits alert routing and plan settings. Members of the site and
 * visitors (councillors) may read settings, since the app reads routing to post a slip alert as
 * the person who saved; secrets never live in lists at all.
 */
export const PROGRAMME_OFFICE_GROUP = 'Improvement Programme Office';

/** What one provisioning run changed. An empty report means the site was already complete. */
export interface ProvisionReport {
  /** Permission changes made to restricted lists (Plan Settings). */
  permissionsChanged: string[];
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
 * internal names are exactly those in {@link PLAN_LISTS}) and indexes. Safe to run again at any
 * time: it only ever adds, never deletes or changes data.
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
  const secured = await secureRestrictedLists(sp, { programmeOfficeGroup: PROGRAMME_OFFICE_GROUP, listTitles: [SETTINGS_LIST], readers: ['members', 'visitors'] });
  report.permissionsChanged = secured.changed;
  secured.changed.forEach((m) => log(m));
  secured.warnings.forEach((m) => log(`Warning: ${m}`));
  return report;
}
