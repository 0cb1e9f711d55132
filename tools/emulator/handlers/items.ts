/**
 * `lists/.../items`: query, add (201 + entity), MERGE/PUT with IF-Match → 204 + ETag or 412,
 * DELETE (200, empty), recycle, versions, and per item the
 * security segments and `EffectiveBasePermissions`.
 *
 * Every operation is checked on the item's governing scope (its own unique assignments, else the
 * list's, else the web's) and the list's ReadSecurity/WriteSecurity (see security/itemAccess).
 * Collections are security-trimmed; an item the user cannot view answers the catalogue 404, as
 * for a deleted item, whatever the operation, so its existence is not disclosed. An item the user
 * can view but not change answers 403 with the access-denied body.
 */
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context';
import { errors } from '../errors';
import { jsonResponse, many, single } from '../format';
import { coerceWrite, defaultValues, etagOf, isoSeconds, itemEditLink, listEntityType, listItemsFragment, serializeItem, serializeVersion } from '../model/items';
import { nextLink, parseItemQuery, runItemQuery, type ItemQuery } from '../odata/query';
import { hasPermission, PermissionKind } from '../permissions';
import { isUniqueScope, type ScopeRef } from '../security/effective';
import { itemAccess, type ItemAccess } from '../security/itemAccess';
import type { ItemRecord, ListRecord } from '../store/sqliteStore';
import type { EmuResponse } from '../types';
import { argString, checkBodyMetadata, effectiveMethod, ifMatchVersion, parseJsonBody, type Segment } from './common';
import { maskValue } from './principals';
import { handleSecurity, isSecuritySegment } from './security';
import { permissionsEntity } from './web';

const versioningOn = (list: ListRecord): boolean => list.Props.EnableVersioning !== false;

/** Entity of the list or web an item inherits from (firstUniqueAncestorSecurableObject). */
export type AncestorEntity = (ref: ScopeRef) => Record<string, unknown>;

function itemUrl(ctx: Ctx, list: ListRecord, id: number): string {
  return `${ctx.siteUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${id})`;
}

/** Item properties that are not columns: served only when `$select` names them, as in SharePoint. */
const SECURITY_PROPS = new Map([
  ['effectivebasepermissions', 'EffectiveBasePermissions'],
  ['hasuniqueroleassignments', 'HasUniqueRoleAssignments']
]);

/** Serialises items for a query, adding the selected security properties per item. */
function rowWriter(ctx: Ctx, list: ListRecord, q: ItemQuery, access: ItemAccess): (item: ItemRecord) => Record<string, unknown> {
  const extras = (q.select ?? []).map((s) => SECURITY_PROPS.get(s.toLowerCase())).filter((x): x is string => x !== undefined);
  const select = q.select?.filter((s) => !SECURITY_PROPS.has(s.toLowerCase()));
  return (item) => {
    const row = serializeItem(ctx, list, item, select, q.expand);
    if (extras.includes('EffectiveBasePermissions')) row.EffectiveBasePermissions = maskValue(ctx, access.mask(item));
    if (extras.includes('HasUniqueRoleAssignments')) row.HasUniqueRoleAssignments = isUniqueScope(ctx.store, { list, item });
    return row;
  };
}

function addItem(ctx: Ctx, list: ListRecord, access: ItemAccess): EmuResponse {
  access.requireWrite(PermissionKind.AddListItems);
  const body = parseJsonBody(ctx);
  checkBodyMetadata(ctx, body, listEntityType(list), true);
  const values = { ...defaultValues(list), ...coerceWrite(ctx, list, body) };
  const now = isoSeconds(new Date());
  const userId = (ctx.user as { id: number }).id;
  const [item] = ctx.store.insertItems(
    list,
    [(id) => ({ Id: id, Version: 1, GUID: randomUUID(), Created: now, Modified: now, AuthorId: userId, EditorId: userId, Values: values })],
    versioningOn(list)
  );
  // A created entity comes back whole (PnPjs v4 `items.add` returns it), with ETag and Location.
  return jsonResponse(ctx, 201, single(ctx, `${listItemsFragment(list)}/@Element`, serializeItem(ctx, list, item, undefined, new Set())), {
    ETag: etagOf(item),
    Location: itemUrl(ctx, list, item.Id)
  });
}

function queryItems(ctx: Ctx, list: ListRecord, access: ItemAccess): EmuResponse {
  const q = parseItemQuery(ctx.req.url.searchParams);
  const { page, nextToken } = runItemQuery(ctx, list, ctx.store.listItems(list.Id), q, access.canView);
  const rows = page.map(rowWriter(ctx, list, q, access));
  return jsonResponse(ctx, 200, many(ctx, listItemsFragment(list), rows, nextToken ? nextLink(ctx, nextToken) : undefined));
}

function checkEtag(ctx: Ctx, item: ItemRecord): void {
  const m = ifMatchVersion(ctx);
  if (m && m.version !== item.Version) throw errors.etagMismatch(m.raw, item.Version);
}

