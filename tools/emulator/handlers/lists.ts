/** `web/lists`: create (lists.add / lists.ensure), read, MERGE, DELETE. */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { decorate, jsonResponse, many, noContent, projectGeneric, single } from '../format';
import { builtInFields } from '../model/fields';
import { isoSeconds, listEntityType } from '../model/items';
import { runGenericQuery } from '../odata/query';
import { hasPermission, PermissionKind } from '../permissions';
import { effectiveMask, isUniqueScope, reachesItemsOf, type ScopeRef } from '../security/effective';
import { READ_SECURITY, WRITE_SECURITY } from '../security/itemAccess';
import type { ListRecord } from '../store/sqliteStore';
import type { EmuResponse } from '../types';
import { argString, checkBodyMetadata, effectiveMethod, parseJsonBody, requirePermission, type Segment } from './common';
import { handleFields } from './fields';
import { handleItems } from './items';
import { handleSecurity, isSecuritySegment } from './security';
import { permissionsEntity, permissionsProperty, webEntity } from './web';
import { MAX_TITLE } from './webProperties';

/** SP.List properties accepted on create/update; anything else is SharePoint's 400. */
const LIST_PROPS = new Set([
  'Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'EnableVersioning', 'MajorVersionLimit',
  'EnableMinorVersions', 'MajorWithMinorVersionsLimit', 'OnQuickLaunch', 'Hidden', 'NoCrawl', 'EnableAttachments', 'EnableFolderCreation',
  'ForceCheckout', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity', 'Direction', 'ValidationFormula', 'ValidationMessage',
  'EnableModeration', 'IrmEnabled', 'ExcludeFromOfflineClient', 'DisableGridEditing', 'DocumentTemplateUrl', 'DefaultContentApprovalWorkflowId'
]);

export function listEntity(ctx: Ctx, list: ListRecord): Record<string, unknown> {
  const props: Record<string, unknown> = {
    AllowContentTypes: false,
    BaseTemplate: 100,
    BaseType: 0,
    ContentTypesEnabled: false,
    Created: list.Created,
    DefaultViewUrl: `${new URL(ctx.siteUrl).pathname}/Lists/${list.EntityName}/AllItems.aspx`,
    Description: '',
    EnableAttachments: true,
    EnableFolderCreation: false,
    EnableMinorVersions: false,
    EnableVersioning: true,
    EntityTypeName: `${list.EntityName.replace(/_/g, '_x005f_')}List`,
    Hidden: false,
    Id: list.Id,
    ItemCount: ctx.store.itemCount(list.Id),
    LastItemModifiedDate: list.LastItemModifiedDate,
    ListItemEntityTypeFullName: listEntityType(list),
    MajorVersionLimit: 500,
    ParentWebUrl: new URL(ctx.siteUrl).pathname,
    ...list.Props,
    Title: list.Title
  };
  // Like EffectiveBasePermissions, the item-level settings come back only when `$select`ed.
  delete props.ReadSecurity;
  delete props.WriteSecurity;
  const names = new Set((ctx.req.url.searchParams.get('$select') ?? '').split(',').map((s) => s.trim().toLowerCase()));
  const selected = (name: string): boolean => names.has(name.toLowerCase());
  if (selected('EffectiveBasePermissions')) props.EffectiveBasePermissions = permissionsProperty(ctx, list);
  if (selected('HasUniqueRoleAssignments')) props.HasUniqueRoleAssignments = isUniqueScope(ctx.store, { list });
  if (selected('ReadSecurity')) props.ReadSecurity = list.Props.ReadSecurity ?? READ_SECURITY.All;
  if (selected('WriteSecurity')) props.WriteSecurity = list.Props.WriteSecurity ?? WRITE_SECURITY.All;
  return decorate(
    ctx.mode,
    { type: 'SP.List', id: `${ctx.siteUrl}/_api/Web/Lists(guid'${list.Id}')`, editLink: `Web/Lists(guid'${list.Id}')`, etag: '"1"' },
    props
  );
}

function selectParam(ctx: Ctx): string[] | undefined {
  const s = ctx.req.url.searchParams.get('$select');
  return s ? s.split(',').map((x) => x.trim()) : undefined;
}

/** Values SharePoint accepts for the item-level settings (1 all, 2 own; WriteSecurity 4 none). */
const SECURITY_VALUES: Record<string, number[]> = { ReadSecurity: Object.values(READ_SECURITY), WriteSecurity: Object.values(WRITE_SECURITY) };

/** A list title as SharePoint checks it: a string (no numbers) of 1 to 255 characters. */
function listTitle(v: unknown): string {
  if (typeof v !== 'string') throw errors.badValue('Edm.String');
  const title = v.trim();
  if (!title) throw errors.badRequest('The parameter Title cannot be empty.');
  if (title.length > MAX_TITLE) throw errors.titleTooLong();
  return title;
}

function validateListProps(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    if (!LIST_PROPS.has(k)) throw errors.unknownProperty(k, 'SP.List');
    if (k === 'Title') {
      out.Title = listTitle(v);
      continue;
    }
    const allowed = SECURITY_VALUES[k];
    if (allowed) {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw errors.badValue('Edm.Int32');
      if (!allowed.includes(v)) throw errors.argumentOutOfRange();
    }
    out[k] = v;
  }
  return out;
}

