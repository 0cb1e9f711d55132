/**
 * `$filter` parser for the OData v3 subset SharePoint list items accept:
 * eq ne lt le gt ge, and/or/not, parentheses, substringof(), startswith(), string literals with
 * '' escaping, datetime'...', numbers, true/false, null, and paths such as `Lead/EMail`.
 * PnPjs's fluent filter emits `(a or b)`, booleans as 1/0 and dates as quoted ISO.
 */
import { errors } from '../errors';

export type Literal =
  | { kind: 'literal'; type: 'string'; value: string }
  | { kind: 'literal'; type: 'number'; value: number }
  | { kind: 'literal'; type: 'datetime'; value: string }
  | { kind: 'literal'; type: 'bool'; value: boolean }
  | { kind: 'literal'; type: 'null'; value: null }
  | { kind: 'literal'; type: 'guid'; value: string };

export type Operand = Literal | { kind: 'field'; path: string } | CallNode;

export interface CallNode {
  kind: 'call';
  name: 'substringof' | 'startswith';
  args: Operand[];
}

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: CmpOp; left: Operand; right: Operand }
  | CallNode;

interface Token {
  t: 'ident' | 'string' | 'number' | 'datetime' | 'guid' | '(' | ')' | ',';
  v: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // i points at the opening quote; '' inside is an escaped quote.
    let s = '';
    i++;
    for (;;) {
      if (i >= src.length) throw errors.invalidExpression(src);
      const c = src[i];
      if (c === "'") {
        if (src[i + 1] === "'") {
          s += "'";
          i += 2;
          continue;
        }
        i++;
        return s;
      }
      s += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c, v: c });
      i++;
    } else if (c === "'") {
      out.push({ t: 'string', v: readQuoted() });
    } else if (/[0-9-]/.test(c) && /^-?\d/.test(src.slice(i, i + 2))) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: 'number', v: m[0].replace(/[mMdDfFlL]$/, '') });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][\w$]*(\/[A-Za-z_$][\w$]*)*/.exec(src.slice(i)) as RegExpExecArray;
      i += m[0].length;
      const lower = m[0].toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && src[i] === "'") {
        out.push({ t: lower, v: readQuoted() });
      } else {
        out.push({ t: 'ident', v: m[0] });
      }
    } else {
      throw errors.invalidExpression(src);
    }
  }
  return out;
}

const CMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

export function parseFilter(src: string): FilterNode {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isKw = (kw: string): boolean => peek()?.t === 'ident' && peek()?.v.toLowerCase() === kw;
  const expect = (t: Token['t']): Token => {
    const tok = tokens[pos];
    if (!tok || tok.t !== t) throw errors.invalidExpression(src);
    pos++;
    return tok;
  };

  const parseOperand = (): Operand => {
    const tok = tokens[pos++];
    if (!tok) throw errors.invalidExpression(src);
    switch (tok.t) {
      case 'string':
        return { kind: 'literal', type: 'string', value: tok.v };
      case 'number':
        return { kind: 'literal', type: 'number', value: Number(tok.v) };
      case 'datetime':
        return { kind: 'literal', type: 'datetime', value: tok.v };
      case 'guid':
        return { kind: 'literal', type: 'guid', value: tok.v };
      case 'ident': {
        const lower = tok.v.toLowerCase();
        if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
        if (lower === 'true' || lower === 'false') return { kind: 'literal', type: 'bool', value: lower === 'true' };
        if ((lower === 'substringof' || lower === 'startswith') && peek()?.t === '(') {
          pos++;
          const a = parseOperand();
          expect(',');
          const b = parseOperand();
          expect(')');
          return { kind: 'call', name: lower, args: [a, b] };
        }
        return { kind: 'field', path: tok.v };
      }
      default:
        throw errors.invalidExpression(src);
    }
  };

  const parsePrimary = (): FilterNode => {
    if (peek()?.t === '(') {
      pos++;
      const inner = parseOr();
      expect(')');
      return maybeCompareGroup(inner);
    }
    const left = parseOperand();
    if (peek()?.t === 'ident' && CMP.has((peek() as Token).v.toLowerCase())) {
      const op = (tokens[pos++] as Token).v.toLowerCase() as CmpOp;
      const right = parseOperand();
      return { kind: 'cmp', op, left, right };
    }
    if (left.kind === 'call') return left;
    throw errors.invalidExpression(src);
  };

  // `(substringof(...)) eq true` is legal OData; fold it back into a comparison.
  const maybeCompareGroup = (node: FilterNode): FilterNode => {
    if (node.kind === 'call' && peek()?.t === 'ident' && CMP.has((peek() as Token).v.toLowerCase())) {
      const op = (tokens[pos++] as Token).v.toLowerCase() as CmpOp;
      return { kind: 'cmp', op, left: node, right: parseOperand() };
    }
    return node;
  };

  const parseUnary = (): FilterNode => {
    if (isKw('not')) {
      pos++;
      return { kind: 'not', expr: parseUnary() };
    }
    return parsePrimary();
  };

  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isKw('and')) {
      pos++;
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isKw('or')) {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }

  if (tokens.length === 0) throw errors.invalidExpression(src);
  const tree = parseOr();
  if (pos !== tokens.length) throw errors.invalidExpression(src);
  return tree;
}

/** Top-level AND conjuncts, in the order written (used by the threshold rule). */
export function conjuncts(node: FilterNode): FilterNode[] {
  if (node.kind === 'and') return [...conjuncts(node.left), ...conjuncts(node.right)];
  return [node];
}

/** Every field path referenced by a filter. */
export function fieldPaths(node: FilterNode | Operand): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...fieldPaths(node.left), ...fieldPaths(node.right)];
    case 'not':
      return fieldPaths(node.expr);
    case 'cmp':
      return [...fieldPaths(node.left), ...fieldPaths(node.right)];
    case 'call':
      return node.args.flatMap((a) => fieldPaths(a));
    case 'field':
      return [node.path];
    default:
      return [];
  }
}
