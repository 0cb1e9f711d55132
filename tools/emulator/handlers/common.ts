/** Helpers shared by the SharePoint handlers. */
import type { Ctx } from '../context';
import { errors, SpError } from '../errors';
import { jsonResponse } from '../format';
import { hasPermission } from '../permissions';
import { effectiveMask } from '../security/effective';
import type { ItemRecord, ListRecord } from '../store/sqliteStore';
import type { EmuResponse } from '../types';

export interface Segment {
  name: string;
  lname: string;
  /** Raw text inside the parentheses, if any. */
  arg?: string;
}

/** Effective method: POST tunnelled with `X-HTTP-Method` or the real verb. */
export function effectiveMethod(ctx: Ctx): string {
  const m = ctx.req.method.toUpperCase();
  const tunnel = ctx.req.headers['x-http-method'];
  if (m === 'POST' && tunnel) return tunnel.toUpperCase();
  return m === 'PATCH' ? 'MERGE' : m;
}

/** Unquotes `'a''b'` → `a'b`; resolves `@alias` parameters from the query string. */
export function argString(ctx: Ctx, arg: string | undefined): string {
  if (arg === undefined) throw errors.badRequest('A parameter is missing.');
  let a = arg.trim();
  if (a.startsWith('@')) a = (ctx.req.url.searchParams.get(a) ?? '').trim();
  const m = /^(?:guid)?'([\s\S]*)'$/i.exec(a);
  return m ? m[1].replace(/''/g, "'") : a;
}

export function parseJsonBody(ctx: Ctx): Record<string, unknown> {
  const text = ctx.req.body;
  if (!text || !text.trim()) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/**
 * Request-body `__metadata` rules: verbose bodies that create entities must carry
 * `__metadata.type`; non-verbose bodies must not carry `__metadata` at all.
 */
export function checkBodyMetadata(ctx: Ctx, body: Record<string, unknown>, expectedType: string, typeRequired: boolean): void {
  const meta = body.__metadata as { type?: string } | undefined;
  if (!ctx.bodyVerbose) {
    if (meta !== undefined) throw errors.unknownProperty('__metadata', expectedType);
    return;
  }
  if (meta?.type === undefined) {
    if (typeRequired) throw errors.badRequest('The type of the entity to create could not be determined. Specify it in __metadata.type.');
    return;
  }
  if (meta.type !== expectedType) throw errors.typeNotResolved(meta.type);
}

/**
 * 403 unless the acting user holds `kind` on the object's governing scope: the item's own when
 * unique, else the list's, else the web's (without a list, the web).
 */
export function requirePermission(ctx: Ctx, kind: number, list?: ListRecord, item?: ItemRecord): void {
  if (!hasPermission(effectiveMask(ctx.store, ctx.user, list, item), kind)) throw errors.accessDenied();
}

/** `name(a=1, b=true)` or positional `name(true, false)` → lower-cased names to unquoted values. */
export function namedArgs(ctx: Ctx, arg: string | undefined, positional: string[]): Map<string, string> {
  const out = new Map<string, string>();
  (arg ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .forEach((part, i) => {
      const eq = part.indexOf('=');
      const key = eq > 0 ? part.slice(0, eq).trim().toLowerCase() : positional[i];
      if (key) out.set(key, argString(ctx, eq > 0 ? part.slice(eq + 1) : part));
    });
  return out;
}

/** The answer of a void service operation (breakroleinheritance, addroleassignment...). */
export function voidResult(ctx: Ctx, operation: string): EmuResponse {
  if (ctx.mode === 'verbose') return jsonResponse(ctx, 200, { d: { [operation]: null } });
  if (ctx.mode === 'nometadata') return jsonResponse(ctx, 200, { 'odata.null': true });
  return jsonResponse(ctx, 200, { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Null`, 'odata.null': true });
}

/** Version number named by IF-Match (`*`, `"3"`, `3`, `"<guid>,3"`); undefined = no check. */
export function ifMatchVersion(ctx: Ctx): { raw: string; version: number | undefined } | undefined {
  const raw = ctx.req.headers['if-match'];
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return undefined;
  const stripped = raw.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const part = stripped.includes(',') ? stripped.slice(stripped.lastIndexOf(',') + 1) : stripped;
  const n = /^\d+$/.test(part.trim()) ? Number(part) : undefined;
  return { raw: raw.trim(), version: n };
}
