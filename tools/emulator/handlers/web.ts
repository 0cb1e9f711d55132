/** `_api/contextinfo`, `_api/web` (read and MERGE), site users, their groups and effective permissions. */
import type { Ctx } from '../context';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../digest';
import { errors } from '../errors';
import { collectionValue, decorate, jsonResponse, many, noContent, projectGeneric, single } from '../format';
import { runGenericQuery } from '../odata/query';
import { PermissionKind } from '../permissions';
import { effectiveMask } from '../security/effective';
import { spTimeZone } from '../model/timeZone';
import { SITE_TITLE } from '../security/seed';
import type { ItemRecord, ListRecord } from '../store/sqliteStore';
import type { EmuResponse, SiteUser } from '../types';
import { argString, checkBodyMetadata, effectiveMethod, parseJsonBody, requirePermission, type Segment } from './common';
import { handleGroups, isGroupSegment } from './groups';
import { groupEntity, maskValue, userEntity } from './principals';
import { handleRoleDefinitions } from './roleDefinitions';
import { handleSecurity, isSecuritySegment } from './security';
import { savedWebProps, updateWebProps } from './webProperties';

export { userEntity } from './principals';

export const LIBRARY_VERSION = '16.0.26516.12004';

export function webId(ctx: Ctx): string {
  let id = ctx.store.getMeta('webId');
  if (!id) {
    id = ctx.store.newGuid();
    const value = id;
    ctx.store.transaction(() => ctx.store.setMeta('webId', value));
  }
  return id;
}

export function contextInfo(ctx: Ctx): EmuResponse {
  if (effectiveMethod(ctx) !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'GetContextWebInformation');
  const props = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(ctx.store.digestSecret(), ctx.login),
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: collectionValue(ctx.mode, 'Edm.String', ['14.0.0.0', '15.0.0.0']),
    WebFullUrl: ctx.siteUrl
  };
  if (ctx.mode === 'verbose') {
    return jsonResponse(ctx, 200, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...props } } });
  }
  return jsonResponse(ctx, 200, single(ctx, 'SP.ContextWebInformation', props));
}

/** `EffectiveBasePermissions` / `getUserEffectivePermissions` of `user` on an item, a list or the web (each on its governing scope). */
export function permissionsEntity(ctx: Ctx, user: SiteUser | undefined, fragment: string, list?: ListRecord, item?: ItemRecord): EmuResponse {
  const mask = effectiveMask(ctx.store, user, list, item);
  const body = ctx.mode === 'minimal' ? { 'odata.type': 'SP.BasePermissions', ...mask } : ctx.mode === 'verbose' ? { __metadata: { type: 'SP.BasePermissions' }, ...mask } : { ...mask };
  if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { EffectiveBasePermissions: body } });
  return jsonResponse(ctx, 200, single(ctx, fragment, body));
}

/** `EffectiveBasePermissions` as a property when `$select` names it. */
export function permissionsProperty(ctx: Ctx, list?: ListRecord): Record<string, unknown> {
  return maskValue(ctx, effectiveMask(ctx.store, ctx.user, list));
}

function selectList(ctx: Ctx): string[] | undefined {
  const s = ctx.req.url.searchParams.get('$select');
  return s ? s.split(',').map((x) => x.trim()) : undefined;
}

/**
 * A user (`currentuser`, `getuserbyid(N)`, `siteusers/getby…`) or, with a `groups` segment after
 * it, the site groups the user is a direct member of (SP.User.Groups).
 */
function oneUser(ctx: Ctx, u: SiteUser | undefined, who: string, tail: Segment[] = []): EmuResponse {
  if (!u) throw errors.userNotFound(who);
  if (tail.length === 0) return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Users/@Element', projectGeneric(userEntity(ctx, u), selectList(ctx))));
  const [seg, ...more] = tail;
  if (seg.lname !== 'groups' || seg.arg !== undefined || more.length) throw errors.notFoundSegment(seg.name);
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.GroupCollection');
  const all = ctx.store.allGroups().filter((g) => g.MemberIds.includes(u.id)).map((g) => groupEntity(ctx, g));
  const rows = runGenericQuery(all, ctx.req.url.searchParams).map((e) => projectGeneric(e, selectList(ctx)));
  return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.Groups', rows));
}

/** The SP.Web entity; `EffectiveBasePermissions` and `HasUniqueRoleAssignments` only when `$select`ed, as in SharePoint. */
export function webEntity(ctx: Ctx, sel: string[] | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {
    Id: webId(ctx),
    Title: SITE_TITLE,
    Description: 'Improvement Plan',
    ...savedWebProps(ctx),
    Url: ctx.siteUrl,
    ServerRelativeUrl: new URL(ctx.siteUrl).pathname,
    Language: 1033,
    WebTemplate: 'STS',
    Configuration: 0,
    Created: '2026-01-05T09:00:00Z',
    LastItemModifiedDate: new Date().toISOString().slice(0, 19) + 'Z'
  };
  if (sel?.some((s) => /^EffectiveBasePermissions$/i.test(s))) props.EffectiveBasePermissions = permissionsProperty(ctx);
  // The root web always has its own role assignments.
  if (sel?.some((s) => /^HasUniqueRoleAssignments$/i.test(s))) props.HasUniqueRoleAssignments = true;
  return decorate(ctx.mode, { type: 'SP.Web', id: `${ctx.siteUrl}/_api/Web`, editLink: 'Web' }, props);
}

