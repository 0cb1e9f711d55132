/**
 * Site groups as PnPjs `@pnp/sp/site-groups` uses them: `web/sitegroups` (GET, POST create),
 * `sitegroups(N)`, `getbyid(N)`, `getbyname('X')`, `removebyid(N)`, `removebyloginname('X')`,
 * `web/associated{Owner,Member,Visitor}group`, and per group MERGE/DELETE, `users` (GET, POST
 * `{LoginName}`, `getbyid`, `removebyid`, `removebyloginname`), `owner`, `setuserasowner(N)`.
 *
 * Who may do what follows SharePoint: creating a group needs CreateGroups on the web; changing a
 * group or its members needs ManagePermissions on the web or being (in) the group's owner, or
 * membership when AllowMembersEditMembership is set; membership is hidden from non-members when
 * OnlyAllowMembersViewMembership is set (the default for new groups).
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { jsonResponse, many, noContent, projectGeneric, single } from '../format';
import { hasPermission, PermissionKind } from '../permissions';
import { associatedGroup } from '../security/seed';
import { effectiveMask, principalIdsOf } from '../security/effective';
import type { EmuResponse, SiteGroupRecord, SiteUser } from '../types';
import { argString, checkBodyMetadata, effectiveMethod, parseJsonBody, requirePermission, type Segment } from './common';
import { groupEntity, principalEntity, userEntity } from './principals';

const GROUP_PROPS = new Set([
  'Title', 'Description', 'OnlyAllowMembersViewMembership', 'AllowMembersEditMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave', 'RequestToJoinLeaveEmailSetting'
]);

const selectOf = (ctx: Ctx): string[] | undefined => ctx.req.url.searchParams.get('$select')?.split(',').map((s) => s.trim());
const removed = (): EmuResponse => ({ status: 200, headers: { 'Content-Length': '0' }, body: '' });

function isMember(ctx: Ctx, g: SiteGroupRecord): boolean {
  return ctx.user !== undefined && g.MemberIds.includes(ctx.user.id);
}

function canManage(ctx: Ctx, g: SiteGroupRecord): boolean {
  if (hasPermission(effectiveMask(ctx.store, ctx.user), PermissionKind.ManagePermissions)) return true;
  if (ctx.user && principalIdsOf(ctx.store, ctx.user).has(g.OwnerId)) return true;
  return g.AllowMembersEditMembership && isMember(ctx, g);
}

function requireManage(ctx: Ctx, g: SiteGroupRecord): void {
  if (!canManage(ctx, g)) throw errors.accessDenied();
}

/** Applies SP.Group properties from a create/MERGE body; unknown ones are SharePoint's 400. */
function applyProps(ctx: Ctx, g: SiteGroupRecord, body: Record<string, unknown>): SiteGroupRecord {
  const next = { ...g };
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    if (!GROUP_PROPS.has(k)) throw errors.unknownProperty(k, 'SP.Group');
    if (k === 'Title') {
      const title = String(v ?? '').trim();
      if (!title) throw errors.badRequest('The parameter Title cannot be empty.');
      const other = ctx.store.groupByTitle(title);
      if (other && other.Id !== g.Id) throw errors.principalNameInUse();
      next.Title = title;
    }
    if (k === 'Description') next.Description = String(v ?? '');
    if (k === 'OnlyAllowMembersViewMembership') next.OnlyAllowMembersViewMembership = v === true;
    if (k === 'AllowMembersEditMembership') next.AllowMembersEditMembership = v === true;
  }
  return next;
}

function createGroup(ctx: Ctx): EmuResponse {
  requirePermission(ctx, PermissionKind.CreateGroups);
  const body = parseJsonBody(ctx);
  checkBodyMetadata(ctx, body, 'SP.Group', true);
  if (typeof body.Title !== 'string' || !body.Title.trim()) throw errors.badRequest('The parameter Title cannot be empty.');
  const me = ctx.user as SiteUser;
  // The creator owns the new group and is its first member, as with CSOM/REST group creation.
  const draft: SiteGroupRecord = {
    Id: ctx.store.nextPrincipalId(),
    Title: '',
    Description: '',
    OwnerId: me.id,
    MemberIds: [me.id],
    OnlyAllowMembersViewMembership: true,
    AllowMembersEditMembership: false
  };
  const group = applyProps(ctx, draft, body);
  ctx.store.saveGroup(group);
  return jsonResponse(ctx, 201, single(ctx, 'SP.ApiData.Groups/@Element', groupEntity(ctx, group)));
}

function resolveGroup(ctx: Ctx, seg: Segment): SiteGroupRecord {
  let g: SiteGroupRecord | undefined;
  if (seg.lname === 'getbyname') g = ctx.store.groupByTitle(argString(ctx, seg.arg));
  else g = ctx.store.groupById(Number(argString(ctx, seg.arg)));
  if (!g) throw errors.groupNotFound();
  return g;
}

function memberByArg(ctx: Ctx, g: SiteGroupRecord, seg: Segment): SiteUser {
  const raw = argString(ctx, seg.arg);
  const u = seg.lname === 'getbyid' || seg.lname === 'removebyid' ? ctx.store.userById(Number(raw)) : ctx.store.userByLogin(raw.replace(/^!@v::/, ''));
  if (!u || !g.MemberIds.includes(u.id)) throw errors.userNotFound(raw);
  return u;
}

