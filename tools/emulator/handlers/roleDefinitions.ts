/**
 * `web/roledefinitions`: the permission levels, as PnPjs `@pnp/sp/security` uses them.
 *   GET  roledefinitions, roledefinitions(N), getbyid(N), getbyname('X'), getbytype(N)
 *   POST roledefinitions  `{ Name, Description, Order, BasePermissions: { High, Low } }` → 201 + entity
 *        (PnPjs `roleDefinitions.add`; verbose bodies carry `__metadata` types SP.RoleDefinition / SP.BasePermissions)
 *   MERGE/PUT one of them (PnPjs `roleDefinition.update`) → 204; DELETE one → 200.
 * Writes need ManagePermissions on the web. Custom levels get RoleTypeKind 0 (None) and ids from
 * 1073741924. Built-in levels cannot be deleted here and Full Control cannot be edited; the other
 * built-in levels can be edited, as on a SharePoint site. Everything is kept in SQLite.
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { jsonResponse, many, projectGeneric, single } from '../format';
import { EMPTY_MASK, PermissionKind, type BasePermissions, type RoleDefinition } from '../permissions';
import { allRoleDefinitions, isBuiltIn, nextCustomRoleId, roleDefinitionByName } from '../security/roleDefinitions';
import type { EmuResponse } from '../types';
import { argString, checkBodyMetadata, effectiveMethod, parseJsonBody, requirePermission, type Segment } from './common';
import { roleDefinitionEntity } from './principals';

const selectOf = (ctx: Ctx): string[] | undefined => ctx.req.url.searchParams.get('$select')?.split(',').map((s) => s.trim());
const ADMINISTRATOR = 5;
const UINT32_MAX = 4294967295;

function find(ctx: Ctx, seg: Segment): RoleDefinition {
  const raw = argString(ctx, seg.arg);
  const all = allRoleDefinitions(ctx.store);
  let def: RoleDefinition | undefined;
  if (seg.lname === 'getbyname') def = roleDefinitionByName(ctx.store, raw);
  // Custom levels all have RoleTypeKind None, which names no single level.
  else if (seg.lname === 'getbytype') def = all.find((r) => r.RoleTypeKind !== 0 && r.RoleTypeKind === Number(raw));
  else def = all.find((r) => r.Id === Number(raw));
  if (!def) throw errors.argumentOutOfRange();
  return def;
}

function maskPart(v: unknown): string {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > UINT32_MAX) throw errors.badValue('Edm.Int64');
  return String(n);
}

function readMask(ctx: Ctx, v: unknown): BasePermissions {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw errors.badValue('SP.BasePermissions');
  const o = v as Record<string, unknown>;
  checkBodyMetadata(ctx, o, 'SP.BasePermissions', false);
  for (const k of Object.keys(o)) if (k !== 'High' && k !== 'Low' && k !== '__metadata') throw errors.unknownProperty(k, 'SP.BasePermissions');
  return { High: maskPart(o.High ?? 0), Low: maskPart(o.Low ?? 0) };
}

/** Validated SP.RoleDefinition properties of a create or update body. */
function readBody(ctx: Ctx, creating: boolean): Partial<RoleDefinition> {
  const body = parseJsonBody(ctx);
  checkBodyMetadata(ctx, body, 'SP.RoleDefinition', creating);
  const out: Partial<RoleDefinition> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    if (k === 'Name' || k === 'Description') {
      if (typeof v !== 'string') throw errors.badValue('Edm.String');
      out[k] = k === 'Name' ? v.trim() : v;
    } else if (k === 'Order') {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw errors.badValue('Edm.Int32');
      out.Order = v;
    } else if (k === 'BasePermissions') out.BasePermissions = readMask(ctx, v);
    else throw errors.unknownProperty(k, 'SP.RoleDefinition');
  }
  return out;
}

function checkName(ctx: Ctx, name: string | undefined, selfId?: number): void {
  if (name === undefined) return;
  if (!name) throw errors.invalidRoleDefinitionName();
  const other = roleDefinitionByName(ctx.store, name);
  if (other && other.Id !== selfId) throw errors.duplicateRoleDefinition(name);
}

function create(ctx: Ctx): EmuResponse {
  requirePermission(ctx, PermissionKind.ManagePermissions);
  const props = readBody(ctx, true);
  checkName(ctx, props.Name ?? '');
  const def: RoleDefinition = {
    Id: nextCustomRoleId(ctx.store),
    Name: props.Name as string,
    Description: props.Description ?? '',
    RoleTypeKind: 0,
    Order: props.Order ?? 0,
    BasePermissions: props.BasePermissions ?? EMPTY_MASK
  };
  ctx.store.saveRoleDefinition(def);
  return jsonResponse(ctx, 201, single(ctx, 'SP.ApiData.RoleDefinitions/@Element', roleDefinitionEntity(ctx, def)));
}

function update(ctx: Ctx, def: RoleDefinition): EmuResponse {
  requirePermission(ctx, PermissionKind.ManagePermissions);
  const props = readBody(ctx, false);
  if (def.RoleTypeKind === ADMINISTRATOR) throw errors.builtInRoleDefinition(def.Name);
  checkName(ctx, props.Name, def.Id);
  ctx.store.saveRoleDefinition({ ...def, ...props });
  return { status: 204, headers: {}, body: '' };
}

function remove(ctx: Ctx, def: RoleDefinition): EmuResponse {
  requirePermission(ctx, PermissionKind.ManagePermissions);
  if (isBuiltIn(def.Id)) throw errors.builtInRoleDefinition(def.Name);
  // Bindings of the level on every scope go with it, as when SharePoint deletes a permission level.
  ctx.store.deleteRoleDefinition(def.Id);
  return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
}

/** `rest` starts after `web/roledefinitions`. */
export function handleRoleDefinitions(ctx: Ctx, head: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  const seg: Segment | undefined = head.arg !== undefined ? { ...head, lname: 'getbyid' } : rest[0];
  const tail = head.arg !== undefined ? rest : rest.slice(1);
  if (!seg) {
    if (method === 'POST') return create(ctx);
    if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.RoleDefinitionCollection');
    const rows = allRoleDefinitions(ctx.store).map((r) => projectGeneric(roleDefinitionEntity(ctx, r), selectOf(ctx)));
    return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.RoleDefinitions', rows));
  }
  if (!['getbyid', 'getbyname', 'getbytype'].includes(seg.lname)) throw errors.notFoundSegment(seg.name);
  if (tail.length) throw errors.notFoundSegment(tail[0].name);
  const def = find(ctx, seg);
  switch (method) {
    case 'GET':
      return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.RoleDefinitions/@Element', projectGeneric(roleDefinitionEntity(ctx, def), selectOf(ctx))));
    case 'MERGE':
    case 'PUT':
      return update(ctx, def);
    case 'DELETE':
      return remove(ctx, def);
    default:
      throw errors.methodNotAllowed(ctx.req.method, 'SP.RoleDefinition');
  }
}