function updateItem(ctx: Ctx, list: ListRecord, item: ItemRecord, replace: boolean, access: ItemAccess): EmuResponse {
  access.requireWrite(PermissionKind.EditListItems, item);
  const body = parseJsonBody(ctx);
  checkBodyMetadata(ctx, body, listEntityType(list), false);
  const changes = coerceWrite(ctx, list, body);
  checkEtag(ctx, item);
  const updated: ItemRecord = {
    ...item,
    Version: item.Version + 1,
    Modified: isoSeconds(new Date()),
    EditorId: (ctx.user as { id: number }).id,
    Values: replace ? { ...changes } : { ...item.Values, ...changes }
  };
  ctx.store.updateItem(list, updated, versioningOn(list));
  // PnPjs reads the update result only from this header (ItemUpdatedParser).
  return { status: 204, headers: { ETag: etagOf(updated) }, body: '' };
}

function itemOperation(ctx: Ctx, list: ListRecord, item: ItemRecord, access: ItemAccess): EmuResponse {
  switch (effectiveMethod(ctx)) {
    case 'GET': {
      const q = parseItemQuery(ctx.req.url.searchParams);
      return jsonResponse(ctx, 200, single(ctx, `${listItemsFragment(list)}/@Element`, rowWriter(ctx, list, q, access)(item)), { ETag: etagOf(item) });
    }
    case 'MERGE':
      return updateItem(ctx, list, item, false, access);
    case 'PUT':
      return updateItem(ctx, list, item, true, access);
    case 'DELETE':
      access.requireWrite(PermissionKind.DeleteListItems, item);
      checkEtag(ctx, item);
      ctx.store.deleteItem(list, item.Id);
      return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
    default:
      throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItem');
  }
}

function versions(ctx: Ctx, list: ListRecord, item: ItemRecord, access: ItemAccess, op: Segment, more: Segment[]): EmuResponse {
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItemVersionCollection');
  if (!hasPermission(access.mask(item), PermissionKind.ViewVersions)) throw errors.accessDenied();
  const all = versioningOn(list) ? ctx.store.itemVersions(list.Id, item.Id) : [item];
  if (op.arg !== undefined || more[0]?.lname === 'getbyid') {
    const vid = Number(op.arg ?? more[0].arg);
    const v = all.find((x) => x.Version * 512 === vid);
    if (!v) throw errors.versionNotFound();
    return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.ListItemVersions/@Element', serializeVersion(ctx, list, v, v.Version === item.Version)));
  }
  return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.ListItemVersions', all.map((v) => serializeVersion(ctx, list, v, v.Version === item.Version))));
}

export function handleItems(ctx: Ctx, list: ListRecord, head: Segment, rest: Segment[], ancestor: AncestorEntity): EmuResponse {
  const method = effectiveMethod(ctx);
  const access = itemAccess(ctx, list);
  if (head.arg === undefined && rest.length === 0) {
    if (method === 'GET') return queryItems(ctx, list, access);
    if (method === 'POST') return addItem(ctx, list, access);
    throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItemCollection');
  }
  let id: number;
  let tail = rest;
  if (head.arg !== undefined) id = Number(head.arg);
  else if (rest[0]?.lname === 'getbyid') {
    id = Number(rest[0].arg);
    tail = rest.slice(1);
  } else throw errors.notFoundSegment(rest[0].name);
  if (!Number.isInteger(id)) throw errors.badRequest(`Invalid item id ${String(head.arg)}.`);
  const item = ctx.store.getItem(list.Id, id);
  if (!item || !access.canView(item)) throw errors.itemNotFound();

  if (tail.length === 0) return itemOperation(ctx, list, item, access);
  const [op, ...more] = tail;
  if (isSecuritySegment(op)) {
    const entityOf = (r: ScopeRef): Record<string, unknown> => (r.item ? rowWriter(ctx, list, { expand: new Set(), orderby: [], top: 1 }, access)(r.item) : ancestor(r));
    return handleSecurity(ctx, { ref: { list, item }, path: itemEditLink(list, item.Id), entityOf }, op, more);
  }
  switch (op.lname) {
    case 'recycle': {
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItem.Recycle');
      access.requireWrite(PermissionKind.DeleteListItems, item);
      ctx.store.deleteItem(list, id);
      const guid = randomUUID();
      if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { Recycle: guid } });
      return jsonResponse(ctx, 200, ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Guid`, value: guid } : { value: guid });
    }
    case 'versions':
      return versions(ctx, list, item, access, op, more);
    case 'effectivebasepermissions':
      return permissionsEntity(ctx, ctx.user, 'SP.ApiData.ListItems/@Element/EffectiveBasePermissions', list, item);
    case 'getusereffectivepermissions':
      return permissionsEntity(ctx, ctx.store.userByLogin(argString(ctx, op.arg)), 'SP.BasePermissions', list, item);
    default:
      throw errors.notFoundSegment(op.name);
  }
}
