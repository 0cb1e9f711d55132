import { PermissionKind } from '@pnp/sp/security';
import type { SpItem } from '../mapping';

/**
 * Whether the item's `EffectiveBasePermissions` (selected with it) let the signed-in person edit
 * it. The mask is two 32-bit words as strings (`{ High, Low }`); a permission kind k is bit k-1.
 * An item read without the mask counts as not editable: the screens then offer nothing that
 * SharePoint might refuse.
 */
export function canEditItem(item: SpItem): boolean {
  return hasItemPermission(item, PermissionKind.EditListItems);
}

export function hasItemPermission(item: SpItem, kind: PermissionKind): boolean {
  const mask = item.EffectiveBasePermissions as { High?: unknown; Low?: unknown } | undefined;
  if (!mask || typeof mask !== 'object') return false;
  const bit = kind - 1;
  const word = Number(bit < 32 ? mask.Low : mask.High);
  if (!Number.isFinite(word)) return false;
  const shift = bit < 32 ? bit : bit - 32;
  return Math.floor(word / 2 ** shift) % 2 === 1;
}
