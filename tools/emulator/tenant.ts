/**
 * The tenant around the plan site: the root site (`/`) and the tenant app catalog
 * (`/sites/appcatalog`), enough for tenant properties (storage entities) as SharePoint Online
 * serves them:
 * - `GET <any site>/_api/web/GetStorageEntity('<key>')` → `{ Value, Description, Comment }`, or
 *   `{"odata.null":true}` for a key nobody set (a 200, not a 404);
 * - `POST <app catalog>/_api/web/SetStorageEntity` with `{ key, value, description, comments }` and
 *   `POST <app catalog>/_api/web/RemoveStorageEntity('<key>')`: only on the tenant app catalog, and
 *   only by a SharePoint administrator; anyone else, or any other site, gets the 403 access-denied;
 * - `GET _api/SP_TenantSettings_Current` → `CorporateCatalogUrl` (how PnPjs finds the app catalog);
 * - `POST _api/contextinfo` and `GET _api/web` on both sites.
 * Every other path on these sites answers 404. The plan site itself reads tenant properties through
 * the same handler (see router.ts).
 */
import type { Ctx } from './context';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from './digest';
import { errors } from './errors';
import { decorate, jsonResponse, single } from './format';
import { argString, effectiveMethod, parseJsonBody, voidResult, type Segment } from './handlers/common';
import type { EmuResponse } from './types';

/** Server-relative path of the tenant app catalog site. */
export const APP_CATALOG_PATH = '/sites/appcatalog';

/** Paths of the tenant's other sites the emulator serves: the root site and the app catalog. */
export const TENANT_SITE_PATHS = ['', APP_CATALOG_PATH] as const;

interface StoredEntity {
  Value: string;
  Description: string;
  Comment: string;
}

const META_PREFIX = 'tenantProperty:';

/** What the tenant needs to know about the caller. */
export interface TenantCaller {
  /** The caller is a SharePoint administrator (or Global Administrator) of the tenant. */
  isSharePointAdmin: boolean;
}

function readEntity(ctx: Ctx, key: string): StoredEntity | undefined {
  const raw = ctx.store.getMeta(`${META_PREFIX}${key}`);
  return raw ? (JSON.parse(raw) as StoredEntity) : undefined;
}

