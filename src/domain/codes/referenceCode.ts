import { fail, ok, type Result } from '../result';

/**
 * A reference code read into its parts.
 *
 * Codes are dot-separated segments with an optional lettered sub-action in brackets:
 * `OC` (theme), `OC.A` (workstream), `OC.A2` (main action), `OC.A2.1` (sub-action);
 * `5` (programme), `5.3` (action), `5.3(b)` (sub-action); `LEAD.2.1` (Best Value theme,
 * area of focus, deliverable).
 */
export interface ParsedReferenceCode {
  /** The code in canonical form: no spaces, segment letters upper case, bracket letter lower case. */
  readonly code: string;
  /** Dot-separated segments, e.g. `['OC', 'A2', '1']`. */
  readonly segments: readonly string[];
  /** The bracketed sub-action letter(s), e.g. `'b'` for `5.3(b)`. */
  readonly subLetter?: string;
  /** Code of the level above, e.g. `'OC.A2'` for `OC.A2.1`, `'5.3'` for `5.3(b)`, `'OC.A'` for `OC.A2`. */
  readonly parentCode?: string;
}

/** A segment is letters, letters followed by digits, or digits: `OC`, `A2`, `10`. */
const SEGMENT_PATTERN: RegExp = /^(?:[A-Z]+\d*|\d+)$/;
const SUB_LETTER_PATTERN: RegExp = /^(.*)\(([a-z]+)\)$/;
const CODE_HELP: string =
  'Expected dot-separated parts of letters and/or digits, optionally ending in a bracketed letter, such as OC.A2.1, 5.3 or 5.3(b)';

/**
 * Puts a code into canonical form without checking it: trims, removes spaces, upper-cases
 * segment letters and lower-cases a bracketed letter (`' oc.a2.1 '` becomes `'OC.A2.1'`,
 * `'5.3 (B)'` becomes `'5.3(b)'`).
 */
export function normaliseReferenceCode(raw: string): string {
  const compact = raw.replace(/\s+/g, '');
  const sub = /^(.*)(\([^()]*\))$/.exec(compact);
  return sub ? `${sub[1].toUpperCase()}${sub[2].toLowerCase()}` : compact.toUpperCase();
}

/** Reads a code into its parts, or explains what was expected. */
export function parseReferenceCode(raw: string): Result<ParsedReferenceCode> {
  const code = normaliseReferenceCode(raw);
  if (code === '') return fail(`A reference code is required. ${CODE_HELP}.`);
  const sub = SUB_LETTER_PATTERN.exec(code);
  const body = sub ? sub[1] : code;
  const segments = body.split('.');
  const bad = segments.find((segment) => !SEGMENT_PATTERN.test(segment));
  if (bad !== undefined) {
    return fail(`"${raw.trim()}" is not a valid reference code: ${bad === '' ? 'it has an empty part' : `the part "${bad}" is not letters and/or digits`}. ${CODE_HELP}.`);
  }
  return ok({ code, segments, subLetter: sub ? sub[2] : undefined, parentCode: parentOf(segments, sub !== null) });
}

/** Is `raw` a valid reference code? */
export function isValidReferenceCode(raw: string): boolean {
  return parseReferenceCode(raw).ok;
}

function parentOf(segments: readonly string[], hasSubLetter: boolean): string | undefined {
  if (hasSubLetter) return segments.join('.');
  const last = segments[segments.length - 1];
  const lettersThenDigits = /^([A-Z]+)\d+$/.exec(last);
  // `OC.A2` is action 2 of workstream `OC.A`, so its parent drops the digits, not the segment.
  if (lettersThenDigits && segments.length > 1) return [...segments.slice(0, -1), lettersThenDigits[1]].join('.');
  return segments.length > 1 ? segments.slice(0, -1).join('.') : undefined;
}

type Token = { readonly digits: string } | { readonly text: string };

function tokenise(code: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\d+|\D/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(code)) !== null) {
    const piece = match[0];
    tokens.push(/^\d/.test(piece) ? { digits: piece.replace(/^0+(?=\d)/, '') } : { text: piece });
  }
  return tokens;
}

