/**
 * Effective permissions: the union of the roles bound to the user and to every group the user
 * belongs to, on the object's governing scope, as SharePoint computes `EffectiveBasePermissions`.
 * The governing scope is the object's own when it has unique role assignments, else its parent's:
 * an item inherits from its list, a list from the web (the root web is always unique).
 * Site collection administrators (the emulator's FullControl level, `IsSiteAdmin: true`) hold
 * every permission everywhere, as in SharePoint, so a site owner can never be locked out.
 */
import { EMPTY_MASK, FULL_MASK, hasPermission, PermissionKind, unionMasks, type BasePermissions, type RoleDefinition } from '../permissions';
import { itemScopeKey, WEB_SCOPE, type ItemRecord, type ListRecord, type SqliteStore } from '../store/sqliteStore';
import type { RoleAssignmentRecord, SiteUser } from '../types';
import { roleDefinitionMap } from './roleDefinitions';

/** A securable object: the web (no list), a list, or an item of a list. */
export interface ScopeRef {
  list?: ListRecord;
  item?: ItemRecord;
}

/** The user's own principal id plus the ids of the groups that contain the user. */
export function principalIdsOf(store: SqliteStore, user: SiteUser): Set<number> {
  const ids = new Set([user.id]);
  for (const g of store.allGroups()) if (g.MemberIds.includes(user.id)) ids.add(g.Id);
  return ids;
}

export const isSiteAdmin = (user: SiteUser | undefined): boolean => user?.permission === 'FullControl';

/** `role_scopes` key of the object's own assignments. */
export function scopeKey(ref: ScopeRef): string {
  if (ref.list && ref.item) return itemScopeKey(ref.list.Id, ref.item.Id);
  return ref.list ? ref.list.Id : WEB_SCOPE;
}

/** The object it inherits from: item → list → web; undefined for the web. */
export function parentOf(ref: ScopeRef): ScopeRef | undefined {
  if (ref.item) return { list: ref.list };
  return ref.list ? {} : undefined;
}

/** True when the object has its own (unique) role assignments; the root web always has. */
export function isUniqueScope(store: SqliteStore, ref: ScopeRef): boolean {
  return !ref.list || store.roleScope(scopeKey(ref)) !== undefined;
}

/** The first object from `ref` upwards that has unique role assignments (itself included). */
export function governingRef(store: SqliteStore, ref: ScopeRef): ScopeRef {
  let cur: ScopeRef | undefined = ref;
  while (cur && !isUniqueScope(store, cur)) cur = parentOf(cur);
  return cur ?? {};
}

/** Role assignments that govern the object (its own when unique, else the nearest unique ancestor's). */
export function governingAssignments(store: SqliteStore, ref: ScopeRef = {}): RoleAssignmentRecord[] {
  return store.roleScope(scopeKey(governingRef(store, ref))) ?? [];
}

/** Mask a set of principals gets from a set of assignments (`defs`: {@link roleDefinitionMap}). */
export function maskFromAssignments(defs: Map<number, RoleDefinition>, principals: Set<number>, assignments: RoleAssignmentRecord[]): BasePermissions {
  const masks: BasePermissions[] = [];
  for (const ra of assignments) {
    if (!principals.has(ra.PrincipalId)) continue;
    for (const id of ra.RoleDefIds) {
      const def = defs.get(id);
      if (def) masks.push(def.BasePermissions);
    }
  }
  return unionMasks(masks);
}

export function effectiveMask(store: SqliteStore, user: SiteUser | undefined, list?: ListRecord, item?: ItemRecord): BasePermissions {
  if (!user) return EMPTY_MASK;
  if (isSiteAdmin(user)) return FULL_MASK;
  return maskFromAssignments(roleDefinitionMap(store), principalIdsOf(store, user), governingAssignments(store, { list, item }));
}

/**
 * True when the user may view at least one item of the list through the item's own unique
 * assignments. SharePoint then gives the user Limited Access on the list (and web) so the item
 * can be reached through the list's URL; the emulator lets such a user resolve the list, and the
 * item collection shows only the items the user may view. Limited Access grants no permission
 * bit of its own here, so the list's EffectiveBasePermissions stay the user's role mask.
 */
export function reachesItemsOf(store: SqliteStore, user: SiteUser | undefined, list: ListRecord): boolean {
  if (!user) return false;
  const principals = principalIdsOf(store, user);
  const defs = roleDefinitionMap(store);
  for (const [, ras] of store.itemScopes(list.Id)) {
    if (!ras.some((ra) => principals.has(ra.PrincipalId))) continue;
    if (hasPermission(maskFromAssignments(defs, principals, ras), PermissionKind.ViewListItems)) return true;
  }
  return false;
}
