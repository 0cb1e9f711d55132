/**
 * Role assignments and inheritance on a securable object (the web, a list or a list item), as
 * PnPjs `@pnp/sp/security` sends them: `roleassignments[?$expand=Member,RoleDefinitionBindings]`,
 * `roleassignments(N)` / `getbyprincipalid(N)` (+ `/member`, `/roledefinitionbindings`, DELETE),
 * `addroleassignment(principalid=N, roledefid=M)`, `removeroleassignment(...)`,
 * `breakroleinheritance(copyroleassignments=B, clearsubscopes=B)`, `resetroleinheritance`,
 * `hasuniqueroleassignments` and `firstuniqueancestorsecurableobject`.
 *
 * Reading assignments needs EnumeratePermissions and changing them ManagePermissions on the
 * object's governing scope, which in the built-in levels only Full Control holds (as in SharePoint).
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { decorate, jsonResponse, many, projectGeneric, single } from '../format';
import { PermissionKind, RoleId } from '../permissions';
import { governingAssignments, governingRef, isUniqueScope, parentOf, scopeKey, type ScopeRef } from '../security/effective';
import { roleDefinitionById } from '../security/roleDefinitions';
import type { EmuResponse, RoleAssignmentRecord } from '../types';
import { effectiveMethod, namedArgs, requirePermission, voidResult, type Segment } from './common';
import { principalEntity, roleDefinitionEntity } from './principals';

export interface Securable {
  /** The object: `{}` = the (root) web, which always has unique role assignments. */
  ref: ScopeRef;
  /** Path used in `odata.id`/`editLink`, e.g. `Web`, `Web/Lists(guid'…')` or `…/Items(3)`. */
  path: string;
  /** Entity of the object or of one of its ancestors (for firstUniqueAncestorSecurableObject). */
  entityOf: (ref: ScopeRef) => Record<string, unknown>;
}

const SEGMENTS = new Set(['roleassignments', 'breakroleinheritance', 'resetroleinheritance', 'hasuniqueroleassignments', 'firstuniqueancestorsecurableobject']);

export const isSecuritySegment = (seg: Segment): boolean => SEGMENTS.has(seg.lname);

const copyOf = (ras: RoleAssignmentRecord[]): RoleAssignmentRecord[] => ras.map((ra) => ({ PrincipalId: ra.PrincipalId, RoleDefIds: [...ra.RoleDefIds] }));

