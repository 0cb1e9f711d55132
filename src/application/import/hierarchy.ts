import { compareReferenceCodes, parseReferenceCode, type ParsedReferenceCode } from '../../domain';

/**
 * How deep a code sits below its theme: 1 for a workstream (`LC.A`, `5`, `LEAD.2`), 2 for a main
 * action (`LC.A2`, `5.3`, `LEAD.2.1`), 3 and more for sub-actions (`LC.A2.1`, `5.3(b)`), 0 for
 * the theme itself. A part of letters then digits (`A2`) is two levels: workstream A, action 2.
 * A leading theme code (`LC` in `LC.A2`) is not a level.
 */
export function codeDepth(parsed: ParsedReferenceCode, themeCode: string): number {
  const segments = parsed.segments[0] === themeCode ? parsed.segments.slice(1) : parsed.segments;
  const levels = segments.reduce((sum, segment) => sum + (/^[A-Z]+\d+$/.test(segment) ? 2 : 1), 0);
  return levels + (parsed.subLetter !== undefined ? 1 : 0);
}

/** After the full code: a separator (`.`, `:`, `-`, `–`, `)`) or just a space, then the name. */
const CODE_THEN_NAME = /^(?:\s*[.:\-–)]\s*|\s+)(.+)$/;
/** After the short code (`A`): a separator is required, so a name that starts with "A " is kept whole. */
const SHORT_CODE_THEN_NAME = /^\s*[.:\-–)]\s*(.+)$/;

/** The name after `code` at the start of `text` (any case), or undefined when it does not start so. */
function afterCode(text: string, code: string, rest: RegExp): string | undefined {
  if (!text.toLowerCase().startsWith(code.toLowerCase())) return undefined;
  return rest.exec(text.slice(code.length))?.[1].trim();
}

/**
 * The name a workstream cell gives, without a leading code: `'LC.A Workforce'`, `'A: Workforce'`
 * and `'A - Workforce'` all give `'Workforce'`.
 */
export function workstreamName(cell: string, workstreamCode: string): string {
  const trimmed = cell.trim();
  const last = workstreamCode.split('.').pop() ?? workstreamCode;
  const full = afterCode(trimmed, workstreamCode, CODE_THEN_NAME);
  if (full !== undefined) return full;
  return afterCode(trimmed, last, SHORT_CODE_THEN_NAME) ?? trimmed;
}

/** Orders items parents first: by depth, then by code in natural order. */
export function byDepthThenCode<T extends { readonly depth: number; readonly code: string }>(a: T, b: T): number {
  return a.depth - b.depth || compareReferenceCodes(a.code, b.code);
}

/**
 * The code of an action's parent. `OC.A2` is action 2 of workstream `OC.A`, so a part of letters
 * then digits usually drops only its digits; below a main action, though, such a part is a child
 * of its own: `LD.A1.AS1` (an assurance action, as the monitoring tool writes it) belongs to
 * `LD.A1`, not to a `LD.A1.AS` that does not exist.
 */
export function actionParentCode(parsed: ParsedReferenceCode, depth: number): string | undefined {
  const last = parsed.segments[parsed.segments.length - 1];
  if (depth > 3 && parsed.subLetter === undefined && /^[A-Z]+\d+$/.test(last)) return parsed.segments.slice(0, -1).join('.');
  return parsed.parentCode;
}

/** The workstream a code sits in: `LD.A` for `LD.A1.1`, `5` for `5.3.1` (the ancestor one level below the theme). */
export function workstreamOfCode(parsed: ParsedReferenceCode, themeCode: string): string {
  let code = parsed.code;
  let current: ParsedReferenceCode | undefined = parsed;
  while (current !== undefined && codeDepth(current, themeCode) > 1 && current.parentCode !== undefined) {
    code = current.parentCode;
    const next = parseReferenceCode(code);
    current = next.ok ? next.value : undefined;
  }
  return code;
}
