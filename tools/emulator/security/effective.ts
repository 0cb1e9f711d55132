/**
 * Effective permissions: the union of the roles bound to the user and to every group the user
 * belongs to, on the object's scope (a list with unique permissions uses its own assignments,
 * otherwise the web's), as SharePoint computes `EffectiveBasePermissions`.
 * Site collection administrators (the emulator's FullControl level, `IsSiteAdmin: true`) hold
 * every permission everywhere, as in SharePoint, so a site owner can never be locked out of a list.
 */
import { EMPTY_MASK, maskFor, roleDefinitionById, unionMasks, type BasePermissions } from '../permissions';
import { WEB_SCOPE, type ListRecord, type SqliteStore } from '../store/sqliteStore';
import type { RoleAssignmentRecord, SiteUser } from '../types';

/** The user's own principal id plus the ids of the groups that contain the user. */
export function principalIdsOf(store: SqliteStore, user: SiteUser): Set<number> {
  const ids = new Set([user.id]);
  for (const g of store.allGroups()) if (g.MemberIds.includes(user.id)) ids.add(g.Id);
  return ids;
}

export const isSiteAdmin = (user: SiteUser | undefined): boolean => user?.permission === 'FullControl';

/** True when the list has its own (unique) role assignments. */
export function hasUniqueScope(store: SqliteStore, list: ListRecord): boolean {
  return store.roleScope(list.Id) !== undefined;
}

/** Role assignments that govern the list (its own when unique, else the web's) or the web. */
export function governingAssignments(store: SqliteStore, list?: ListRecord): RoleAssignmentRecord[] {
  return (list && store.roleScope(list.Id)) ?? store.roleScope(WEB_SCOPE) ?? [];
}

export function effectiveMask(store: SqliteStore, user: SiteUser | undefined, list?: ListRecord): BasePermissions {
  if (!user) return EMPTY_MASK;
  if (isSiteAdmin(user)) return maskFor('FullControl');
  const mine = principalIdsOf(store, user);
  const masks: BasePermissions[] = [];
  for (const ra of governingAssignments(store, list)) {
    if (!mine.has(ra.PrincipalId)) continue;
    for (const id of ra.RoleDefIds) {
      const def = roleDefinitionById(id);
      if (def) masks.push(def.BasePermissions);
    }
  }
  return unionMasks(masks);
}
