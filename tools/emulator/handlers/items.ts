/**
 * `lists/.../items`: query, add (201 + entity), MERGE/PUT with IF-Match → 204 + ETag or 412,
 * DELETE (200, empty), recycle, versions (README §2.1, §2.3, §2.6, §2.7).
 */
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context';
import { errors } from '../errors';
import { jsonResponse, many, single } from '../format';
import { coerceWrite, defaultValues, etagOf, isoSeconds, listEntityType, listItemsFragment, serializeItem, serializeVersion } from '../model/items';
import { nextLink, parseItemQuery, runItemQuery } from '../odata/query';
import { PermissionKind } from '../permissions';
import type { ItemRecord, ListRecord } from '../store/sqliteStore';
import type { EmuResponse } from '../types';
import { checkBodyMetadata, effectiveMethod, ifMatchVersion, parseJsonBody, requirePermission, type Segment } from './common';
import { permissionsEntity } from './web';

const versioningOn = (list: ListRecord): boolean => list.Props.EnableVersioning !== false;

function itemUrl(ctx: Ctx, list: ListRecord, id: number): string {
  return `${ctx.siteUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${id})`;
}

function addItem(ctx: Ctx, list: ListRecord): EmuResponse {
  requirePermission(ctx, PermissionKind.AddListItems, list);
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

function queryItems(ctx: Ctx, list: ListRecord): EmuResponse {
  const q = parseItemQuery(ctx.req.url.searchParams);
  const { page, nextToken } = runItemQuery(ctx, list, ctx.store.listItems(list.Id), q);
  const rows = page.map((item) => serializeItem(ctx, list, item, q.select, q.expand));
  return jsonResponse(ctx, 200, many(ctx, listItemsFragment(list), rows, nextToken ? nextLink(ctx, nextToken) : undefined));
}

function checkEtag(ctx: Ctx, item: ItemRecord): void {
  const m = ifMatchVersion(ctx);
  if (m && m.version !== item.Version) throw errors.etagMismatch(m.raw, item.Version);
}

function updateItem(ctx: Ctx, list: ListRecord, item: ItemRecord, replace: boolean): EmuResponse {
  requirePermission(ctx, PermissionKind.EditListItems, list);
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

export function handleItems(ctx: Ctx, list: ListRecord, head: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  if (head.arg === undefined && rest.length === 0) {
    if (method === 'GET') return queryItems(ctx, list);
    if (method === 'POST') return addItem(ctx, list);
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
  if (!item) throw errors.itemNotFound();

  if (tail.length === 0) {
    switch (method) {
      case 'GET': {
        const q = parseItemQuery(ctx.req.url.searchParams);
        return jsonResponse(ctx, 200, single(ctx, `${listItemsFragment(list)}/@Element`, serializeItem(ctx, list, item, q.select, q.expand)), {
          ETag: etagOf(item)
        });
      }
      case 'MERGE':
        return updateItem(ctx, list, item, false);
      case 'PUT':
        return updateItem(ctx, list, item, true);
      case 'DELETE':
        requirePermission(ctx, PermissionKind.DeleteListItems, list);
        checkEtag(ctx, item);
        ctx.store.deleteItem(list, id);
        return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
      default:
        throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItem');
    }
  }
  const [op, ...more] = tail;
  switch (op.lname) {
    case 'recycle': {
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItem.Recycle');
      requirePermission(ctx, PermissionKind.DeleteListItems, list);
      ctx.store.deleteItem(list, id);
      const guid = randomUUID();
      if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { Recycle: guid } });
      return jsonResponse(ctx, 200, ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Guid`, value: guid } : { value: guid });
    }
    case 'versions': {
      if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.ListItemVersionCollection');
      const versions = versioningOn(list) ? ctx.store.itemVersions(list.Id, id) : [item];
      if (op.arg !== undefined || more[0]?.lname === 'getbyid') {
        const vid = Number(op.arg ?? more[0].arg);
        const v = versions.find((x) => x.Version * 512 === vid);
        if (!v) throw errors.versionNotFound();
        return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.ListItemVersions/@Element', serializeVersion(ctx, list, v, v.Version === item.Version)));
      }
      return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.ListItemVersions', versions.map((v) => serializeVersion(ctx, list, v, v.Version === item.Version))));
    }
    case 'effectivebasepermissions':
      return permissionsEntity(ctx, ctx.user, 'SP.ApiData.ListItems/@Element/EffectiveBasePermissions', list);
    default:
      throw errors.notFoundSegment(op.name);
  }
}
