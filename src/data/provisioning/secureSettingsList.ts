import type { SPFI } from '@pnp/sp';
import type { IRoleDefinitionInfo } from '@pnp/sp/security';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';

/** Permission level the programme office group receives on each restricted list. */
export type ProgrammeOfficeRole = 'FullControl' | 'Edit';

/** Options of {@link secureRestrictedLists}. */
export interface SecureRestrictedListsOptions {
  /** Site group that alone may edit the restricted lists, e.g. `Improvement Programme Office`. */
  programmeOfficeGroup: string;
  /** Titles of lists that must not inherit the site's permissions (they must already exist). */
  listTitles: string[];
  /**
   * Level granted to the programme office group. `FullControl` (default) also lets it manage the
   * lists' permissions; `Edit` is enough to edit routing and is the least-privilege choice.
   */
  programmeOfficeRole?: ProgrammeOfficeRole;
  /**
   * Site groups that may read (not edit) the lists. Alert routing is read by everyone who saves
   * an action (the app posts the slip alert as them), so 'Plan Settings' is readable by members
   * and visitors while only the programme office edits it. Default: none.
   */
  readers?: Array<'members' | 'visitors'>;
}

/** What one run did. Both arrays are empty when the site was already secured. */
export interface SecureRestrictedListsReport {
  /** One sentence per change made, in order. */
  changed: string[];
  /** Assignments found on an already-unique list that grant site members or visitors access; left in place. */
  warnings: string[];
}

interface Principal {
  Id: number;
  Title: string;
}

interface RoleAssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number; Name: string }>;
}

// Role definitions are looked up by type, not name: names are localised on non-English sites.
const ROLE_TYPE: Record<ProgrammeOfficeRole | 'Read', IRoleDefinitionInfo['RoleTypeKind']> = { FullControl: 5, Edit: 6, Read: 2 };
const ROLE_LABEL: Record<ProgrammeOfficeRole, string> = { FullControl: 'Full Control', Edit: 'Edit' };

const isNotFound = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { status?: number }).status === 404;

