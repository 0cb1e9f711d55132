import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { PLAN_LISTS } from '../schema/planLists';
import { ADD_ONLY_LEVEL, LIST_GRANTS, PROGRAMME_OFFICE_GROUP, type PlanLevel, type PlanPrincipal } from './permissionModel';
import { ensureProgrammeOfficeGroup, type Principal } from './programmeOfficeGroup';

/** What one run changed; both arrays are empty on a site that already matches the model. */
export interface PermissionReport {
  changed: string[];
  warnings: string[];
}

/** Role definition ids by plan level, and principals by the model's names. */
export interface ResolvedModel {
  levels: Record<PlanLevel, number>;
  principals: Record<PlanPrincipal, Principal>;
}

const LEVEL_LABEL: Record<PlanLevel, string> = { FullControl: 'Full Control', Contribute: 'Contribute', AddOnly: ADD_ONLY_LEVEL, Read: 'Read' };

/** Read (as SharePoint's Read level has it) plus AddListItems: see, and add, never edit or delete. */
const ADD_ONLY_MASK = { High: 176, Low: 138612833 + 2 };


async function ensureAddOnlyLevel(sp: SPFI, changed: string[]): Promise<number> {
  // Listed, not asked for by name: SharePoint answers a missing name with a 400, not a 404.
  const levels = await sp.web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>();
  const found = levels.find((l) => l.Name === ADD_ONLY_LEVEL);
  if (found) return found.Id;
  const created = await sp.web.roleDefinitions.add(ADD_ONLY_LEVEL, 'Can view list items and add new ones; cannot edit or delete any item.', 200, ADD_ONLY_MASK);
  changed.push(`Created the permission level "${ADD_ONLY_LEVEL}".`);
  return (created.data as { Id: number }).Id;
}

/** Looks up (and creates where missing) every role and group the model names. */
export async function resolveModel(sp: SPFI, changed: string[]): Promise<ResolvedModel & { me: Principal & { IsSiteAdmin: boolean } }> {
  // Built-in levels are found by type, not name: names are localised on non-English sites.
  const [owners, members, visitors, me, fullControl, contribute, read] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id', 'Title')<Principal>(),
    sp.web.associatedMemberGroup.select('Id', 'Title')<Principal>(),
    sp.web.associatedVisitorGroup.select('Id', 'Title')<Principal>(),
    sp.web.currentUser.select('Id', 'Title', 'IsSiteAdmin')<Principal & { IsSiteAdmin: boolean }>(),
    sp.web.roleDefinitions.getByType(5).select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(3).select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(2).select('Id')<{ Id: number }>()
  ]);
  const addOnly = await ensureAddOnlyLevel(sp, changed);
  const programmeOffice = await ensureProgrammeOfficeGroup(sp, PROGRAMME_OFFICE_GROUP, owners, me, changed);
  return {
    me,
    levels: { FullControl: fullControl.Id, Contribute: contribute.Id, AddOnly: addOnly, Read: read.Id },
    principals: { owners, programmeOffice, members, visitors }
  };
}

interface AssignmentRow {
  PrincipalId: number;
  Member?: { Title?: string };
  RoleDefinitionBindings: Array<{ Id: number }>;
}

async function securedList(sp: SPFI, title: string, model: ResolvedModel, me: Principal, callerKeepsAccess: boolean, report: PermissionReport): Promise<void> {
  const list = sp.web.lists.getByTitle(title);
  const { HasUniqueRoleAssignments: unique } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!unique) {
    // copyRoleAssignments=false drops the inherited Members (Edit) and Visitors grants in one step.
    await list.breakRoleInheritance(false, true);
    report.changed.push(`Stopped "${title}" inheriting the site's permissions.`);
  }
  const rows = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings').select('PrincipalId', 'Member/Title', 'RoleDefinitionBindings/Id')<AssignmentRow[]>();
  const current = new Map(rows.map((r) => [r.PrincipalId, r]));
  const wanted = LIST_GRANTS[PLAN_LISTS.find((l) => l.title === title)?.key ?? 'settings'];
  const modelled = new Set<number>();
  for (const [name, principal] of Object.entries(model.principals) as Array<[PlanPrincipal, Principal]>) {
    modelled.add(principal.Id);
    const level = wanted[name];
    const held = current.get(principal.Id)?.RoleDefinitionBindings.map((b) => b.Id) ?? [];
    const levelId = level ? model.levels[level] : undefined;
    if (levelId !== undefined && !held.includes(levelId)) {
      await list.roleAssignments.add(principal.Id, levelId);
      report.changed.push(`Granted "${principal.Title}" ${LEVEL_LABEL[level as PlanLevel]} on "${title}".`);
    }
    for (const extra of held.filter((id) => id !== levelId)) {
      await list.roleAssignments.remove(principal.Id, extra);
      report.changed.push(`Removed a grant of "${principal.Title}" on "${title}" that the permission model does not give.`);
    }
  }
  for (const row of rows) {
    if (modelled.has(row.PrincipalId)) continue;
    // Breaking inheritance gave the caller a personal Full Control grant; it goes unless it is
    // the caller's only way in (they would be locked out of the next run).
    if (row.PrincipalId === me.Id && !callerKeepsAccess) {
      report.warnings.push(`"${me.Title}" keeps a personal grant on "${title}": they are neither a site collection administrator nor a site owner.`);
      continue;
    }
    await list.roleAssignments.getById(row.PrincipalId).delete();
    report.changed.push(`Removed the grant of "${row.Member?.Title ?? `principal ${row.PrincipalId}`}" on "${title}": the permission model does not give it.`);
  }
}

/**
 * Makes every plan list hold exactly the grants of {@link LIST_GRANTS}: breaks inheritance where
 * a list still inherits, adds what is missing, removes what the model does not give (drift, or a
 * grant someone added by hand). Safe to run at any time; a second run changes nothing.
 * Needs ManagePermissions on the site (a site owner, or an app with `fullcontrol` on the site).
 */
export async function applyPermissionModel(sp: SPFI): Promise<PermissionReport & { model: ResolvedModel }> {
  const report: PermissionReport = { changed: [], warnings: [] };
  const resolved = await resolveModel(sp, report.changed);
  const ownerMembers = await sp.web.associatedOwnerGroup.users.select('Id')<Array<{ Id: number }>>();
  const callerKeepsAccess = resolved.me.IsSiteAdmin || ownerMembers.some((u) => u.Id === resolved.me.Id);
  for (const def of PLAN_LISTS) await securedList(sp, def.title, resolved, resolved.me, callerKeepsAccess, report);
  return { ...report, model: { levels: resolved.levels, principals: resolved.principals } };
}