function expandSet(ctx: Ctx): Set<string> {
  return new Set((ctx.req.url.searchParams.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
}

function bindings(ctx: Ctx, ra: RoleAssignmentRecord): unknown[] {
  return ra.RoleDefIds.flatMap((id) => {
    const def = roleDefinitionById(ctx.store, id);
    return def ? [roleDefinitionEntity(ctx, def)] : [];
  });
}

function assignmentEntity(ctx: Ctx, t: Securable, ra: RoleAssignmentRecord, expand: Set<string>): Record<string, unknown> {
  const path = `${t.path}/RoleAssignments/GetByPrincipalId(${ra.PrincipalId})`;
  const props: Record<string, unknown> = { PrincipalId: ra.PrincipalId };
  if (expand.has('member')) props.Member = principalEntity(ctx, ra.PrincipalId);
  if (expand.has('roledefinitionbindings')) {
    const defs = bindings(ctx, ra);
    props.RoleDefinitionBindings = ctx.mode === 'verbose' ? { results: defs } : defs;
  }
  return decorate(ctx.mode, { type: 'SP.RoleAssignment', id: `${ctx.siteUrl}/_api/${path}`, editLink: path }, props);
}

const selectOf = (ctx: Ctx): string[] | undefined => ctx.req.url.searchParams.get('$select')?.split(',').map((s) => s.trim());

const requireOn = (ctx: Ctx, t: Securable, kind: number): void => requirePermission(ctx, kind, t.ref.list, t.ref.item);

/** Validates a write on the object's own assignments and returns them (a copy to edit). */
function writableAssignments(ctx: Ctx, t: Securable): RoleAssignmentRecord[] {
  requireOn(ctx, t, PermissionKind.ManagePermissions);
  if (!isUniqueScope(ctx.store, t.ref)) throw errors.inheritsPermissions();
  return copyOf(governingAssignments(ctx.store, t.ref));
}

function saveAssignments(ctx: Ctx, t: Securable, ras: RoleAssignmentRecord[]): void {
  ctx.store.saveRoleScope(scopeKey(t.ref), ras.filter((ra) => ra.RoleDefIds.length > 0));
}

function changeBinding(ctx: Ctx, t: Securable, arg: string | undefined, add: boolean): EmuResponse {
  const args = namedArgs(ctx, arg, ['principalid', 'roledefid']);
  const principalId = Number(args.get('principalid'));
  const roleDefId = Number(args.get('roledefid'));
  const ras = writableAssignments(ctx, t);
  if (!ctx.store.groupById(principalId) && !ctx.store.userById(principalId)) throw errors.argumentOutOfRange();
  if (!roleDefinitionById(ctx.store, roleDefId)) throw errors.argumentOutOfRange();
  let ra = ras.find((r) => r.PrincipalId === principalId);
  if (add) {
    if (!ra) ras.push((ra = { PrincipalId: principalId, RoleDefIds: [] }));
    if (!ra.RoleDefIds.includes(roleDefId)) ra.RoleDefIds.push(roleDefId);
  } else if (ra) {
    ra.RoleDefIds = ra.RoleDefIds.filter((id) => id !== roleDefId);
  }
  saveAssignments(ctx, t, ras);
  return voidResult(ctx, add ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
}

/** A list's clearSubscopes: every item of the list inherits again. */
function clearSubscopes(ctx: Ctx, ref: ScopeRef): void {
  if (ref.list && !ref.item) ctx.store.clearItemScopes(ref.list.Id);
}

function breakInheritance(ctx: Ctx, t: Securable, arg: string | undefined): EmuResponse {
  if (!t.ref.list) throw errors.rootWebInheritance();
  requireOn(ctx, t, PermissionKind.ManagePermissions);
  const args = namedArgs(ctx, arg, ['copyroleassignments', 'clearsubscopes']);
  const copy = /^true$/i.test(args.get('copyroleassignments') ?? 'false');
  const clear = /^true$/i.test(args.get('clearsubscopes') ?? 'false');
  ctx.store.transaction(() => {
    // Breaking an object that is already unique keeps its assignments; clearSubscopes still applies.
    if (!isUniqueScope(ctx.store, t.ref)) {
      // copyRoleAssignments=false: "only the current user is assigned", with Full Control, so the
      // caller is not locked out.
      const ras = copy
        ? copyOf(governingAssignments(ctx.store, parentOf(t.ref)))
        : [{ PrincipalId: (ctx.user as { id: number }).id, RoleDefIds: [RoleId.FullControl] }];
      ctx.store.saveRoleScope(scopeKey(t.ref), ras);
    }
    if (clear) clearSubscopes(ctx, t.ref);
  });
  return voidResult(ctx, 'BreakRoleInheritance');
}

function resetInheritance(ctx: Ctx, t: Securable): EmuResponse {
  if (!t.ref.list) throw errors.rootWebInheritance();
  requireOn(ctx, t, PermissionKind.ManagePermissions);
  // Nothing happens on an object that already inherits. On a unique list the items re-inherit
  // too: the reset re-inherits "in all descendant objects" (SPSecurableObject contract).
  if (isUniqueScope(ctx.store, t.ref)) {
    ctx.store.transaction(() => {
      ctx.store.deleteRoleScope(scopeKey(t.ref));
      clearSubscopes(ctx, t.ref);
    });
  }
  return voidResult(ctx, 'ResetRoleInheritance');
}

function roleAssignments(ctx: Ctx, t: Securable, head: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  let principalId: number | undefined = head.arg !== undefined ? Number(head.arg) : undefined;
  let tail = rest;
  if (principalId === undefined && tail[0]) {
    const op = tail[0];
    if (op.lname === 'addroleassignment' || op.lname === 'removeroleassignment') {
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, `SP.RoleAssignmentCollection.${op.name}`);
      return changeBinding(ctx, t, op.arg, op.lname === 'addroleassignment');
    }
    if (op.lname !== 'getbyprincipalid') throw errors.notFoundSegment(op.name);
    principalId = Number(op.arg);
    tail = tail.slice(1);
  }
  if (principalId === undefined) {
    if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.RoleAssignmentCollection');
    requireOn(ctx, t, PermissionKind.EnumeratePermissions);
    const expand = expandSet(ctx);
    const rows = governingAssignments(ctx.store, t.ref).map((ra) => projectGeneric(assignmentEntity(ctx, t, ra, expand), selectOf(ctx)));
    return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.RoleAssignments', rows));
  }
  if (method === 'DELETE' && tail.length === 0) {
    const ras = writableAssignments(ctx, t);
    saveAssignments(ctx, t, ras.filter((ra) => ra.PrincipalId !== principalId));
    return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
  }
  if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.RoleAssignment');
  requireOn(ctx, t, PermissionKind.EnumeratePermissions);
  const ra = governingAssignments(ctx.store, t.ref).find((r) => r.PrincipalId === principalId);
  if (!ra) throw errors.argumentOutOfRange();
  if (tail.length === 0) return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.RoleAssignments/@Element', projectGeneric(assignmentEntity(ctx, t, ra, expandSet(ctx)), selectOf(ctx))));
  if (tail[0].lname === 'member') return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Principals/@Element', principalEntity(ctx, ra.PrincipalId)));
  if (tail[0].lname === 'roledefinitionbindings') return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.RoleDefinitions', bindings(ctx, ra)));
  throw errors.notFoundSegment(tail[0].name);
}

/** Handles a security segment on the web, a list or an item (callers check {@link isSecuritySegment} first). */
export function handleSecurity(ctx: Ctx, t: Securable, head: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  switch (head.lname) {
    case 'roleassignments':
      return roleAssignments(ctx, t, head, rest);
    case 'breakroleinheritance':
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.SecurableObject.BreakRoleInheritance');
      return breakInheritance(ctx, t, head.arg);
    case 'resetroleinheritance':
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.SecurableObject.ResetRoleInheritance');
      return resetInheritance(ctx, t);
    case 'hasuniqueroleassignments': {
      const value = isUniqueScope(ctx.store, t.ref);
      if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { HasUniqueRoleAssignments: value } });
      return jsonResponse(ctx, 200, ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Boolean`, value } : { value });
    }
    default:
      return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.SecurableObjects/@Element', t.entityOf(governingRef(ctx.store, t.ref))));
  }
}