function groupUsers(ctx: Ctx, g: SiteGroupRecord, usersSeg: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  if (g.OnlyAllowMembersViewMembership && !isMember(ctx, g) && !canManage(ctx, g)) throw errors.accessDenied();
  const op = usersSeg.arg !== undefined ? { ...usersSeg, lname: 'getbyloginname' } : rest[0];
  if (!op) {
    if (method === 'GET') {
      const rows = g.MemberIds.flatMap((id) => {
        const u = ctx.store.userById(id);
        return u ? [projectGeneric(userEntity(ctx, u), selectOf(ctx))] : [];
      });
      return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.Users', rows));
    }
    if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.UserCollection');
    requireManage(ctx, g);
    const body = parseJsonBody(ctx);
    checkBodyMetadata(ctx, body, 'SP.User', false);
    const login = String(body.LoginName ?? '');
    const u = ctx.store.userByLogin(login);
    if (!u) throw errors.userNotFound(login);
    if (!g.MemberIds.includes(u.id)) ctx.store.saveGroup({ ...g, MemberIds: [...g.MemberIds, u.id] });
    return jsonResponse(ctx, 201, single(ctx, 'SP.ApiData.Users/@Element', userEntity(ctx, u)));
  }
  const u = memberByArg(ctx, g, op);
  if (op.lname.startsWith('remove') || method === 'DELETE') {
    if (method !== 'POST' && method !== 'DELETE') throw errors.methodNotAllowed(ctx.req.method, 'SP.UserCollection.Remove');
    requireManage(ctx, g);
    ctx.store.saveGroup({ ...g, MemberIds: g.MemberIds.filter((id) => id !== u.id) });
    return removed();
  }
  return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Users/@Element', projectGeneric(userEntity(ctx, u), selectOf(ctx))));
}

function handleGroup(ctx: Ctx, g: SiteGroupRecord, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  const [op, ...more] = rest;
  if (!op) {
    if (method === 'GET') return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Groups/@Element', projectGeneric(groupEntity(ctx, g), selectOf(ctx))));
    if (method === 'MERGE' || method === 'PUT') {
      requireManage(ctx, g);
      const body = parseJsonBody(ctx);
      checkBodyMetadata(ctx, body, 'SP.Group', false);
      ctx.store.saveGroup(applyProps(ctx, g, body));
      return noContent();
    }
    if (method === 'DELETE') {
      requirePermission(ctx, PermissionKind.ManagePermissions);
      ctx.store.deleteGroup(g.Id);
      return removed();
    }
    throw errors.methodNotAllowed(ctx.req.method, 'SP.Group');
  }
  switch (op.lname) {
    case 'users':
      return groupUsers(ctx, g, op, more);
    case 'owner':
      return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.Principals/@Element', principalEntity(ctx, g.OwnerId)));
    case 'setuserasowner': {
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.Group.SetUserAsOwner');
      requireManage(ctx, g);
      const ownerId = Number(argString(ctx, op.arg));
      // A group may be owned by a user or by another group (e.g. the site's Owners group).
      if (!ctx.store.userById(ownerId) && !ctx.store.groupById(ownerId)) throw errors.argumentOutOfRange();
      ctx.store.saveGroup({ ...g, OwnerId: ownerId });
      return noContent();
    }
    default:
      throw errors.notFoundSegment(op.name);
  }
}

const ASSOCIATED: Record<string, 'Owners' | 'Members' | 'Visitors'> = {
  associatedownergroup: 'Owners',
  associatedmembergroup: 'Members',
  associatedvisitorgroup: 'Visitors'
};

export const isGroupSegment = (seg: Segment): boolean => seg.lname === 'sitegroups' || seg.lname in ASSOCIATED;

/** `rest` starts after `web/sitegroups` or `web/associated…group`. */
export function handleGroups(ctx: Ctx, head: Segment, rest: Segment[]): EmuResponse {
  const method = effectiveMethod(ctx);
  if (head.lname in ASSOCIATED) {
    const g = associatedGroup(ctx.store, ASSOCIATED[head.lname]);
    if (!g) throw errors.groupNotFound();
    return handleGroup(ctx, g, rest);
  }
  if (head.arg !== undefined) return handleGroup(ctx, resolveGroup(ctx, head), rest);
  const [op, ...more] = rest;
  if (!op) {
    if (method === 'POST') return createGroup(ctx);
    if (method !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.GroupCollection');
    const rows = ctx.store.allGroups().map((g) => projectGeneric(groupEntity(ctx, g), selectOf(ctx)));
    return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.Groups', rows));
  }
  switch (op.lname) {
    case 'getbyid':
    case 'getbyname':
      return handleGroup(ctx, resolveGroup(ctx, op), more);
    case 'removebyid':
    case 'removebyloginname': {
      if (method !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.GroupCollection.Remove');
      requirePermission(ctx, PermissionKind.ManagePermissions);
      const g = resolveGroup(ctx, { ...op, lname: op.lname === 'removebyid' ? 'getbyid' : 'getbyname' });
      ctx.store.deleteGroup(g.Id);
      return removed();
    }
    default:
      throw errors.notFoundSegment(op.name);
  }
}
