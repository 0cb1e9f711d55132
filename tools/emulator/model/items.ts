/**
 * List items: how a column reads in `$filter`/`$orderby`, how an item serialises in each OData
 * mode, and how a write body is validated and coerced.
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { collectionValue, decorate } from '../format';
import type { Resolved, Resolver } from '../odata/evaluate';
import type { ItemRecord, ListRecord } from '../store/sqliteStore';
import type { SiteUser } from '../types';
import { baseType, isDateOnly, isLookupLike, isMulti, odataName, type FieldDef } from './fields';
import { storedDateOnly } from './timeZone';
import { refuseLongText } from '../limits';

export const listEntityType = (list: ListRecord): string => `SP.Data.${list.EntityName.replace(/_/g, '_x005f_')}ListItem`;
export const listItemsFragment = (list: ListRecord): string => `SP.ListData.${list.EntityName.replace(/_/g, '_x005f_')}ListItems`;
export const itemEditLink = (list: ListRecord, id: number): string => `Web/Lists(guid'${list.Id}')/Items(${id})`;
export const etagOf = (item: ItemRecord): string => `"${item.Version}"`;
const CONTENT_TYPE_ID = '0x0100A1B2C3D4E5F60718293A4B5C6D7E8F90';

/** Properties of a user in the site user info list (what `$expand=Lead` can project). */
export function userInfoProps(u: SiteUser): Record<string, unknown> {
  const [first, ...rest] = u.displayName.split(' ');
  return {
    Id: u.id,
    ID: u.id,
    Title: u.displayName,
    Name: `i:0#.f|membership|${u.login}`,
    EMail: u.email,
    UserName: u.login,
    FirstName: first ?? '',
    LastName: rest.join(' '),
    JobTitle: null,
    Department: null,
    SipAddress: u.email,
    IsSiteAdmin: u.permission === 'FullControl'
  };
}

export function findField(list: ListRecord, name: string): FieldDef | undefined {
  return (
    list.Fields.find((f) => f.InternalName === name || odataName(f.InternalName) === name) ??
    list.Fields.find((f) => f.InternalName.toLowerCase() === name.toLowerCase() || odataName(f.InternalName).toLowerCase() === name.toLowerCase())
  );
}

/** `XId` / `XStringId` property names of a User/Lookup column. */
function lookupByIdProp(list: ListRecord, name: string): FieldDef | undefined {
  const m = /^(.*)(Id)$/i.exec(name);
  if (!m) return undefined;
  const f = findField(list, m[1]);
  return f && isLookupLike(f) ? f : undefined;
}

export function rawValue(item: ItemRecord, f: FieldDef): unknown {
  switch (f.InternalName) {
    case 'ID':
      return item.Id;
    case 'Created':
      return item.Created;
    case 'Modified':
      return item.Modified;
    case 'Author':
      return item.AuthorId;
    case 'Editor':
      return item.EditorId;
    case '_UIVersionString':
      return `${item.Version}.0`;
    case 'GUID':
      return item.GUID;
    case 'Attachments':
      return false;
    case 'ContentTypeId':
      return CONTENT_TYPE_ID;
    default:
      return item.Values[f.InternalName] ?? null;
  }
}

function valueType(f: FieldDef): Resolved['type'] {
  if (isMulti(f) || f.TypeAsString === 'MultiChoice') return 'multi';
  switch (baseType(f)) {
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'User':
    case 'Lookup':
      return 'number';
    case 'DateTime':
      return 'date';
    case 'Boolean':
    case 'Attachments':
      return 'bool';
    default:
      return 'text';
  }
}

/** How the target row of a lookup/user column is found. */
export function lookupTarget(ctx: Ctx, f: FieldDef, id: number): Record<string, unknown> | undefined {
  if (baseType(f) === 'User') {
    const u = ctx.store.userById(id);
    return u ? userInfoProps(u) : undefined;
  }
  const target = ctx.store.listById(f.LookupList ?? '');
  const row = target ? ctx.store.getItem(target.Id, id) : undefined;
  if (!target || !row) return undefined;
  const out: Record<string, unknown> = { Id: row.Id, ID: row.Id };
  for (const tf of target.Fields) out[odataName(tf.InternalName)] = rawValue(row, tf);
  return out;
}

export interface ColumnRef {
  field: FieldDef;
  /** undefined = the column itself (id for lookups); otherwise a projected property. */
  projection?: string;
}