function compareTokens(a: Token, b: Token): number {
  if ('digits' in a && 'digits' in b) {
    // Compare by length first so numbers of any size order correctly without conversion.
    if (a.digits.length !== b.digits.length) return a.digits.length - b.digits.length;
    return a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
  }
  if ('digits' in a) return -1;
  if ('digits' in b) return 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/**
 * Natural order of reference codes: `OC.A2.9` before `OC.A2.10`, `5.3` before `5.3(a)` before
 * `5.3(b)` before `5.4`, `9.9` before `9.10`, and a parent before its children.
 *
 * Runs of digits compare as numbers, other characters one by one (case-insensitively after
 * normalising), and a code that is a prefix of another comes first. It is a total order on any
 * strings, valid codes or not, so sorting imported data never throws or wobbles: codes equal
 * apart from leading zeros or spacing are finally ordered by their raw text.
 */
export function compareReferenceCodes(a: string, b: string): number {
  const left = tokenise(normaliseReferenceCode(a));
  const right = tokenise(normaliseReferenceCode(b));
  const shared = Math.min(left.length, right.length);
  for (let i = 0; i < shared; i += 1) {
    const order = compareTokens(left[i], right[i]);
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts items by their code in natural order without changing the input. */
export function sortByCode<T extends { readonly code: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => compareReferenceCodes(x.code, y.code));
}

/**
 * How a child code is formed from its parent.
 * - `dotLetter`: `OC` gives `OC.A`, `OC.B` (workstreams of a coded theme).
 * - `appendNumber`: `OC.A` gives `OC.A1`, `OC.A2` (main actions of a lettered workstream).
 * - `dotNumber`: `OC.A2` gives `OC.A2.1`; `5` gives `5.1`; `5.3` gives `5.3.1`.
 * - `bracketLetter`: `5.3` gives `5.3(a)`, `5.3(b)` (lettered sub-actions).
 */
export type ChildCodeStyle = 'dotLetter' | 'appendNumber' | 'dotNumber' | 'bracketLetter';

/** Builds the code of child number `index` (1-based) of `parentCode` in the given style. */
export function childCode(parentCode: string, style: ChildCodeStyle, index: number): string {
  const parent = normaliseReferenceCode(parentCode);
  switch (style) {
    case 'dotLetter':
      return `${parent}.${letterFor(index).toUpperCase()}`;
    case 'appendNumber':
      return `${parent}${index}`;
    case 'dotNumber':
      return `${parent}.${index}`;
    case 'bracketLetter':
      return `${parent}(${letterFor(index)})`;
  }
}

/** The index (1-based) `code` has as a child of `parentCode` in `style`, or undefined if it is not one. */
export function childIndex(parentCode: string, style: ChildCodeStyle, code: string): number | undefined {
  const parent = normaliseReferenceCode(parentCode);
  const candidate = normaliseReferenceCode(code);
  if (!candidate.startsWith(parent)) return undefined;
  // `1` followed by `0` is programme 10, not child 0 of programme 1: only a letters-only
  // parent (`OC.A`) can take digits straight after it.
  if (style === 'appendNumber' && !/[A-Z]$/.test(parent)) return undefined;
  const rest = candidate.slice(parent.length);
  const patterns: Record<ChildCodeStyle, RegExp> = {
    dotLetter: /^\.([A-Z]+)$/,
    appendNumber: /^(\d+)$/,
    dotNumber: /^\.(\d+)$/,
    bracketLetter: /^\(([a-z]+)\)$/
  };
  const match = patterns[style].exec(rest);
  if (!match) return undefined;
  return style === 'dotLetter' || style === 'bracketLetter' ? indexOfLetter(match[1].toLowerCase()) : Number(match[1]);
}

/**
 * The style of child codes that fits a parent code when no sibling shows the council's habit:
 * a bare letter workstream (`OC.A`) takes `appendNumber`; a lone letters-only theme (`OC`) takes
 * `dotLetter`; anything else takes `dotNumber`.
 */
export function defaultChildStyle(parentCode: string): ChildCodeStyle {
  const segments = normaliseReferenceCode(parentCode).split('.');
  const last = segments[segments.length - 1];
  if (/^[A-Z]$/.test(last) && segments.length > 1) return 'appendNumber';
  if (/^[A-Z]+$/.test(last)) return 'dotLetter';
  return 'dotNumber';
}

/**
 * The next free code under `parentCode`: one after the highest existing child, never reusing a
 * gap, because a closed action's code stays in the change log and in past reports and must keep
 * meaning that action. The style is taken from existing children when there are any (so a plan
 * that letters its sub-actions keeps lettering them), else from `style`, else from the parent.
 */
export function nextFreeCode(parentCode: string, existingCodes: readonly string[], style?: ChildCodeStyle): string {
  const styles: ChildCodeStyle[] = ['bracketLetter', 'dotNumber', 'appendNumber', 'dotLetter'];
  const used = style ?? styles.find((s) => existingCodes.some((c) => childIndex(parentCode, s, c) !== undefined)) ?? defaultChildStyle(parentCode);
  let highest = 0;
  for (const code of existingCodes) {
    const index = childIndex(parentCode, used, code);
    if (index !== undefined && index > highest) highest = index;
  }
  return childCode(parentCode, used, highest + 1);
}

/** Letter for a 1-based index: 1 is `a`, 26 is `z`, 27 is `aa` (so a 27th sub-action still has a code). */
export function letterFor(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(97 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based index of a lower-case letter label: `a` is 1, `z` 26, `aa` 27. */
export function indexOfLetter(letters: string): number {
  let index = 0;
  for (const ch of letters) index = index * 26 + (ch.charCodeAt(0) - 96);
  return index;
}

/** Do any codes appear more than once (after normalising)? Returns the duplicates, sorted. */
export function findDuplicateCodes(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const raw of codes) {
    const code = normaliseReferenceCode(raw);
    if (seen.has(code)) duplicates.add(code);
    seen.add(code);
  }
  return [...duplicates].sort(compareReferenceCodes);
}
