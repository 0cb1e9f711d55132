/**
 * Role assignments and inheritance on a securable object (the web or a list), as PnPjs
 * `@pnp/sp/security` sends them: `roleassignments[?$expand=Member,RoleDefinitionBindings]`,
 * `roleassignments(N)` / `getbyprincipalid(N)` (+ `/member`, `/roledefinitionbindings`, DELETE),
 * `addroleassignment(principalid=N, roledefid=M)`, `removeroleassignment(...)`,
 * `breakroleinheritance(copyroleassignments=B, clearsubscopes=B)`, `resetroleinheritance`,
 * `hasuniqueroleassignments` and `firstuniqueancestorsecurableobject`.
 *
 * Reading assignments needs EnumeratePermissions and changing them ManagePermissions on the
 * object, which in the built-in levels only Full Control holds (as in SharePoint).
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { decorate, jsonResponse, many, projectGeneric, single } from '../format';
import { PermissionKind, RoleId, roleDefinitionById } from '../permissions';
import { governingAssignments, hasUniqueScope } from '../security/effective';
import { WEB_SCOPE, type ListRecord } from '../store/sqliteStore';
import type { EmuResponse, RoleAssignmentRecord } from '../types';
import { effectiveMethod, namedArgs, requirePermission, voidResult, type Segment } from './common';
import { principalEntity, roleDefinitionEntity } from './principals';

export interface Securable {
  /** The list; undefined = the (root) web, which always has unique role assignments. */
  list?: ListRecord;
  /** Path used in `odata.id`/`editLink`, e.g. `Web` or `Web/Lists(guid'…')`. */
  path: string;
  /** The object's own entity and, for an inheriting list, the web's: for firstUniqueAncestorSecurableObject. */
  self: () => Record<string, unknown>;
  parent?: () => Record<string, unknown>;
}

const SEGMENTS = new Set(['roleassignments', 'breakroleinheritance', 'resetroleinheritance', 'hasuniqueroleassignments', 'firstuniqueancestorsecurableobject']);

export const isSecuritySegment = (seg: Segment): boolean => SEGMENTS.has(seg.lname);

const isUnique = (ctx: Ctx, t: Securable): boolean => !t.list || hasUniqueScope(ctx.store, t.list);

function expandSet(ctx: Ctx): Set<string> {
  return new Set((ctx.req.url.searchParams.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
}

function bindings(ctx: Ctx, ra: RoleAssignmentRecord): unknown[] {
  return ra.RoleDefIds.flatMap((id) => {
    const def = roleDefinitionById(id);
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

/** Validates a write on the object's own assignments and returns them (a copy to edit). */
function writableAssignments(ctx: Ctx, t: Securable): RoleAssignmentRecord[] {
  requirePermission(ctx, PermissionKind.ManagePermissions, t.list);
  if (!isUnique(ctx, t)) throw errors.inheritsPermissions();
  return governingAssignments(ctx.store, t.list).map((ra) => ({ PrincipalId: ra.PrincipalId, RoleDefIds: [...ra.RoleDefIds] }));
}

function saveAssignments(ctx: Ctx, t: Securable, ras: RoleAssignmentRecord[]): void {
  ctx.store.saveRoleScope(t.list ? t.list.Id : WEB_SCOPE, ras.filter((ra) => ra.RoleDefIds.length > 0));
}

function changeBinding(ctx: Ctx, t: Securable, arg: string | undefined, add: boolean): EmuResponse {
  const args = namedArgs(ctx, arg, ['principalid', 'roledefid']);
  const principalId = Number(args.get('principalid'));
  const roleDefId = Number(args.get('roledefid'));
  const ras = writableAssignments(ctx, t);
  if (!ctx.store.groupById(principalId) && !ctx.store.userById(principalId)) throw errors.argumentOutOfRange();
  if (!roleDefinitionById(roleDefId)) throw errors.argumentOutOfRange();
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

function breakInheritance(ctx: Ctx, t: Securable, arg: string | undefined): EmuResponse {
  if (!t.list) throw errors.rootWebInheritance();
  requirePermission(ctx, PermissionKind.ManagePermissions, t.list);
  // Breaking an object that is already unique changes nothing (SPSecurableObject contract).
  if (isUnique(ctx, t)) return voidResult(ctx, 'BreakRoleInheritance');
  const copy = /^true$/i.test(namedArgs(ctx, arg, ['copyroleassignments', 'clearsubscopes']).get('copyroleassignments') ?? 'false');
  // copyRoleAssignments=false: "only the current user is assigned", with Full Control, so the caller
  // is not locked out. clearSubscopes has nothing to clear: items never hold unique permissions here.
  const ras = copy
    ? governingAssignments(ctx.store).map((ra) => ({ PrincipalId: ra.PrincipalId, RoleDefIds: [...ra.RoleDefIds] }))
    : [{ PrincipalId: (ctx.user as { id: number }).id, RoleDefIds: [RoleId.FullControl] }];
  ctx.store.saveRoleScope(t.list.Id, ras);
  return voidResult(ctx, 'BreakRoleInheritance');
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
    requirePermission(ctx, PermissionKind.EnumeratePermissions, t.list);
    const expand = expandSet(ctx);
    const rows = governingAssignments(ctx.store, t.list).map((ra) => projectGeneric(assignmentEntity(ctx, t, ra, expand), selectOf(ctx)));
    return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.RoleAssignments', rows));
  }
  if (method === 'DELETE' && tail.length === 0) {
    const ras = writableAssignments(ctx, t);
    saveAssignments(ctx, t, ras.filter((ra) => ra.PrincipalId !== principalId));
    return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
  }
  if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.RoleAssignment');
  requirePermission(ctx, PermissionKind.EnumeratePermissions, t.list);
  const ra = governingAssignments(ctx.store, t.list).find((r) => r.PrincipalId === principalId);
  if (!ra) throw errors.argumentOutOfRange();
  if (tail.length === 0) return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.RoleAssignments/@Element', projectGeneric(assignmentEntity(ctx, t, ra, expandSet(ctx)), selectOf(ctx))));
  if (tail[0].lname === 'member') return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Principals/@Element', principalEntity(ctx, ra.PrincipalId)));
  if (tail[0].lname === 'roledefinitionbindings') return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.RoleDefinitions', bindings(ctx, ra)));
  throw errors.notFoundSegment(tail[0].name);
}

/** Handles a security segment on the web or a list (callers check {@link isSecuritySegment} first). */
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
      if (!t.list) throw errors.rootWebInheritance();
      requirePermission(ctx, PermissionKind.ManagePermissions, t.list);
      ctx.store.deleteRoleScope(t.list.Id);
      return voidResult(ctx, 'ResetRoleInheritance');
    case 'hasuniqueroleassignments': {
      const value = isUnique(ctx, t);
      if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { HasUniqueRoleAssignments: value } });
      return jsonResponse(ctx, 200, ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Boolean`, value } : { value });
    }
    default: {
      const entity = isUnique(ctx, t) || !t.parent ? t.self() : t.parent();
      return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.SecurableObjects/@Element', entity));
    }
  }
}