/** Maps an OData path to a column; throws SharePoint's errors for unknown or unexpanded paths. */
export function resolveColumn(list: ListRecord, path: string, expand: Set<string>): ColumnRef {
  const slash = path.indexOf('/');
  if (slash > 0) {
    const head = path.slice(0, slash);
    const prop = path.slice(slash + 1);
    const f = findField(list, head);
    if (!f || !isLookupLike(f)) throw errors.unknownColumn(head);
    if (!expand.has(head.toLowerCase())) throw errors.projectionWithoutExpand(path, head);
    if (/^(id)$/i.test(prop)) return { field: f };
    return { field: f, projection: prop };
  }
  if (/^id$/i.test(path)) return { field: findField(list, 'ID') as FieldDef };
  const byId = lookupByIdProp(list, path);
  if (byId) return { field: byId };
  const f = findField(list, path);
  if (!f) throw errors.unknownColumn(path);
  return { field: f };
}

/** Whether a path counts as an indexed column for the list view threshold. */
export function isIndexedPath(list: ListRecord, path: string, expand: Set<string>): boolean {
  const ref = resolveColumn(list, path, expand);
  if (ref.projection) return false;
  return ref.field.InternalName === 'ID' || ref.field.Indexed;
}

/**
 * Resolves OData paths on one item. `columns` caches path → column across the items of one query
 * (the mapping depends only on the list and `$expand`), so a filter over thousands of items
 * resolves each path once.
 */
export function itemResolver(ctx: Ctx, list: ListRecord, item: ItemRecord, expand: Set<string>, columns?: Map<string, ColumnRef>): Resolver {
  return (path) => {
    const ref = columns?.get(path) ?? resolveColumn(list, path, expand);
    columns?.set(path, ref);
    const raw = rawValue(item, ref.field);
    if (!ref.projection) return { value: raw, type: valueType(ref.field) };
    const ids = Array.isArray(raw) ? (raw as number[]) : raw === null ? [] : [raw as number];
    const vals = ids.map((id) => lookupTarget(ctx, ref.field, id)?.[ref.projection as string] ?? null);
    if (isMulti(ref.field)) return { value: vals, type: 'multi' };
    const v = vals[0] ?? null;
    return { value: v, type: typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'text' };
  };
}

function lookupEntity(ctx: Ctx, f: FieldDef, id: number, props: string[] | undefined): Record<string, unknown> | null {
  const target = lookupTarget(ctx, f, id);
  if (!target) return null;
  const isUser = baseType(f) === 'User';
  const list = isUser ? undefined : ctx.store.listById(f.LookupList ?? '');
  const type = isUser ? 'SP.Data.UserInfoItem' : list ? listEntityType(list) : 'SP.ListItem';
  const chosen = props && props.length ? props : isUser ? ['Id', 'Title', 'EMail'] : ['Id', 'Title'];
  const body: Record<string, unknown> = {};
  for (const p of chosen) {
    const key = Object.keys(target).find((k) => k.toLowerCase() === p.toLowerCase());
    if (!key) throw errors.unknownColumn(p);
    body[key] = target[key];
  }
  const uid = isUser ? `${ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${id})` : `${ctx.siteUrl}/_api/Web/Lists(guid'${f.LookupList}')/Items(${id})`;
  return decorate(ctx.mode, { type, id: uid, odataId: String(target.GUID ?? uid) }, body);
}

function writeOutValue(ctx: Ctx, f: FieldDef, v: unknown): unknown {
  if (f.TypeAsString === 'MultiChoice') return v === null ? null : collectionValue(ctx.mode, 'Edm.String', (v as string[]) ?? []);
  if (f.TypeAsString === 'URL' && v && ctx.mode === 'verbose') return { __metadata: { type: 'SP.FieldUrlValue' }, ...(v as object) };
  return v;
}

/**
 * Serialises one item. `select` holds raw `$select` entries (undefined = all columns); `expand`
 * the lower-cased expanded lookups.
 */
