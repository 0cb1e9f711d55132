import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { ADD_ONLY_LEVEL, LIST_GRANTS, PROGRAMME_OFFICE_GROUP, type PlanLevel, type PlanPrincipal } from '../provisioning/permissionModel';
import type { AlertRouting } from '../../application/alerts/ports';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST, PLAN_LISTS, SETTINGS_LIST } from '../schema/planLists';
import { timeZoneOfSite, type SpTimeZone } from '../mapping/siteDays';
import { timeZoneRequest } from '../repositories/siteTimeZone';
import { describeSpFailure } from '../repositories/spErrors';
import { PLAN_SITE_TENANT_KEY, readTenantPlanSite } from '../tenant/tenantPlanSite';

/** One thing the doctor looked at: fine, or what is wrong and the command or step that fixes it. */
export interface DoctorFinding {
  area: 'lists' | 'columns' | 'permissions' | 'programme office' | 'time zone' | 'alerts' | 'tenant setting';
  ok: boolean;
  message: string;
  /** What to do, naming the command where one fixes it. */
  fix?: string;
}

/** What the doctor needs besides the site. */
export interface DoctorOptions {
  /** The site's address, for the commands it names. */
  siteUrl: string;
  /** Environment variables the sweep will see (webhook secrets are checked by name only). */
  env: Readonly<Record<string, string | undefined>>;
  /** The plan's alert routing, as the sweep reads it. */
  routing: AlertRouting;
}

const LEVEL_NAME: Record<PlanLevel, string> = { FullControl: 'Full Control', Contribute: 'Contribute', AddOnly: ADD_ONLY_LEVEL, Read: 'Read' };

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Name: string }>;
}

async function principals(sp: SPFI): Promise<Record<PlanPrincipal, number | undefined>> {
  const id = async (read: Promise<{ Id: number }>): Promise<number | undefined> => (await read.catch(() => undefined))?.Id;
  const groups = await sp.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
  return {
    owners: await id(sp.web.associatedOwnerGroup.select('Id')()),
    members: await id(sp.web.associatedMemberGroup.select('Id')()),
    visitors: await id(sp.web.associatedVisitorGroup.select('Id')()),
    programmeOffice: groups.find((g) => g.Title === PROGRAMME_OFFICE_GROUP)?.Id
  };
}

/**
 * Checks what can be checked from the site: every plan list and column under the name the app
 * reads, each list's permissions against the permission model, every action's progress item, the
 * programme office group, the site's time zone, and that each webhook the alert routing names is
 * set for the sweep. Read-only: it changes nothing.
 */
