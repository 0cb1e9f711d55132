/**
 * Permission levels → SP.BasePermissions masks (the masks are the commonly observed
 * values; SharePoint does not document them). PnPjs tests bits client-side (`security/funcs.ts`), and the
 * server uses the same bits, so a level behaves identically on both sides.
 */
export interface BasePermissions {
  High: string;
  Low: string;
}

const MASKS: Record<'Read' | 'Contribute' | 'Edit' | 'Design' | 'FullControl', BasePermissions> = {
  Read: { High: '176', Low: '138612833' },
  Contribute: { High: '432', Low: '1011028719' },
  Edit: { High: '432', Low: '1011030767' },
  // Edit plus ApproveItems, AddAndCustomizePages, ApplyThemeAndBorder, ApplyStyleSheets (commonly observed).
  Design: { High: '432', Low: '1012866047' },
  FullControl: { High: '2147483647', Low: '4294967295' }
};

export const EMPTY_MASK: BasePermissions = { High: '0', Low: '0' };

/** Every permission: Full Control, and what a site collection administrator holds everywhere. */
export const FULL_MASK: BasePermissions = MASKS.FullControl;

/** PermissionKind values from `@pnp/sp/security/types`. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ViewVersions: 7,
  ManageLists: 12,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63
} as const;

/** An SP.RoleDefinition ("permission level"), built-in or custom. */
export interface RoleDefinition {
  Id: number;
  Name: string;
  Description: string;
  /** SP.RoleType: None=0 (custom levels), Reader=2, Contributor=3, WebDesigner=4, Administrator=5, Editor=6. */
  RoleTypeKind: number;
  Order: number;
  BasePermissions: BasePermissions;
}

export const RoleId = {
  FullControl: 1073741829,
  Design: 1073741828,
  Edit: 1073741830,
  Contribute: 1073741827,
  Read: 1073741826
} as const;

/** The built-in permission levels with the ids every SharePoint site uses. */
export const ROLE_DEFINITIONS: RoleDefinition[] = [
  { Id: RoleId.FullControl, Name: 'Full Control', Description: 'Has full control.', RoleTypeKind: 5, Order: 1, BasePermissions: MASKS.FullControl },
  { Id: RoleId.Design, Name: 'Design', Description: 'Can view, add, update, delete, approve, and customize.', RoleTypeKind: 4, Order: 32, BasePermissions: MASKS.Design },
  { Id: RoleId.Edit, Name: 'Edit', Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', RoleTypeKind: 6, Order: 48, BasePermissions: MASKS.Edit },
  { Id: RoleId.Contribute, Name: 'Contribute', Description: 'Can view, add, update, and delete list items and documents.', RoleTypeKind: 3, Order: 64, BasePermissions: MASKS.Contribute },
  { Id: RoleId.Read, Name: 'Read', Description: 'Can view pages and list items and download documents.', RoleTypeKind: 2, Order: 128, BasePermissions: MASKS.Read }
];

/** Bitwise union of masks, as SharePoint combines every role a principal holds on a scope. */
export function unionMasks(masks: BasePermissions[]): BasePermissions {
  let high = 0;
  let low = 0;
  for (const m of masks) {
    high = (high | Number(m.High)) >>> 0;
    low = (low | Number(m.Low)) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

/** Same bit test as PnPjs `hasPermissions` (perm-1 → Low bits 0..31, High bits 32..63). */
export function hasPermission(mask: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  const shift = bit < 32 ? bit : bit - 32;
  return Math.floor(word / 2 ** shift) % 2 === 1;
}
