import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AlertRouting, AlertRoutingConfig } from '../../application/alerts/ports';
import { isAlertSetting, parseRouting } from '../../application/alerts/routing';
import { SETTINGS_LIST } from '../schema/planLists';
import { readText, type SpItem } from '../mapping/values';
import { odataEq } from '../odata';

/**
 * Alert routing from the Plan Settings list: rows titled `routing:<theme code>`,
 * `routing:fallback`, `digestDay:<theme code>` (or `digestDay:*`), `reminders:fromDay`,
 * `reminders:dueDay`, `teamsApp` and `teamsTab:<channel id>`. In production the list has its own permissions: only the programme office
 * edits it (see ../provisioning/permissionModel.ts). It never holds a webhook URL, only the secret's name.
 */
export class SpAlertRouting implements AlertRouting {
  public constructor(private readonly sp: SPFI) {}

  public async readRouting(): Promise<AlertRoutingConfig> {
    const items = await this.sp.web.lists.getByTitle(SETTINGS_LIST).items.select('Id', 'Title', 'SettingValue').top(5000)<SpItem[]>();
    const rows = items
      .map((i) => ({ title: readText(i.Title) ?? '', value: readText(i.SettingValue) ?? '' }))
      .filter((r) => isAlertSetting(r.title));
    return parseRouting(rows).config;
  }
}

/** A Plan Settings row to write (provisioning, the programme office's settings screen, tests). */
export interface RoutingSetting {
  title: string;
  value: string;
  description?: string;
}

/**
 * Creates or replaces routing rows by title. The caller needs edit rights on Plan Settings (the
 * programme office); a value that looks like a URL is refused so a webhook secret never lands in a list.
 * @throws RangeError for a value holding a URL
 */
export async function writeRoutingSettings(sp: SPFI, settings: readonly RoutingSetting[]): Promise<void> {
  const list = sp.web.lists.getByTitle(SETTINGS_LIST);
  for (const s of settings) {
    if (/https?:\/\//i.test(s.value)) throw new RangeError(`${s.title}: store the name of the webhook secret, never a URL.`);
    const existing = await list.items.filter(odataEq('Title', s.title)).select('Id').top(1)<Array<{ Id: number }>>();
    const values = { Title: s.title, SettingValue: s.value, ...(s.description ? { SettingDescription: s.description } : {}) };
    if (existing[0]) await list.items.getById(existing[0].Id).update(values);
    else await list.items.add(values);
  }
}