export async function checkSite(sp: SPFI, options: DoctorOptions): Promise<DoctorFinding[]> {
  const provision = `npm run provision -- --site ${options.siteUrl}`;
  const findings: DoctorFinding[] = [];
  const lists = await sp.web.lists.select('Title', 'HasUniqueRoleAssignments')<Array<{ Title: string; HasUniqueRoleAssignments: boolean }>>();
  const byTitle = new Map(lists.map((l) => [l.Title, l]));
  const missing = PLAN_LISTS.filter((d) => !byTitle.has(d.title));
  findings.push(
    missing.length
      ? { area: 'lists', ok: false, message: `No plan on this site yet, or part of it is missing: ${missing.map((d) => `"${d.title}"`).join(', ')}.`, fix: `Run ${provision} as a site owner.` }
      : { area: 'lists', ok: true, message: `All ${PLAN_LISTS.length} plan lists are there.` }
  );
  const present = PLAN_LISTS.filter((d) => byTitle.has(d.title));
  const columnProblems: string[] = [];
  const unindexed: string[] = [];
  for (const def of present) {
    const fields = await sp.web.lists.getByTitle(def.title).fields.select('InternalName', 'Indexed')<Array<{ InternalName: string; Indexed?: boolean }>>();
    const byName = new Map(fields.map((f) => [f.InternalName, f]));
    for (const f of def.fields) {
      const found = byName.get(f.internalName);
      if (!found) columnProblems.push(`${def.title}.${f.internalName}`);
      else if (f.indexed && found.Indexed !== true) unindexed.push(`${def.title}.${f.internalName}`);
    }
  }
  const some = (names: string[]): string => `${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
  if (present.length) {
    findings.push(
      columnProblems.length
        ? { area: 'columns', ok: false, message: `Columns the app reads are missing under their internal names: ${some(columnProblems)}.`, fix: `Run ${provision}; it adds them and names any column SharePoint created under another name.` }
        : { area: 'columns', ok: true, message: 'Every column is there under the internal name the app reads.' }
    );
    // Past 5,000 items SharePoint refuses a filter on a column without an index; the app's own
    // look-ups (an action's progress, a write's operation key after a lost answer) would fail.
    if (unindexed.length) {
      findings.push({ area: 'columns', ok: false, message: `Columns the app filters on are not indexed: ${some(unindexed)}. Past 5,000 items SharePoint would refuse those reads.`, fix: `Run ${provision}; it adds the missing indexes without touching items.` });
    }
    findings.push(...(await checkPermissions(sp, present.map((d) => d.title), provision)));
  }
  if (byTitle.has(ACTIONS_LIST) && byTitle.has(ACTION_PROGRESS_LIST)) {
    const count = async (title: string): Promise<number> => (await sp.web.lists.getByTitle(title).select('ItemCount')<{ ItemCount: number }>()).ItemCount;
    const [actions, progress] = await Promise.all([count(ACTIONS_LIST), count(ACTION_PROGRESS_LIST)]);
    findings.push(
      progress < actions
        ? { area: 'permissions', ok: false, message: `${actions - progress} actions have no progress item, so nobody but the programme office can update them.`, fix: `Run ${provision}; it adds them and gives each its lead.` }
        : { area: 'permissions', ok: true, message: `Each of the ${actions} actions has its progress item.` }
    );
  }
  findings.push(...(await checkProgrammeOffice(sp, provision)));
  findings.push(await checkTimeZone(sp));
  findings.push(await checkTenantSetting(sp, options.siteUrl));
  if (byTitle.has(SETTINGS_LIST)) findings.push(...(await checkWebhooks(options.routing, options.env)));
  return findings;
}

async function checkPermissions(sp: SPFI, titles: readonly string[], provision: string): Promise<DoctorFinding[]> {
  const ids = await principals(sp);
  const wrong: string[] = [];
  for (const title of titles) {
    const key = PLAN_LISTS.find((d) => d.title === title)?.key;
    if (!key) continue;
    const list = sp.web.lists.getByTitle(title);
    const { HasUniqueRoleAssignments: unique } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!unique) {
      wrong.push(`"${title}" still inherits the site's permissions (every member of the team could edit it)`);
      continue;
    }
    const rows = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Name')<Assignment[]>();
    const held = new Map(rows.map((r) => [r.PrincipalId, r.RoleDefinitionBindings.map((b) => b.Name).sort().join(', ')]));
    const expected = new Map<number, string>();
    for (const [who, level] of Object.entries(LIST_GRANTS[key]) as Array<[PlanPrincipal, PlanLevel]>) {
      const id = ids[who];
      if (id !== undefined) expected.set(id, LEVEL_NAME[level]);
    }
    const same = held.size === expected.size && [...expected].every(([id, name]) => held.get(id) === name);
    if (!same) wrong.push(`"${title}" does not hold exactly the grants of the permission model`);
  }
  return [
    wrong.length
      ? { area: 'permissions', ok: false, message: `${wrong.join('; ')}.`, fix: `Run ${provision}; it repairs the grants and reports each change.` }
      : { area: 'permissions', ok: true, message: 'Every plan list holds exactly the grants of the permission model.' }
  ];
}

async function checkProgrammeOffice(sp: SPFI, provision: string): Promise<DoctorFinding[]> {
  try {
    const members = await sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).users.select('Id')<Array<{ Id: number }>>();
    return [
      members.length
        ? { area: 'programme office', ok: true, message: `"${PROGRAMME_OFFICE_GROUP}" has ${members.length} member${members.length === 1 ? '' : 's'}.` }
        : { area: 'programme office', ok: false, message: `"${PROGRAMME_OFFICE_GROUP}" has no members, so nobody can run change control or close a period.`, fix: 'Add the programme office to the group in Site settings → People and groups.' }
    ];
  } catch {
    return [{ area: 'programme office', ok: false, message: `There is no "${PROGRAMME_OFFICE_GROUP}" group.`, fix: `Run ${provision}; it creates the group.` }];
  }
}

