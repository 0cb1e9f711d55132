/**
 * Permission levels → SP.BasePermissions masks (README §2.11; masks are the commonly observed
 * values, marked UNCONFIRMED there). PnPjs tests bits client-side (`security/funcs.ts`), and the
 * server uses the same bits, so a level behaves identically on both sides.
 */
import type { PermissionLevel } from './types';

export interface BasePermissions {
  High: string;
  Low: string;
}

const MASKS: Record<PermissionLevel | 'Edit', BasePermissions> = {
  Read: { High: '176', Low: '138612833' },
  Contribute: { High: '432', Low: '1011028719' },
  Edit: { High: '432', Low: '1011030767' },
  FullControl: { High: '2147483647', Low: '4294967295' }
};

/** PermissionKind values from `@pnp/sp/security/types`. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ManageLists: 12,
  BrowseUserInfo: 28,
  ManageWeb: 31
} as const;

export function maskFor(level: PermissionLevel | undefined): BasePermissions {
  // An unknown user has no role on the site: an empty mask.
  return level ? MASKS[level] : { High: '0', Low: '0' };
}

/** Same bit test as PnPjs `hasPermissions` (perm-1 → Low bits 0..31, High bits 32..63). */
export function hasPermission(mask: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  const shift = bit < 32 ? bit : bit - 32;
  return Math.floor(word / 2 ** shift) % 2 === 1;
}