/** `GetStorageEntity('<key>')`: any signed-in user of the tenant may read, from any site. */
export function getStorageEntity(ctx: Ctx, seg: Segment): EmuResponse {
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.Web.GetStorageEntity');
  if (!ctx.user) throw errors.accessDenied();
  const entity = readEntity(ctx, argString(ctx, seg.arg));
  if (!entity) {
    if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { GetStorageEntity: null } });
    return jsonResponse(ctx, 200, ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.StorageEntity`, 'odata.null': true } : { 'odata.null': true });
  }
  const body = decorate(ctx.mode, { type: 'SP.StorageEntity', id: `${ctx.siteUrl}/_api/web/GetStorageEntity` }, { Comment: entity.Comment, Description: entity.Description, Value: entity.Value });
  return jsonResponse(ctx, 200, single(ctx, 'SP.StorageEntity', body));
}

function requireAppCatalogAdmin(ctx: Ctx, sitePath: string, caller: TenantCaller): void {
  // SharePoint answers access denied both to a non-administrator and on any site but the app catalog.
  if (sitePath.toLowerCase() !== APP_CATALOG_PATH || !caller.isSharePointAdmin) throw errors.accessDenied();
}

/** `SetStorageEntity` (body `{ key, value, description, comments }`), on the app catalog only. */
function setStorageEntity(ctx: Ctx, sitePath: string, caller: TenantCaller): EmuResponse {
  if (effectiveMethod(ctx) !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.Web.SetStorageEntity');
  requireAppCatalogAdmin(ctx, sitePath, caller);
  const body = parseJsonBody(ctx);
  for (const prop of Object.keys(body)) if (!['key', 'value', 'description', 'comments'].includes(prop)) throw errors.unknownProperty(prop, 'SP.Web.SetStorageEntity');
  if (typeof body.key !== 'string' || body.key === '') throw errors.badRequest('The parameter key cannot be empty.');
  const entity: StoredEntity = { Value: String(body.value ?? ''), Description: String(body.description ?? ''), Comment: String(body.comments ?? '') };
  ctx.store.transaction(() => ctx.store.setMeta(`${META_PREFIX}${body.key as string}`, JSON.stringify(entity)));
  return voidResult(ctx, 'SetStorageEntity');
}

function removeStorageEntity(ctx: Ctx, sitePath: string, caller: TenantCaller, seg: Segment): EmuResponse {
  if (effectiveMethod(ctx) !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'SP.Web.RemoveStorageEntity');
  requireAppCatalogAdmin(ctx, sitePath, caller);
  const key = argString(ctx, seg.arg);
  ctx.store.transaction(() => ctx.store.deleteMeta(`${META_PREFIX}${key}`));
  return voidResult(ctx, 'RemoveStorageEntity');
}

/** `_api/SP_TenantSettings_Current`: where the tenant app catalog is. */
function tenantSettings(ctx: Ctx): EmuResponse {
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.TenantSettings');
  if (!ctx.user) throw errors.accessDenied();
  const body = decorate(ctx.mode, { type: 'SP.TenantSettings', id: `${ctx.siteUrl}/_api/SP_TenantSettings_Current` }, { CorporateCatalogUrl: `${ctx.req.url.origin}${APP_CATALOG_PATH}` });
  return jsonResponse(ctx, 200, single(ctx, 'SP.TenantSettings', body));
}

function contextInfo(ctx: Ctx): EmuResponse {
  if (effectiveMethod(ctx) !== 'POST') throw errors.methodNotAllowed(ctx.req.method, 'GetContextWebInformation');
  const props = { FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS, FormDigestValue: issueDigest(ctx.store.digestSecret(), ctx.login), SiteFullUrl: ctx.siteUrl, WebFullUrl: ctx.siteUrl };
  if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...props } } });
  return jsonResponse(ctx, 200, single(ctx, 'SP.ContextWebInformation', props));
}

function webEntity(ctx: Ctx, sitePath: string): EmuResponse {
  // The emulator keeps these sites read-only: it serves no web update here.
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.Web');
  if (!ctx.user) throw errors.accessDenied();
  const title = sitePath === APP_CATALOG_PATH ? 'Apps' : 'Communication site';
  const body = decorate(ctx.mode, { type: 'SP.Web', id: `${ctx.siteUrl}/_api/Web`, editLink: 'Web' }, {
    Title: title,
    Url: ctx.siteUrl,
    ServerRelativeUrl: sitePath || '/',
    WebTemplate: sitePath === APP_CATALOG_PATH ? 'APPCATALOG' : 'SITEPAGEPUBLISHING'
  });
  return jsonResponse(ctx, 200, single(ctx, 'SP.Web', body));
}

/** Whether `segs` ask for a tenant property (served on every site, the plan site included). */
export function isStorageEntityRead(segs: readonly Segment[]): boolean {
  return segs.length === 2 && segs[0].lname === 'web' && segs[1].lname === 'getstorageentity';
}

/** The REST surface of the root site and the app catalog (`segs` follow `_api`). */
export function handleTenantSite(ctx: Ctx, sitePath: string, caller: TenantCaller, segs: readonly Segment[]): EmuResponse {
  const [head, second, ...more] = segs;
  if (!head) throw errors.notFoundSegment('_api');
  if (head.lname === 'contextinfo' && !second) return contextInfo(ctx);
  if (head.lname === 'sp_tenantsettings_current' && !second) return tenantSettings(ctx);
  if (head.lname !== 'web' || more.length) throw errors.notFoundSegment((more[0] ?? head).name);
  if (!second) return webEntity(ctx, sitePath);
  switch (second.lname) {
    case 'getstorageentity':
      return getStorageEntity(ctx, second);
    case 'setstorageentity':
      return setStorageEntity(ctx, sitePath, caller);
    case 'removestorageentity':
      return removeStorageEntity(ctx, sitePath, caller, second);
    default:
      throw errors.notFoundSegment(second.name);
  }
}
