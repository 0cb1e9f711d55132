/**
 * What the acting user may do with the items of one list, evaluated once per request so a
 * security-trimmed collection of thousands of items only computes a mask for the few items
 * with unique permissions (the others share the list's).
 *
 * Besides role masks SharePoint applies the list's item-level settings to users WITHOUT
 * ManageLists on the list: `ReadSecurity` 2 hides other people's items, `WriteSecurity` 2 limits
 * edits and deletes to one's own items and 4 forbids creating or editing any item. "Own" means
 * the item's Author. The settings are not folded into `EffectiveBasePermissions`, which stays the
 * role mask of the item's scope.
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { EMPTY_MASK, FULL_MASK, hasPermission, PermissionKind, type BasePermissions } from '../permissions';
import { itemScopeKey, type ItemRecord, type ListRecord } from '../store/sqliteStore';
import { governingAssignments, isSiteAdmin, maskFromAssignments, principalIdsOf } from './effective';
import { roleDefinitionMap } from './roleDefinitions';

export const READ_SECURITY = { All: 1, Own: 2 } as const;
export const WRITE_SECURITY = { All: 1, Own: 2, None: 4 } as const;

export interface ItemAccess {
  /** The user's mask on the list (its governing scope). */
  listMask: BasePermissions;
  /** The user's mask on the item: its own scope when unique, else the list's. */
  mask(item: ItemRecord): BasePermissions;
  /** ViewListItems on the item, and ReadSecurity allows it. */
  canView(item: ItemRecord): boolean;
  /** 403 unless the user holds `kind` on the item (or, for a new item, the list) and WriteSecurity allows it. */
  requireWrite(kind: number, item?: ItemRecord): void;
}

export function itemAccess(ctx: Ctx, list: ListRecord): ItemAccess {
  const { store, user } = ctx;
  const admin = isSiteAdmin(user);
  const principals = user ? principalIdsOf(store, user) : new Set<number>();
  const defs = roleDefinitionMap(store);
  const listMask = admin ? FULL_MASK : user ? maskFromAssignments(defs, principals, governingAssignments(store, { list })) : EMPTY_MASK;
  const bypass = hasPermission(listMask, PermissionKind.ManageLists);
  const readSecurity = Number(list.Props.ReadSecurity ?? READ_SECURITY.All);
  const writeSecurity = Number(list.Props.WriteSecurity ?? WRITE_SECURITY.All);
  const own = (item: ItemRecord): boolean => user !== undefined && item.AuthorId === user.id;

  const mask = (item: ItemRecord): BasePermissions => {
    if (admin) return FULL_MASK;
    const unique = store.roleScope(itemScopeKey(list.Id, item.Id));
    return unique ? maskFromAssignments(defs, principals, unique) : listMask;
  };

  return {
    listMask,
    mask,
    canView: (item) => hasPermission(mask(item), PermissionKind.ViewListItems) && (bypass || readSecurity !== READ_SECURITY.Own || own(item)),
    requireWrite: (kind, item) => {
      if (!hasPermission(item ? mask(item) : listMask, kind)) throw errors.accessDenied();
      if (bypass) return;
      if (writeSecurity === WRITE_SECURITY.None) throw errors.accessDenied();
      if (writeSecurity === WRITE_SECURITY.Own && item && !own(item)) throw errors.accessDenied();
    }
  };
}
