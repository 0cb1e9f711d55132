import { letterFor } from '../../domain';

/** One lettered item of an action's text: `(b) Agree the actions with each service`. */
export interface LetteredItem {
  /** The item's letter, lower case: `'b'`. */
  readonly letter: string;
  /** The item's words, on one line, without its letter. */
  readonly text: string;
}

/** An action's text split into the words before its first item and the items themselves. */
export interface LetteredText {
  /** The words before `(a)`, on one line (may be empty). */
  readonly intro: string;
  /** The items, `(a)` first, in order. */
  readonly items: readonly LetteredItem[];
}

/**
 * A bracketed letter starting an item: at the start of the text or a line, or after a space or a
 * colon; then a space, or straight away a capital (`(a)The review`, as pasted text often has it).
 */
const ITEM_MARK = /(^|[\s:;])\(([a-z])\)(?:\s+|(?=[A-Z]))/g;

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Splits an action's text at its lettered items, as adopted plans write sub-actions inside the
 * action: `Review the workforce: (a) survey staff (b) agree the actions`. Items must run
 * `(a)`, `(b)`, `(c)`... in order, so a stray `(c)` inside a sentence, or a bracketed letter out
 * of sequence, stays part of the words. Undefined unless there are at least two items.
 */
export function splitLetteredItems(text: string): LetteredText | undefined {
  const marks: Array<{ letter: string; start: number; end: number }> = [];
  for (const match of text.matchAll(ITEM_MARK)) {
    const expected = letterFor(marks.length + 1);
    if (match[2] !== expected) continue;
    const start = (match.index ?? 0) + match[1].length;
    marks.push({ letter: match[2], start, end: (match.index ?? 0) + match[0].length });
  }
  if (marks.length < 2) return undefined;
  const items = marks.map((mark, i) => ({ letter: mark.letter, text: oneLine(text.slice(mark.end, i + 1 < marks.length ? marks[i + 1].start : undefined)) }));
  if (items.some((item) => item.text === '')) return undefined;
  return { intro: oneLine(text.slice(0, marks[0].start)), items };
}

/** Whether a cell starts with a lettered item, as the continuation rows of a Word table do. */
export function startsWithLetteredItem(text: string): boolean {
  return /^\([a-z]\)(?:\s|[A-Z])/.test(text.trim());
}
