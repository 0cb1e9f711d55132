/** Entity shapes of principals (SP.User, SP.Group) and SP.RoleDefinition in each OData mode. */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { decorate } from '../format';
import type { BasePermissions, RoleDefinition } from '../permissions';
import type { SiteGroupRecord, SiteUser } from '../types';

/** An SP.BasePermissions value as a property (typed in minimal and verbose modes). */
export function maskValue(ctx: Ctx, mask: BasePermissions): Record<string, unknown> {
  if (ctx.mode === 'verbose') return { __metadata: { type: 'SP.BasePermissions' }, ...mask };
  return ctx.mode === 'minimal' ? { 'odata.type': 'SP.BasePermissions', ...mask } : { ...mask };
}

export function userEntity(ctx: Ctx, u: SiteUser): Record<string, unknown> {
  return decorate(
    ctx.mode,
    { type: 'SP.User', id: `${ctx.siteUrl}/_api/Web/GetUserById(${u.id})`, editLink: `Web/GetUserById(${u.id})` },
    {
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: `i:0#.f|membership|${u.login}`,
      Title: u.displayName,
      PrincipalType: 1,
      Email: u.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.permission === 'FullControl',
      UserId: { NameId: u.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.login
    }
  );
}

/** Title of a user or group principal (SP.Group `OwnerTitle`). */
export function principalTitle(ctx: Ctx, id: number): string {
  return ctx.store.groupById(id)?.Title ?? ctx.store.userById(id)?.displayName ?? '';
}

export function groupEntity(ctx: Ctx, g: SiteGroupRecord): Record<string, unknown> {
  const path = `Web/SiteGroups/GetById(${g.Id})`;
  return decorate(
    ctx.mode,
    { type: 'SP.Group', id: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      Id: g.Id,
      IsHiddenInUI: false,
      LoginName: g.Title,
      Title: g.Title,
      PrincipalType: 8,
      AllowMembersEditMembership: g.AllowMembersEditMembership,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.Description,
      OnlyAllowMembersViewMembership: g.OnlyAllowMembersViewMembership,
      OwnerTitle: principalTitle(ctx, g.OwnerId),
      RequestToJoinLeaveEmailSetting: null
    }
  );
}

/** SP.User or SP.Group entity of a principal id (role assignment `Member`). */
export function principalEntity(ctx: Ctx, id: number): Record<string, unknown> {
  const g = ctx.store.groupById(id);
  if (g) return groupEntity(ctx, g);
  const u = ctx.store.userById(id);
  if (u) return userEntity(ctx, u);
  throw errors.argumentOutOfRange();
}

export function roleDefinitionEntity(ctx: Ctx, r: RoleDefinition): Record<string, unknown> {
  const path = `Web/RoleDefinitions(${r.Id})`;
  return decorate(
    ctx.mode,
    { type: 'SP.RoleDefinition', id: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      BasePermissions: maskValue(ctx, r.BasePermissions),
      Description: r.Description,
      Hidden: false,
      Id: r.Id,
      Name: r.Name,
      Order: r.Order,
      RoleTypeKind: r.RoleTypeKind
    }
  );
}
