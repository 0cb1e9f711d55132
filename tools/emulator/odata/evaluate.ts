/**
 * Evaluates a parsed `$filter` and compares values for `$orderby`. Values are typed by the
 * column (a DateTime column compares as instants, text case-insensitively like SharePoint's
 * collation, a multi-value column `eq` means "contains").
 */
import type { CmpOp, FilterNode, Operand } from './filterParser';

export type ValueType = 'text' | 'number' | 'date' | 'bool' | 'multi' | 'unknown';

export interface Resolved {
  value: unknown;
  type: ValueType;
}

export type Resolver = (path: string) => Resolved;

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function operandValue(op: Operand, resolve: Resolver): Resolved {
  if (op.kind === 'field') return resolve(op.path);
  if (op.kind === 'call') return { value: evalCall(op, resolve), type: 'bool' };
  switch (op.type) {
    case 'datetime':
      return { value: op.value, type: 'date' };
    case 'number':
      return { value: op.value, type: 'number' };
    case 'bool':
      return { value: op.value, type: 'bool' };
    case 'null':
      return { value: null, type: 'unknown' };
    default:
      return { value: op.value, type: 'text' };
  }
}

function toComparable(v: unknown, type: ValueType): number | string | boolean | null {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'date': {
      const t = Date.parse(String(v));
      return Number.isNaN(t) ? null : t;
    }
    case 'number':
      return Number(v);
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return v !== 0;
      return /^(true|1)$/i.test(String(v));
    default:
      return String(v).toLowerCase();
  }
}

function compareScalars(a: number | string | boolean, b: number | string | boolean): number {
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

function applyOp(op: CmpOp, c: number): boolean {
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    default:
      return c >= 0;
  }
}

function evalCmp(op: CmpOp, left: Resolved, right: Resolved): boolean {
  const leftNull = left.type === 'unknown' && left.value === null;
  const rightNull = right.type === 'unknown' && right.value === null;
  if (leftNull || rightNull) {
    const other = leftNull ? right.value : left.value;
    if (op === 'eq') return isEmpty(other);
    if (op === 'ne') return !isEmpty(other);
    return false;
  }
  // The column decides the type; a literal adapts to it.
  const type: ValueType = left.type !== 'unknown' && left.type !== 'text' ? left.type : right.type !== 'unknown' ? right.type : left.type;
  if (left.type === 'multi' || right.type === 'multi') {
    const [arr, scalar] = left.type === 'multi' ? [left, right] : [right, left];
    const items = Array.isArray(arr.value) ? arr.value : [];
    const target = String(scalar.value).toLowerCase();
    const has = items.some((x) => String(x).toLowerCase() === target);
    if (op === 'eq') return has;
    if (op === 'ne') return !has;
    return false;
  }
  const a = toComparable(left.value, type === 'multi' ? 'text' : type);
  const b = toComparable(right.value, type === 'multi' ? 'text' : type);
  if (a === null || b === null) {
    if (op === 'eq') return a === b;
    if (op === 'ne') return a !== b;
    return false;
  }
  return applyOp(op, compareScalars(a, b));
}

function evalCall(node: Extract<Operand, { kind: 'call' }>, resolve: Resolver): boolean {
  const [a, b] = node.args.map((x) => operandValue(x, resolve));
  const s = (r: Resolved): string => (r.value === null || r.value === undefined ? '' : String(r.value).toLowerCase());
  if (node.name === 'substringof') return s(b).includes(s(a));
  return s(a).startsWith(s(b));
}

export function evaluate(node: FilterNode, resolve: Resolver): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, resolve) && evaluate(node.right, resolve);
    case 'or':
      return evaluate(node.left, resolve) || evaluate(node.right, resolve);
    case 'not':
      return !evaluate(node.expr, resolve);
    case 'call':
      return evalCall(node, resolve);
    default:
      return evalCmp(node.op, operandValue(node.left, resolve), operandValue(node.right, resolve));
  }
}

export type Predicate = (resolve: Resolver) => boolean;

/** The `field eq <number>` leaves of an OR chain on one field, or undefined when it is not one. */
function eqNumberChain(node: FilterNode, path?: string): { path: string; values: number[] } | undefined {
  if (node.kind === 'or') {
    const left = eqNumberChain(node.left, path);
    const right = left && eqNumberChain(node.right, left.path);
    return left && right ? { path: left.path, values: [...left.values, ...right.values] } : undefined;
  }
  if (node.kind !== 'cmp' || node.op !== 'eq' || node.left.kind !== 'field' || node.right.kind !== 'literal' || node.right.type !== 'number') return undefined;
  if (path !== undefined && node.left.path !== path) return undefined;
  return { path: node.left.path, values: [node.right.value] };
}

/**
 * Prepares a filter for evaluation over many items. A chain `X eq 1 or X eq 2 or …` (how clients
 * fetch a set of items by id) becomes one set lookup when X holds a single number; any other
 * value, or any other filter, is evaluated exactly as {@link evaluate} does.
 */
export function compileFilter(node: FilterNode): Predicate {
  const chain = node.kind === 'or' ? eqNumberChain(node) : undefined;
  if (chain) {
    const values = new Set(chain.values);
    return (resolve) => {
      const r = resolve(chain.path);
      if (r.type === 'number' && typeof r.value === 'number') return values.has(r.value);
      return evaluate(node, resolve);
    };
  }
  switch (node.kind) {
    case 'and': {
      const [l, r] = [compileFilter(node.left), compileFilter(node.right)];
      return (resolve) => l(resolve) && r(resolve);
    }
    case 'or': {
      const [l, r] = [compileFilter(node.left), compileFilter(node.right)];
      return (resolve) => l(resolve) || r(resolve);
    }
    case 'not': {
      const e = compileFilter(node.expr);
      return (resolve) => !e(resolve);
    }
    default:
      return (resolve) => evaluate(node, resolve);
  }
}

/** Sort comparison of two resolved values; empty values sort first ascending, like SharePoint. */
export function compareResolved(a: Resolved, b: Resolved): number {
  const type = a.type !== 'unknown' ? a.type : b.type;
  const av = toComparable(Array.isArray(a.value) ? a.value.join(';') : a.value, type === 'multi' ? 'text' : type);
  const bv = toComparable(Array.isArray(b.value) ? b.value.join(';') : b.value, type === 'multi' ? 'text' : type);
  if (av === null && bv === null) return 0;
  if (av === null) return -1;
  if (bv === null) return 1;
  return compareScalars(av, bv);
}

/** Resolver over a plain JSON object (lists, fields, users collections). */
export function objectResolver(obj: Record<string, unknown>): Resolver {
  return (path) => {
    let cur: unknown = obj;
    for (const part of path.split('/')) {
      if (cur === null || typeof cur !== 'object') return { value: null, type: 'unknown' };
      const rec = cur as Record<string, unknown>;
      const key = part in rec ? part : Object.keys(rec).find((k) => k.toLowerCase() === part.toLowerCase());
      cur = key === undefined ? undefined : rec[key];
    }
    if (typeof cur === 'number') return { value: cur, type: 'number' };
    if (typeof cur === 'boolean') return { value: cur, type: 'bool' };
    if (Array.isArray(cur)) return { value: cur, type: 'multi' };
    if (typeof cur === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(cur)) return { value: cur, type: 'date' };
    return { value: cur ?? null, type: cur === undefined || cur === null ? 'text' : 'text' };
  };
}