/** PnPjs puts the name between quotes as is, so a quote in it must be doubled (OData string literal). */
const quoted = (name: string): string => name.replace(/'/g, "''");

async function ensureGroup(sp: SPFI, title: string, owners: Principal, me: Principal, changed: string[]): Promise<Principal> {
  try {
    return await sp.web.siteGroups.getByName(quoted(title)).select('Id', 'Title')<Principal>();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const created = await sp.web.siteGroups.add({ Title: title, Description: 'Edits alert routing and reads the notifications log.' });
  const group = sp.web.siteGroups.getById(created.Id);
  // Owned by the Owners group, not the person who ran provisioning, so ownership survives staff changes.
  await group.setUserAsOwner(owners.Id);
  // SharePoint makes the creator the first member; the programme office's membership is seeded on purpose, not by side effect.
  const members = await group.users.select('Id')<Array<{ Id: number }>>();
  if (members.some((m) => m.Id === me.Id)) await group.users.removeById(me.Id);
  changed.push(`Created site group "${title}" owned by "${owners.Title}".`);
  return { Id: created.Id, Title: created.Title };
}

async function bindingsOf(sp: SPFI, listTitle: string): Promise<Map<number, number[]>> {
  const rows = await sp.web.lists
    .getByTitle(listTitle)
    .roleAssignments.expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Name')<RoleAssignmentRow[]>();
  return new Map(rows.map((r) => [r.PrincipalId, r.RoleDefinitionBindings.map((b) => b.Id)]));
}

interface ListPlan {
  title: string;
  pmo: Principal;
  pmoRole: { id: number; label: string };
  owners: Principal;
  fullControlId: number;
  me: Principal;
  /** The caller reaches the list without a personal grant (site admin or an Owners member). */
  callerKeepsAccess: boolean;
  memberGroups: Principal[];
  /** Groups granted Read on purpose, and the Read level's id. */
  readers: Principal[];
  readId: number;
}

async function secureList(sp: SPFI, plan: ListPlan, report: SecureRestrictedListsReport): Promise<void> {
  const list = sp.web.lists.getByTitle(plan.title);
  let info: { HasUniqueRoleAssignments: boolean };
  try {
    info = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  } catch (error) {
    if (isNotFound(error)) throw new Error(`List "${plan.title}" does not exist (or is hidden from this account); provision it before securing it.`);
    throw error;
  }
  const brokeNow = !info.HasUniqueRoleAssignments;
  if (brokeNow) {
    // copyRoleAssignments=false drops the inherited Members/Visitors grants in one step.
    await list.breakRoleInheritance(false, true);
    report.changed.push(`Stopped "${plan.title}" inheriting the site's permissions.`);
  }
  const current = await bindingsOf(sp, plan.title);
  const grants: Array<[Principal, { id: number; label: string }]> = [
    [plan.owners, { id: plan.fullControlId, label: 'Full Control' }],
    [plan.pmo, plan.pmoRole],
    ...plan.readers.map((g): [Principal, { id: number; label: string }] => [g, { id: plan.readId, label: 'Read' }])
  ];
  for (const [principal, role] of grants) {
    if (current.get(principal.Id)?.includes(role.id)) continue;
    await list.roleAssignments.add(principal.Id, role.id);
    report.changed.push(`Granted "${principal.Title}" ${role.label} on "${plan.title}".`);
  }
  // Breaking inheritance gave the caller a personal Full Control grant: that one this run made, so it
  // goes, unless it is the caller's only way in (it would then be locked out of later runs).
  const mine = current.get(plan.me.Id);
  if (brokeNow && plan.callerKeepsAccess && mine?.includes(plan.fullControlId)) {
    await list.roleAssignments.getById(plan.me.Id).delete();
    report.changed.push(`Removed the personal grant of "${plan.me.Title}" on "${plan.title}" made by breaking inheritance.`);
  }
  if (!brokeNow) {
    for (const g of plan.memberGroups.filter((m) => !plan.readers.some((r) => r.Id === m.Id))) {
      if (current.has(g.Id)) report.warnings.push(`"${g.Title}" still has access to "${plan.title}"; left in place because this function did not grant it.`);
    }
  }
}

/**
 * Gives restricted lists (e.g. 'Plan Settings' and 'Plan Notifications Log') their own permissions:
 * only the programme office group and the site owners may read or change them, as SharePoint
 * itself enforces. Idempotent: safe to run at every provisioning.
 *
 * - Ensures the site group `programmeOfficeGroup` exists (created owned by the site's Owners group).
 * - For each list: breaks inheritance without copying (when it still inherits), grants the
 *   programme office group `programmeOfficeRole` and the Owners group Full Control, and grants
 *   nothing to Members or Visitors.
 * - Never removes an assignment it did not make; inherited grants disappear only through the
 *   first break. Members/Visitors grants found on an already-unique list are reported in `warnings`.
 *
 * The caller needs ManagePermissions on the site and lists (a site owner). Group membership is not
 * managed here: seed it with `sp.web.siteGroups.getByName(name).users.add(login)`.
 *
 * @throws Error when a list does not exist, and PnPjs `HttpRequestError` (403) without ManagePermissions.
 */
export async function secureRestrictedLists(sp: SPFI, options: SecureRestrictedListsOptions): Promise<SecureRestrictedListsReport> {
  const report: SecureRestrictedListsReport = { changed: [], warnings: [] };
  const role = options.programmeOfficeRole ?? 'FullControl';
  const [owners, members, visitors, me, fullControl, pmoRoleDef, readDef] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id', 'Title')<Principal>(),
    sp.web.associatedMemberGroup.select('Id', 'Title')<Principal>(),
    sp.web.associatedVisitorGroup.select('Id', 'Title')<Principal>(),
    sp.web.currentUser.select('Id', 'Title', 'IsSiteAdmin')<Principal & { IsSiteAdmin: boolean }>(),
    sp.web.roleDefinitions.getByType(ROLE_TYPE.FullControl).select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ROLE_TYPE[role]).select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ROLE_TYPE.Read).select('Id')<{ Id: number }>()
  ]);
  const readers = (options.readers ?? []).map((r) => (r === 'members' ? members : visitors));
  const pmo = await ensureGroup(sp, options.programmeOfficeGroup, owners, me, report.changed);
  const ownerMembers = await sp.web.associatedOwnerGroup.users.select('Id')<Array<{ Id: number }>>();
  const callerKeepsAccess = me.IsSiteAdmin || ownerMembers.some((u) => u.Id === me.Id);
  for (const title of options.listTitles) {
    await secureList(
      sp,
      {
        title,
        pmo,
        pmoRole: { id: pmoRoleDef.Id, label: ROLE_LABEL[role] },
        owners,
        fullControlId: fullControl.Id,
        me,
        callerKeepsAccess,
        memberGroups: [members, visitors],
        readers,
        readId: readDef.Id
      },
      report
    );
  }
  return report;
}