const sameSite = (a: string, b: string): boolean => a.trim().replace(/\/+$/, '').toLowerCase() === b.trim().replace(/\/+$/, '').toLowerCase();

/** The tenant property the personal app and blank channel tabs read: it must name this site. */
async function checkTenantSetting(sp: SPFI, siteUrl: string): Promise<DoctorFinding> {
  const register = `npm run provision -- --site ${siteUrl} --register-tenant`;
  let named: string | undefined;
  try {
    named = await readTenantPlanSite(sp);
  } catch (error) {
    return { area: 'tenant setting', ok: false, message: `The tenant property ${PLAN_SITE_TENANT_KEY} could not be read (${describeSpFailure(error)}).`, fix: 'Check the site is reachable, then run the doctor again.' };
  }
  if (!named) {
    return {
      area: 'tenant setting',
      ok: false,
      message: `No tenant property ${PLAN_SITE_TENANT_KEY} names the plan site, so the Teams personal app and channel tabs with a blank "Plan site URL" cannot find the plan.`,
      fix: `A SharePoint administrator runs ${register} (or the PnP PowerShell / CLI for Microsoft 365 command in the README).`
    };
  }
  return sameSite(named, siteUrl)
    ? { area: 'tenant setting', ok: true, message: `The tenant property ${PLAN_SITE_TENANT_KEY} names this site, so the personal app opens this plan.` }
    : { area: 'tenant setting', ok: false, message: `The tenant property ${PLAN_SITE_TENANT_KEY} names ${named}, so the personal app opens that plan, not this one.`, fix: `If this is the plan, a SharePoint administrator runs ${register}.` };
}

async function checkTimeZone(sp: SPFI): Promise<DoctorFinding> {
  const zone = await timeZoneRequest(sp)<SpTimeZone>().catch(() => undefined);
  if (!zone) return { area: 'time zone', ok: false, message: "The site's regional time zone could not be read, so dates could read a day out.", fix: 'Check the site is reachable and set its time zone in Site settings → Regional settings.' };
  const iana = timeZoneOfSite(zone);
  const exact = !/^[+-]\d\d:\d\d$/.test(iana);
  return exact
    ? { area: 'time zone', ok: true, message: `Dates are read in the site's time zone: ${zone.Description ?? iana} (${iana}).` }
    : { area: 'time zone', ok: false, message: `The site's time zone (${zone.Description ?? `id ${zone.Id}`}) is not one the app knows by name; dates use its standard offset ${iana}, a day out in summer time.`, fix: 'Set the site to a common regional time zone, or report the zone so it can be added.' };
}

async function checkWebhooks(source: AlertRouting, env: DoctorOptions['env']): Promise<DoctorFinding[]> {
  const routing = await source.readRouting();
  const routes = [...Object.entries(routing.themes), ...(routing.fallback ? [['fallback', routing.fallback] as const] : [])];
  const names = [...new Set(routes.map(([, r]) => r.webhookSecretName).filter((n): n is string => typeof n === 'string'))];
  const findings: DoctorFinding[] = [];
  if (routes.length === 0) {
    findings.push({ area: 'alerts', ok: false, message: 'No theme has an alert route, so slips reach nobody in Teams.', fix: 'Add routing:<theme code> rows to Plan Settings (see src/application/alerts/README.md).' });
  }
  const unset = names.filter((n) => !env[n]);
  if (names.length) {
    findings.push(
      unset.length
        ? { area: 'alerts', ok: false, message: `The sweep has no value for ${unset.join(', ')}, named by the alert routing.`, fix: 'Set each as an application setting of the sweep (the Workflows webhook URL), never in a list.' }
        : { area: 'alerts', ok: true, message: `Every webhook the routing names is set for the sweep (${names.join(', ')}).` }
    );
  }
  for (const p of routing.problems ?? []) findings.push({ area: 'alerts', ok: false, message: p, fix: 'Correct the row in Plan Settings.' });
  if (findings.length === 0) findings.push({ area: 'alerts', ok: true, message: 'Alert routing posts through Microsoft Graph only; no webhook secrets are needed.' });
  return findings;
}