/**
 * `web/RegionalSettings/TimeZone`: the site's SP.TimeZone (Id, Description, Information with the
 * biases in minutes). Other regional settings are not emulated.
 */
function regionalTimeZone(ctx: Ctx, tail: Segment[]): EmuResponse {
  if (tail.length !== 1 || tail[0].lname !== 'timezone' || tail[0].arg !== undefined) throw errors.notFoundSegment(tail[0]?.name ?? 'RegionalSettings');
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.TimeZone');
  const zone = spTimeZone(ctx.timeZone);
  const information = ctx.mode === 'verbose' ? { __metadata: { type: 'SP.TimeZoneInformation' }, ...zone.Information } : { ...zone.Information };
  const entity = decorate(ctx.mode, { type: 'SP.TimeZone', id: `${ctx.siteUrl}/_api/Web/RegionalSettings/TimeZone`, editLink: 'Web/RegionalSettings/TimeZone' }, {
    Description: zone.Description,
    Id: zone.Id,
    Information: information
  });
  return jsonResponse(ctx, 200, single(ctx, 'SP.TimeZone', projectGeneric(entity, selectList(ctx))));
}

/** `web`, `web/currentuser`, `web/siteusers...`, `web/ensureuser`, permissions. */
export function handleWeb(ctx: Ctx, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  requirePermission(ctx, PermissionKind.ViewListItems);
  if (rest.length === 0) {
    if (method === 'MERGE' || method === 'PUT') {
      requirePermission(ctx, PermissionKind.ManageWeb);
      const body = parseJsonBody(ctx);
      checkBodyMetadata(ctx, body, 'SP.Web', false);
      updateWebProps(ctx, body);
      return noContent();
    }
    if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.Web');
    const sel = selectList(ctx);
    return jsonResponse(ctx, 200, single(ctx, 'SP.Web', projectGeneric(webEntity(ctx, sel), sel)));
  }
  const [head, ...tail] = rest;
  if (isGroupSegment(head)) return handleGroups(ctx, head, tail);
  if (isSecuritySegment(head)) return handleSecurity(ctx, { ref: {}, path: 'Web', entityOf: () => webEntity(ctx, undefined) }, head, tail);
  switch (head.lname) {
    case 'roledefinitions':
      return handleRoleDefinitions(ctx, head, tail);
    case 'regionalsettings':
      return regionalTimeZone(ctx, tail);
    case 'effectivebasepermissions':
      return permissionsEntity(ctx, ctx.user, 'SP.ApiData.Webs/@Element/EffectiveBasePermissions');
    case 'getusereffectivepermissions': {
      const login = argString(ctx, head.arg);
      return permissionsEntity(ctx, ctx.store.userByLogin(login), 'SP.BasePermissions');
    }
    case 'currentuser':
      if (!ctx.user) throw errors.accessDenied();
      return oneUser(ctx, ctx.user, ctx.login, tail);
    case 'getuserbyid':
      return oneUser(ctx, ctx.store.userById(Number(head.arg)), String(head.arg), tail);
    case 'ensureuser': {
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.Web.EnsureUser');
      requirePermission(ctx, PermissionKind.AddListItems);
      const body = parseJsonBody(ctx);
      const logon = String(body.logonName ?? '');
      const u = ctx.store.userByLogin(logon);
      if (!u) throw errors.userNotFound(logon);
      return oneUser(ctx, u, logon);
    }
    case 'siteusers': {
      if (head.arg !== undefined) {
        const login = argString(ctx, head.arg);
        return oneUser(ctx, ctx.store.userByLogin(login), login, tail);
      }
      if (tail.length === 0) {
        const all = ctx.store.allUsers().map((u) => userEntity(ctx, u));
        const rows = runGenericQuery(all, ctx.req.url.searchParams).map((e) => projectGeneric(e, selectList(ctx)));
        return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.Users', rows));
      }
      const [t, ...sub] = tail;
      if (t.lname === 'getbyid') return oneUser(ctx, ctx.store.userById(Number(t.arg)), String(t.arg), sub);
      if (t.lname === 'getbyemail') {
        const email = argString(ctx, t.arg).toLowerCase();
        return oneUser(ctx, ctx.store.allUsers().find((u) => u.email.toLowerCase() === email), email, sub);
      }
      if (t.lname === 'getbyloginname') {
        const login = argString(ctx, t.arg);
        return oneUser(ctx, ctx.store.userByLogin(login), login, sub);
      }
      throw errors.notFoundSegment(t.name);
    }
    default:
      throw errors.notFoundSegment(head.name);
  }
}
