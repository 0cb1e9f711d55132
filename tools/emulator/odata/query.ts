/**
 * The items query pipeline: `$select`, `$expand`, `$filter`, `$orderby`, `$top` (default 100),
 * `$skiptoken=Paged=TRUE&p_ID=n` paging and the list view threshold.
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { isIndexedPath, itemResolver, resolveColumn, type ColumnRef } from '../model/items';
import type { ItemRecord, ListRecord } from '../store/sqliteStore';
import { compareResolved, compileFilter, evaluate, objectResolver, type Resolved } from './evaluate';
import { conjuncts, fieldPaths, parseFilter, type FilterNode, type Operand } from './filterParser';

export interface OrderBy {
  path: string;
  desc: boolean;
}

export interface ItemQuery {
  select?: string[];
  expand: Set<string>;
  filter?: FilterNode;
  orderby: OrderBy[];
  top: number;
  skiptoken?: { prev: boolean; id: number; values: Map<string, string> };
}

const DEFAULT_TOP = 100;
/** `$top` above 5000 is capped (SharePoint does not document the exact behaviour). */
const MAX_TOP = 5000;

const splitList = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function parseItemQuery(params: URLSearchParams): ItemQuery {
  const selectRaw = params.get('$select');
  const filterRaw = params.get('$filter');
  const topRaw = params.get('$top');
  let top = DEFAULT_TOP;
  if (topRaw !== null) {
    if (!/^\d+$/.test(topRaw.trim())) throw errors.invalidExpression(topRaw);
    top = Math.min(Number(topRaw), MAX_TOP);
  }
  const orderby = splitList(params.get('$orderby')).map((part) => {
    const [path, dir] = part.split(/\s+/);
    if (dir && !/^(asc|desc)$/i.test(dir)) throw errors.invalidExpression(part);
    return { path, desc: /^desc$/i.test(dir ?? '') };
  });
  const q: ItemQuery = {
    select: selectRaw !== null && selectRaw.trim() !== '' ? splitList(selectRaw) : undefined,
    expand: new Set(splitList(params.get('$expand')).map((e) => e.toLowerCase())),
    filter: filterRaw !== null && filterRaw.trim() !== '' ? parseFilter(filterRaw) : undefined,
    orderby,
    top
  };
  const token = params.get('$skiptoken');
  if (token) {
    const tp = new URLSearchParams(token);
    const id = Number(tp.get('p_ID'));
    if (!/^true$/i.test(tp.get('Paged') ?? '') || !Number.isFinite(id)) throw errors.invalidExpression(token);
    const values = new Map<string, string>();
    for (const [k, v] of tp) if (k.startsWith('p_') && k !== 'p_ID') values.set(k.slice(2), v);
    q.skiptoken = { prev: /^true$/i.test(tp.get('PagedPrev') ?? ''), id, values };
  }
  return q;
}

/** The one column an index-served comparison or `startswith` seeks on, or `undefined` when no index can serve it. */
function seekColumn(list: ListRecord, node: FilterNode, expand: Set<string>): string | undefined {
  const fieldOf = (ops: Operand[]): string | undefined => ops.find((o): o is { kind: 'field'; path: string } => o.kind === 'field')?.path;
  let path: string | undefined;
  if (node.kind === 'cmp') {
    // "Not equal" matches nearly every row: SharePoint scans for it, index or not.
    if (node.op === 'ne') return undefined;
    path = fieldOf([node.left, node.right]);
  } else if (node.kind === 'call') {
    // A substring can be anywhere in the value, so only "begins with" can seek an index.
    if (node.name !== 'startswith') return undefined;
    path = fieldOf(node.args);
  }
  if (path === undefined || !isIndexedPath(list, path, expand)) return undefined;
  return resolveColumn(list, path, expand).field.InternalName.toLowerCase();
}

/** The indexed columns every branch of an `or` seeks on: one column for an index-served `or`. */
function orColumns(list: ListRecord, node: FilterNode, expand: Set<string>): Set<string> | undefined {
  if (node.kind === 'or') {
    const left = orColumns(list, node.left, expand);
    const right = orColumns(list, node.right, expand);
    return left && right ? new Set([...left, ...right]) : undefined;
  }
  const column = seekColumn(list, node, expand);
  return column === undefined ? undefined : new Set([column]);
}

/**
 * A conjunct the threshold rule accepts as "filters on an indexed column": a comparison other
 * than `ne` or a `startswith` on an indexed column, or an `or` of such on one and the same
 * column (an `or` across columns cannot be served by one index seek, so SharePoint scans).
 */
function usesIndex(list: ListRecord, node: FilterNode, expand: Set<string>): boolean {
  switch (node.kind) {
    case 'cmp':
    case 'call':
      return seekColumn(list, node, expand) !== undefined;
    case 'or':
      return orColumns(list, node, expand)?.size === 1;
    case 'and':
      return usesIndex(list, node.left, expand) || usesIndex(list, node.right, expand);
    default:
      return false;
  }
}

/**
 * List view threshold: on a list over the threshold, ordering by a non-indexed column,
 * or filtering without a top-level AND conjunct on an indexed column (or ID), fails; so do
 * indexed conjuncts that together still select more rows than the threshold (SharePoint seeks
 * the index first and that intermediate result must stay under the limit).
 */
