/**
 * Routes a transport-neutral request: the SharePoint REST surface under `<site>/_api/`,
 * the Graph stand-in under `/v1.0/`, and the emulator's own control surface under `/_emulator/`.
 * `$batch` parts come back through `dispatch`, so they get the same permissions, ETag checks
 * and errors as top-level requests.
 */
import { randomUUID } from 'node:crypto';
import { runBatch } from './batch';
import type { Ctx } from './context';
import { handleControl, type ControlDeps } from './control';
import { isValidDigest } from './digest';
import { refuseLargeBody } from './limits';
import { errorBody, errors, SpError } from './errors';
import { contentType, negotiate } from './format';
import { handleGraph } from './graph';
import type { Segment } from './handlers/common';
import { handleLists } from './handlers/lists';
import { contextInfo, handleWeb } from './handlers/web';
import type { SqliteStore } from './store/sqliteStore';
import { handleTenantSite, TENANT_SITE_PATHS } from './tenant';
import type { EmuRequest, EmuResponse, SiteUser } from './types';

export interface AppState extends ControlDeps {
  store: SqliteStore;
  sitePath: string;
  siteOwner: string;
  threshold: { value: number };
  /** Team id → member logins (lower case), for the Graph stand-in's membership check. */
  teams?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Logins (lower case) of the tenant's SharePoint administrators, who alone may set tenant properties. */
  sharePointAdmins: ReadonlySet<string>;
}

export function actingUser(app: AppState, headers: Record<string, string>): { login: string; user: SiteUser | undefined } {
  const login = headers['x-emulator-user']?.trim() || app.siteOwner;
  return { login, user: app.store.userByLogin(login) };
}

function parseSegments(path: string): Segment[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((raw) => {
      let s: string;
      try {
        s = decodeURIComponent(raw);
      } catch {
        throw errors.badRequest(`Invalid URL segment ${raw}.`);
      }
      const m = /^([^(]+)(?:\(([\s\S]*)\))?$/.exec(s);
      if (!m) throw errors.notFoundSegment(s);
      return { name: m[1], lname: m[1].toLowerCase(), arg: m[2] };
    });
}

/** Storage-entity calls on the plan site go to the tenant's handler: reads work on every site, writes only on the app catalog. */
const STORAGE_ENTITY = /^(get|set|remove)storageentity$/;

async function dispatchSp(app: AppState, req: EmuRequest, apiPath: string, sitePath: string): Promise<EmuResponse> {
  const mode = negotiate(req.headers.accept);
  const { login, user } = actingUser(app, req.headers);
  const ctx: Ctx = {
    store: app.store,
    req,
    mode,
    siteUrl: `${req.url.origin}${sitePath}`,
    user,
    login,
    threshold: app.threshold.value,
    timeZone: app.timeZone,
    bodyVerbose: /odata=verbose/i.test(req.headers['content-type'] ?? '')
  };
  try {
    const segs = parseSegments(apiPath);
    if (segs.length === 0) throw errors.notFoundSegment('_api');
    const [head, ...rest] = segs;
    const method = req.method.toUpperCase();
    const caller = { isSharePointAdmin: app.sharePointAdmins.has(login.toLowerCase()) };
    // A cookie-style write needs a valid digest; bearer-token calls and batch parts don't.
    if (method !== 'GET' && method !== 'HEAD' && head.lname !== 'contextinfo' && !req.digestSatisfied && !req.headers.authorization) {
      if (!isValidDigest(app.store.digestSecret(), req.headers['x-requestdigest'], login)) throw errors.invalidDigest();
    }
    if (method !== 'GET' && method !== 'HEAD' && !req.digestSatisfied) refuseLargeBody(req.body);
    if (sitePath !== app.sitePath) return handleTenantSite(ctx, sitePath, caller, segs);
    if (head.lname === 'web' && rest.length === 1 && STORAGE_ENTITY.test(rest[0].lname)) return handleTenantSite(ctx, sitePath, caller, segs);
    switch (head.lname) {
      case 'contextinfo':
        return contextInfo(ctx);
      case '$batch':
        if (method !== 'POST') throw errors.methodNotAllowed(method, '$batch');
        return await runBatch(req, (inner) => dispatch(app, inner));
      case 'web':
        if (rest[0]?.lname === 'lists') return handleLists(ctx, rest[0], rest.slice(1));
        if (rest[0]?.lname === 'getlist') throw errors.notFoundSegment(rest[0].name);
        return handleWeb(ctx, rest);
      case 'lists':
        return handleLists(ctx, head, rest);
      default:
        throw errors.notFoundSegment(head.name);
    }
  } catch (e) {
    const err = e instanceof SpError ? e : new SpError(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e));
    return { status: err.status, headers: { 'Content-Type': contentType(mode), ...err.extraHeaders }, body: errorBody(err, mode) };
  }
}

export async function dispatch(app: AppState, req: EmuRequest): Promise<EmuResponse> {
  const path = req.url.pathname;
  const apiPrefix = `${app.sitePath}/_api`.toLowerCase();
  const lower = path.toLowerCase();
  if (lower === apiPrefix || lower.startsWith(`${apiPrefix}/`)) return dispatchSp(app, req, path.slice(apiPrefix.length), app.sitePath);
  for (const sitePath of TENANT_SITE_PATHS) {
    const prefix = `${sitePath}/_api`;
    if (lower === prefix || lower.startsWith(`${prefix}/`)) return dispatchSp(app, req, path.slice(prefix.length), sitePath);
  }
  if (lower.startsWith('/v1.0/')) {
    const { user } = actingUser(app, req.headers);
    const r = handleGraph(app.store, req.method.toUpperCase(), path, req.headers, req.body, user, { teams: app.teams, consent: app.graphConsent });
    if (r) return r;
  }
  if (lower.startsWith('/_emulator/')) return handleControl(app, req);
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: `404 NOT FOUND (${path}); the site is at ${app.sitePath}. request ${randomUUID()}`
  };
}
