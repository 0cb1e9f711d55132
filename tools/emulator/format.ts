/**
 * JSON response shapes: `application/json` = JSON Light minimal metadata,
 * `odata=nometadata` = no annotations, `odata=verbose` = `{"d":...}` with `__metadata`,
 * collections under `d.results` and the paging link in `d.__next`.
 */
import type { Ctx } from './context';
import type { EmuResponse, ODataMode } from './types';

export function negotiate(accept: string | undefined): ODataMode {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata') || a.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

export function contentType(mode: ODataMode): string {
  if (mode === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  if (mode === 'nometadata') return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
  return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
}

export interface EntityMeta {
  type: string;
  /** Absolute id/uri (verbose `__metadata.id`) */
  id: string;
  /** minimal `odata.id`; defaults to `id` */
  odataId?: string;
  editLink?: string;
  etag?: string;
}

/** Adds the per-entity annotations of the negotiated mode in front of the properties. */
export function decorate(mode: ODataMode, meta: EntityMeta, props: Record<string, unknown>): Record<string, unknown> {
  if (mode === 'nometadata') return props;
  if (mode === 'verbose') {
    const m: Record<string, unknown> = { id: meta.id, uri: meta.id };
    if (meta.etag) m.etag = meta.etag;
    m.type = meta.type;
    return { __metadata: m, ...props };
  }
  const out: Record<string, unknown> = { 'odata.type': meta.type, 'odata.id': meta.odataId ?? meta.id };
  if (meta.etag) out['odata.etag'] = meta.etag;
  if (meta.editLink) out['odata.editLink'] = meta.editLink;
  return { ...out, ...props };
}

/** Verbose wraps collections as `{__metadata:{type:"Collection(X)"},results:[...]}`. */
export function collectionValue(mode: ODataMode, edmType: string, values: unknown[]): unknown {
  return mode === 'verbose' ? { __metadata: { type: `Collection(${edmType})` }, results: values } : values;
}

export function jsonResponse(ctx: Ctx, status: number, payload: unknown, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'Content-Type': contentType(ctx.mode), ...headers }, body: JSON.stringify(payload) };
}

export function single(ctx: Ctx, metadataFragment: string, obj: Record<string, unknown>): Record<string, unknown> {
  if (ctx.mode === 'verbose') return { d: obj };
  if (ctx.mode === 'nometadata') return obj;
  return { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#${metadataFragment}`, ...obj };
}

export function many(ctx: Ctx, metadataFragment: string, objs: unknown[], next?: string): Record<string, unknown> {
  if (ctx.mode === 'verbose') return { d: next ? { results: objs, __next: next } : { results: objs } };
  const out: Record<string, unknown> = ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#${metadataFragment}` } : {};
  out.value = objs;
  if (next) out['odata.nextLink'] = next;
  return out;
}

/** `$select` for non-item entities: keep the named properties plus annotations. */
export function projectGeneric(obj: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select || select.length === 0 || select.includes('*')) return obj;
  const wanted = new Set(select.map((s) => s.split('/')[0].toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k.startsWith('odata.') || k === '__metadata' || wanted.has(k.toLowerCase())) out[k] = v;
  }
  return out;
}

export function noContent(headers: Record<string, string> = {}): EmuResponse {
  return { status: 204, headers, body: '' };
}
