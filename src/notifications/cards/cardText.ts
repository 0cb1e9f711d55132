/**
 * Making people's words safe to put in an Adaptive Card. Teams renders a subset of Markdown in
 * TextBlock and FactSet text, so a commentary such as `[click](https://evil)` or `**URGENT**`
 * would become a link or bold text. Every character Markdown could
 * act on is escaped with a backslash, which CommonMark turns back into the literal character.
 */

/** Characters escaped wherever they occur: emphasis, code, links and images, strike-through, HTML. */
const ESCAPED = /[\\`*_[\]<>~]/g;
/** Removes control characters other than tab, line feed and carriage return: they never belong in a card. */
function withoutControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 32 || code === 9 || code === 10 || code === 13) out += code === 127 ? '' : ch;
  }
  return out;
}

/**
 * Escapes user text for card Markdown: backslashes, square brackets (so neither `[text](url)`
 * nor `![](img)` nor a `](` can form a link), asterisks, underscores, backticks, tildes and angle
 * brackets anywhere, and a heading, quote or list marker (`#`, `>`, `-`, `+`, `1.`) at the start
 * of a line. Control characters are removed. Templating never re-reads data values, so `${...}`
 * in user text stays literal without escaping.
 */
export function escapeCardText(text: string): string {
  return withoutControls(text)
    .replace(ESCAPED, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Collapses runs of whitespace (including new lines) into single spaces and trims. */
export function singleLine(text: string): string {
  return withoutControls(text).replace(/\s+/g, ' ').trim();
}

/**
 * An excerpt of at most `maxChars` characters on one line, cut at a word boundary when one is
 * near and ended with an ellipsis when anything was cut. Surrogate pairs are never split.
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = singleLine(text);
  const chars = Array.from(flat);
  if (chars.length <= maxChars) return flat;
  const cut = chars.slice(0, Math.max(1, maxChars - 1)).join('');
  const space = cut.lastIndexOf(' ');
  const base = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s.,;:]+$/, '')}…`;
}

/** Escaped, single-line excerpt: what every piece of user text in a card goes through. */
export function cardText(text: string | undefined, maxChars: number, fallback = 'Not recorded'): string {
  const value = text === undefined ? '' : excerpt(text, maxChars);
  return value ? escapeCardText(value) : fallback;
}

/**
 * The URL if it is absolute http(s), else `undefined`: a card's button must never carry a
 * `javascript:` or relative address. Plain http is allowed only for local addresses (the emulator).
 */
export function safeCardUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') return parsed.toString();
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]';
  return parsed.protocol === 'http:' && local ? parsed.toString() : undefined;
}