function enforceThreshold(ctx: Ctx, list: ListRecord, items: ItemRecord[], q: ItemQuery): void {
  if (items.length <= ctx.threshold) return;
  for (const o of q.orderby) if (!isIndexedPath(list, o.path, q.expand)) throw errors.threshold();
  if (!q.filter) return;
  // The index seek covers every top-level conjunct on an indexed column (a range like
  // `Ref ge 1 and Ref lt 10` narrows through both bounds); its result must stay under the limit.
  const indexed = conjuncts(q.filter).filter((c) => usesIndex(list, c, q.expand));
  if (indexed.length === 0) throw errors.threshold();
  const seek = indexed.map(compileFilter);
  const columns = new Map<string, ColumnRef>();
  let n = 0;
  for (const item of items) {
    const r = itemResolver(ctx, list, item, q.expand, columns);
    if (seek.every((c) => c(r)) && ++n > ctx.threshold) throw errors.threshold();
  }
}

export interface QueryResult {
  page: ItemRecord[];
  /** Raw `$skiptoken` value for the next page, when there is one. */
  nextToken?: string;
}

function tokenValue(r: Resolved): string {
  if (r.value === null || r.value === undefined) return '';
  return Array.isArray(r.value) ? r.value.join(';') : String(r.value);
}

/**
 * Runs the query over `all` (every item of the list: the threshold counts rows SharePoint scans,
 * whoever asks); `visible` security-trims the result before paging, so pages stay full.
 */
export function runItemQuery(ctx: Ctx, list: ListRecord, all: ItemRecord[], q: ItemQuery, visible?: (item: ItemRecord) => boolean): QueryResult {
  // Validate every referenced column first, so bad queries fail even on an empty list.
  const paths = [...(q.filter ? fieldPaths(q.filter) : []), ...q.orderby.map((o) => o.path)];
  for (const p of paths) resolveColumn(list, p, q.expand);
  for (const s of q.select ?? []) if (s !== '*' && s.includes('/')) resolveColumn(list, s, q.expand);
  enforceThreshold(ctx, list, all, q);

  const resolvers = new Map<number, ReturnType<typeof itemResolver>>();
  const columns = new Map<string, ColumnRef>();
  const res = (item: ItemRecord): ReturnType<typeof itemResolver> => {
    let r = resolvers.get(item.Id);
    if (!r) {
      r = itemResolver(ctx, list, item, q.expand, columns);
      resolvers.set(item.Id, r);
    }
    return r;
  };
  const seen = visible ? all.filter(visible) : all;
  const matches = q.filter ? compileFilter(q.filter) : undefined;
  let rows = matches ? seen.filter((item) => matches(res(item))) : seen.slice();

  // Order: $orderby keys, then ID ascending as the tiebreak (SharePoint's default order).
  const keys: OrderBy[] = [...q.orderby];
  if (!keys.some((k) => /^id$/i.test(k.path))) keys.push({ path: 'ID', desc: false });
  const cmp = (a: ItemRecord, b: ItemRecord): number => {
    for (const k of keys) {
      const c = compareResolved(res(a)(k.path), res(b)(k.path));
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  };
  if (q.orderby.length) rows.sort(cmp);

  let start = 0;
  let end: number;
  if (q.skiptoken) {
    const tok = q.skiptoken;
    // Position of an item relative to the token's (p_<Field>..., p_ID) key.
    const vsToken = (item: ItemRecord): number => {
      for (const k of keys) {
        const mine = res(item)(k.path);
        let c: number;
        if (/^id$/i.test(k.path)) c = item.Id - tok.id;
        else {
          const raw = tok.values.get(k.path);
          if (raw === undefined) continue;
          c = compareResolved(mine, { value: raw === '' ? null : raw, type: mine.type === 'multi' ? 'text' : mine.type });
        }
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    };
    if (tok.prev) {
      end = rows.findIndex((r) => vsToken(r) >= 0);
      if (end < 0) end = rows.length;
      start = Math.max(0, end - q.top);
      rows = rows.slice(start, end);
      return { page: rows };
    }
    start = rows.findIndex((r) => vsToken(r) > 0);
    if (start < 0) start = rows.length;
  }
  end = start + q.top;
  const page = rows.slice(start, end);
  if (end >= rows.length || page.length === 0) return { page };
  const last = page[page.length - 1];
  const tp = new URLSearchParams();
  tp.set('Paged', 'TRUE');
  for (const k of q.orderby) if (!/^id$/i.test(k.path)) tp.set(`p_${k.path}`, tokenValue(res(last)(k.path)));
  tp.set('p_ID', String(last.Id));
  return { page, nextToken: tp.toString() };
}

/** Builds the absolute next link keeping $top/$select/$filter/$orderby/$expand. */
export function nextLink(ctx: Ctx, token: string): string {
  const u = new URL(ctx.req.url.toString());
  const params = new URLSearchParams(u.search);
  params.set('$skiptoken', token);
  if (!params.has('$top')) params.set('$top', String(DEFAULT_TOP));
  return `${ctx.siteUrl}${u.pathname.slice(u.pathname.indexOf('/_api'))}?${params.toString()}`;
}

/** `$filter`/`$orderby`/`$top` over plain objects (lists, fields, site users). */
export function runGenericQuery<T extends Record<string, unknown>>(objs: T[], params: URLSearchParams): T[] {
  const filterRaw = params.get('$filter');
  let rows = objs;
  if (filterRaw && filterRaw.trim()) {
    const f = parseFilter(filterRaw);
    rows = rows.filter((o) => evaluate(f, objectResolver(o)));
  }
  const orderby = splitList(params.get('$orderby'));
  if (orderby.length) {
    rows = rows.slice().sort((a, b) => {
      for (const part of orderby) {
        const [path, dir] = part.split(/\s+/);
        const c = compareResolved(objectResolver(a)(path), objectResolver(b)(path));
        if (c !== 0) return /^desc$/i.test(dir ?? '') ? -c : c;
      }
      return 0;
    });
  }
  const top = params.get('$top');
  return top && /^\d+$/.test(top) ? rows.slice(0, Number(top)) : rows;
}