export function serializeItem(ctx: Ctx, list: ListRecord, item: ItemRecord, select: string[] | undefined, expand: Set<string>): Record<string, unknown> {
  const all: Array<[string, unknown]> = [];
  const push = (k: string, v: unknown): void => {
    all.push([k, v]);
  };
  push('FileSystemObjectType', 0);
  push('Id', item.Id);
  push('ServerRedirectedEmbedUri', null);
  push('ServerRedirectedEmbedUrl', '');
  push('ContentTypeId', CONTENT_TYPE_ID);
  for (const f of list.Fields) {
    if (f.BuiltIn && f.InternalName !== 'Title') continue;
    const v = rawValue(item, f);
    if (isLookupLike(f)) {
      const name = odataName(f.InternalName);
      if (isMulti(f)) {
        const ids = (v as number[] | null) ?? [];
        push(`${name}Id`, collectionValue(ctx.mode, 'Edm.Int32', ids));
        push(`${name}StringId`, collectionValue(ctx.mode, 'Edm.String', ids.map(String)));
      } else {
        push(`${name}Id`, v);
        if (v !== null) push(`${name}StringId`, String(v));
      }
      continue;
    }
    push(odataName(f.InternalName), writeOutValue(ctx, f, v));
    if (f.InternalName === 'Title') push('ComplianceAssetId', null);
  }
  push('ID', item.Id);
  push('Modified', item.Modified);
  push('Created', item.Created);
  push('AuthorId', item.AuthorId);
  push('EditorId', item.EditorId);
  push('OData__UIVersionString', `${item.Version}.0`);
  push('Attachments', false);
  push('GUID', item.GUID);

  let props: Record<string, unknown>;
  if (!select || select.includes('*')) {
    props = Object.fromEntries(all);
  } else {
    props = {};
    const exact = new Map(all);
    const byLower = new Map<string, [string, unknown]>();
    for (const [k, v] of all) if (!byLower.has(k.toLowerCase())) byLower.set(k.toLowerCase(), [k, v]);
    const projections = new Map<string, string[]>();
    for (const s of select) {
      if (s.includes('/')) {
        const ref = resolveColumn(list, s, expand);
        const head = odataName(ref.field.InternalName);
        const arr = projections.get(head) ?? [];
        arr.push(ref.projection ?? 'Id');
        projections.set(head, arr);
        continue;
      }
      const hit: [string, unknown] | undefined = exact.has(s) ? [s, exact.get(s)] : byLower.get(s.toLowerCase());
      if (hit) {
        props[hit[0]] = hit[1];
        continue;
      }
      const f = findField(list, s);
      if (f && isLookupLike(f) && expand.has(s.toLowerCase())) {
        projections.set(odataName(f.InternalName), projections.get(odataName(f.InternalName)) ?? []);
        continue;
      }
      if (!f) throw errors.unknownColumn(s);
    }
    for (const [head, subProps] of projections) {
      const f = findField(list, head) as FieldDef;
      const v = rawValue(item, f);
      if (isMulti(f)) {
        const ents = ((v as number[] | null) ?? []).map((id) => lookupEntity(ctx, f, id, subProps)).filter((x) => x !== null);
        props[head] = ctx.mode === 'verbose' ? { results: ents } : ents;
      } else {
        props[head] = v === null ? null : lookupEntity(ctx, f, v as number, subProps);
      }
    }
  }
  return decorate(
    ctx.mode,
    { type: listEntityType(list), id: `${ctx.siteUrl}/_api/${itemEditLink(list, item.Id)}`, odataId: item.GUID, editLink: itemEditLink(list, item.Id), etag: etagOf(item) },
    props
  );
}

// ---- writes ------------------------------------------------------------------------------

/**
 * Read-only properties of a list item entity that a write body may carry (PnPjs sends back what
 * it read); they are ignored. OData property names are case-sensitive, so these match exactly.
 */
const IGNORED_ON_WRITE = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID', 'OData__UIVersionString', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', 'ComplianceAssetId', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl']);

function checkNoMetadata(ctx: Ctx, v: unknown, type: string): void {
  if (!ctx.bodyVerbose && v && typeof v === 'object' && '__metadata' in (v as object)) throw errors.unknownProperty('__metadata', type);
}

function coerceIds(ctx: Ctx, f: FieldDef, v: unknown): number | number[] | null {
  const checkId = (x: unknown): number => {
    const n = typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x;
    if (typeof n !== 'number' || !Number.isInteger(n)) throw errors.badValue('Edm.Int32');
    if (n > 0 && !lookupTarget(ctx, f, n)) throw errors.lookupValueInvalid();
    return n;
  };
  if (isMulti(f)) {
    if (v === null) return [];
    let arr: unknown = v;
    if (ctx.bodyVerbose) {
      if (!v || typeof v !== 'object' || !Array.isArray((v as { results?: unknown }).results)) throw errors.badValue('Collection(Edm.Int32)');
      arr = (v as { results: unknown[] }).results;
    } else if (!Array.isArray(v)) {
      throw errors.badValue('Collection(Edm.Int32)');
    }
    return (arr as unknown[]).map(checkId).filter((n) => n > 0);
  }
  if (v === null) return null;
  const n = checkId(v);
  return n > 0 ? n : null;
}