function createList(ctx: Ctx): EmuResponse {
  requirePermission(ctx, PermissionKind.ManageLists);
  const body = parseJsonBody(ctx);
  checkBodyMetadata(ctx, body, 'SP.List', true);
  const props = validateListProps(body);
  const title = listTitle(props.Title ?? '');
  if (ctx.store.listByTitle(title)) throw errors.duplicateList();
  // The URL (and so the entity type) name is fixed from the title at creation, spaces removed.
  let entity = title.replace(/[^A-Za-z0-9_]/g, '') || 'List';
  const taken = new Set(ctx.store.allLists().map((l) => l.EntityName.toLowerCase()));
  for (let i = 1; taken.has(entity.toLowerCase()); i++) entity = `${entity.replace(/\d+$/, '')}${i}`;
  delete props.Title;
  const now = isoSeconds(new Date());
  const list: ListRecord = {
    Id: ctx.store.newGuid(),
    Title: title,
    EntityName: entity,
    Created: now,
    LastItemModifiedDate: now,
    Props: props,
    Fields: builtInFields(),
    NextItemId: 1
  };
  ctx.store.saveList(list);
  return jsonResponse(ctx, 201, single(ctx, 'SP.ApiData.Lists/@Element', listEntity(ctx, list)));
}

/** The list or web entity a securable's firstUniqueAncestorSecurableObject names. */
function ancestorEntity(ctx: Ctx, r: ScopeRef): Record<string, unknown> {
  return r.list ? listEntity(ctx, r.list) : webEntity(ctx, undefined);
}

const canView = (ctx: Ctx, list?: ListRecord): boolean => hasPermission(effectiveMask(ctx.store, ctx.user, list), PermissionKind.ViewListItems);

/**
 * Finds the list a segment names, as the acting user sees it. A site user without access to a
 * list with unique permissions gets the same 404 as for a missing list (the list collection is
 * security-trimmed, so SharePoint does not disclose that it exists; commonly observed),
 * unless an item of the list grants them access (SharePoint's Limited Access on the list).
 * Someone with no access to the site at all gets the 403 access-denied body instead.
 */
export function resolveList(ctx: Ctx, seg: Segment): ListRecord {
  let name: string;
  let list: ListRecord | undefined;
  if (seg.lname === 'getbytitle') {
    name = argString(ctx, seg.arg);
    list = ctx.store.listByTitle(name);
  } else if ((seg.lname === 'lists' || seg.lname === 'getbyid') && seg.arg !== undefined) {
    name = argString(ctx, seg.arg).replace(/[{}]/g, '');
    list = ctx.store.listById(name);
  } else {
    throw errors.notFoundSegment(seg.name);
  }
  if (list && (canView(ctx, list) || reachesItemsOf(ctx.store, ctx.user, list))) return list;
  if (!canView(ctx)) throw errors.accessDenied();
  throw errors.listNotFound(name, ctx.siteUrl);
}

/** `rest` starts after `web/lists` (the `lists(...)` segment itself is passed as `listsSeg`). */
export function handleLists(ctx: Ctx, listsSeg: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  let list: ListRecord;
  let tail: Segment[];
  if (listsSeg.arg !== undefined) {
    list = resolveList(ctx, listsSeg);
    tail = rest;
  } else if (rest.length === 0) {
    requirePermission(ctx, PermissionKind.ViewListItems);
    if (method === 'POST') return createList(ctx);
    if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.ListCollection');
    // Security-trimmed: lists the user cannot view are left out.
    const all = ctx.store.allLists().filter((l) => canView(ctx, l)).map((l) => listEntity(ctx, l));
    const rows = runGenericQuery(all, ctx.req.url.searchParams).map((e) => projectGeneric(e, selectParam(ctx)));
    return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.Lists', rows));
  } else {
    list = resolveList(ctx, rest[0]);
    tail = rest.slice(1);
  }

  if (tail.length === 0) {
    if (method === 'GET') return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Lists/@Element', projectGeneric(listEntity(ctx, list), selectParam(ctx))));
    if (method === 'MERGE' || method === 'PUT') {
      requirePermission(ctx, PermissionKind.ManageLists, list);
      const body = parseJsonBody(ctx);
      checkBodyMetadata(ctx, body, 'SP.List', false);
      const props = validateListProps(body);
      if (typeof props.Title === 'string') {
        const other = ctx.store.listByTitle(props.Title);
        if (other && other.Id !== list.Id) throw errors.duplicateList();
        list.Title = props.Title;
      }
      delete props.Title;
      list.Props = { ...list.Props, ...props };
      ctx.store.saveList(list);
      return noContent();
    }
    if (method === 'DELETE') {
      requirePermission(ctx, PermissionKind.ManageLists, list);
      ctx.store.deleteList(list.Id);
      return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
    }
    throw errors.methodNotAllowed(ctx.req.method, 'SP.List');
  }
  const [head, ...more] = tail;
  if (isSecuritySegment(head)) return handleSecurity(ctx, { ref: { list }, path: `Web/Lists(guid'${list.Id}')`, entityOf: (r) => ancestorEntity(ctx, r) }, head, more);
  switch (head.lname) {
    case 'items':
      return handleItems(ctx, list, head, more, (r) => ancestorEntity(ctx, r));
    case 'fields':
      return handleFields(ctx, list, head, more);
    case 'effectivebasepermissions':
      return permissionsEntity(ctx, ctx.user, 'SP.ApiData.Lists/@Element/EffectiveBasePermissions', list);
    case 'getusereffectivepermissions':
      return permissionsEntity(ctx, ctx.store.userByLogin(argString(ctx, head.arg)), 'SP.BasePermissions', list);
    default:
      throw errors.notFoundSegment(head.name);
  }
}