function coerceValue(ctx: Ctx, f: FieldDef, v: unknown): unknown {
  if (v === undefined) return null;
  switch (baseType(f)) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if (v !== null && typeof v !== 'string') throw errors.badValue('Edm.String');
      if (typeof v === 'string' && baseType(f) === 'Text') refuseLongText(f, v);
      return v;
    case 'MultiChoice': {
      if (v === null) return null;
      const arr = ctx.bodyVerbose ? (v as { results?: unknown }).results : v;
      if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'string')) throw errors.badValue('Collection(Edm.String)');
      return arr;
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (v === null || v === '') return null;
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : NaN;
      if (Number.isNaN(n)) throw errors.badValue('Edm.Double');
      return n;
    }
    case 'DateTime': {
      if (v === null || v === '') return null;
      const t = typeof v === 'string' ? Date.parse(v) : NaN;
      if (Number.isNaN(t)) throw errors.badValue('Edm.DateTime');
      return isDateOnly(f) ? storedDateOnly(t, ctx.timeZone) : isoSeconds(new Date(t));
    }
    case 'Boolean':
      if (v === null) return null;
      if (typeof v !== 'boolean') throw errors.badValue('Edm.Boolean');
      return v;
    case 'URL': {
      if (v === null) return null;
      checkNoMetadata(ctx, v, 'SP.FieldUrlValue');
      if (typeof v !== 'object') throw errors.badValue('SP.FieldUrlValue');
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!['Url', 'Description', '__metadata'].includes(k)) throw errors.unknownProperty(k, 'SP.FieldUrlValue');
      return { Description: (o.Description as string | undefined) ?? (o.Url as string), Url: o.Url as string };
    }
    default:
      return v;
  }
}

export function isoSeconds(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/**
 * Validates a write body and returns column values by internal name. A property must be named
 * exactly as the entity type defines it (`Title`, `RAG`, `LeadId`, `OData__X`): anything else,
 * including a different case or a display name, is SharePoint's 400 for an undefined property.
 */
export function coerceWrite(ctx: Ctx, list: ListRecord, body: Record<string, unknown>): Record<string, unknown> {
  const type = listEntityType(list);
  const byProperty = new Map(list.Fields.map((f) => [odataName(f.InternalName), f]));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(body)) {
    if (key === '__metadata' || IGNORED_ON_WRITE.has(key)) continue;
    const lookupBy = (suffix: string): FieldDef | undefined => {
      const f = key.endsWith(suffix) ? byProperty.get(key.slice(0, -suffix.length)) : undefined;
      return f && isLookupLike(f) ? f : undefined;
    };
    const idField = lookupBy('Id');
    if (idField) {
      out[idField.InternalName] = coerceIds(ctx, idField, v);
      continue;
    }
    if (lookupBy('StringId')) continue;
    const f = byProperty.get(key);
    if (!f || isLookupLike(f) || (f.BuiltIn && f.InternalName !== 'Title') || f.TypeAsString === 'Counter') throw errors.unknownProperty(key, type);
    out[f.InternalName] = coerceValue(ctx, f, v);
  }
  return out;
}

/** Column defaults applied on create (SchemaXml `<Default>`). */
export function defaultValues(list: ListRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of list.Fields) {
    if (f.BuiltIn || f.DefaultValue === null || f.DefaultValue === undefined || f.DefaultValue === '') continue;
    const t = baseType(f);
    if (t === 'Boolean') out[f.InternalName] = f.DefaultValue === '1' || /^true$/i.test(f.DefaultValue);
    else if (t === 'Number' || t === 'Currency') out[f.InternalName] = Number(f.DefaultValue);
    else if (t === 'Text' || t === 'Choice' || t === 'Note') out[f.InternalName] = f.DefaultValue;
  }
  return out;
}

/** One version of `items(n)/versions` (shape modelled minimally). */
export function serializeVersion(ctx: Ctx, list: ListRecord, v: ItemRecord, isCurrent: boolean): Record<string, unknown> {
  const lookupValue = (f: FieldDef, id: number): Record<string, unknown> => {
    const t = lookupTarget(ctx, f, id);
    const base: Record<string, unknown> = { LookupId: id, LookupValue: (t?.Title as string | undefined) ?? '' };
    if (baseType(f) === 'User') base.Email = t?.EMail ?? '';
    return base;
  };
  const props: Record<string, unknown> = {};
  for (const f of list.Fields) {
    if (['ContentTypeId', 'Attachments', 'GUID'].includes(f.InternalName)) continue;
    const raw = rawValue(v, f);
    const name = odataName(f.InternalName);
    if (isLookupLike(f)) {
      if (isMulti(f)) props[name] = ((raw as number[] | null) ?? []).map((id) => lookupValue(f, id));
      else props[name] = raw === null ? null : lookupValue(f, raw as number);
    } else {
      props[name] = writeOutValue(ctx, f, raw);
    }
  }
  const versionId = v.Version * 512;
  return decorate(
    ctx.mode,
    {
      type: 'SP.ListItemVersion',
      id: `${ctx.siteUrl}/_api/${itemEditLink(list, v.Id)}/versions(${versionId})`,
      editLink: `${itemEditLink(list, v.Id)}/versions(${versionId})`
    },
    { ...props, Created: v.Modified, IsCurrentVersion: isCurrent, VersionId: versionId, VersionLabel: `${v.Version}.0` }
  );
}
