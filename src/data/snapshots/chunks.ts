/**
 * Long JSON split over several Note columns. SharePoint multi-line text columns hold a limited
 * amount each, so anything bigger than {@link DEFAULT_CHUNK_CHARS} is stored in numbered parts.
 */

/** Characters per part: about 200 KB of JSON, well inside a Note column. */
export const DEFAULT_CHUNK_CHARS = 200_000;

/** Splits text into parts of at most `size` characters (at least one part, even when empty). */
export function splitIntoChunks(text: string, size: number = DEFAULT_CHUNK_CHARS): string[] {
  if (size < 1) throw new RangeError('A chunk must hold at least one character.');
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length ? parts : [''];
}

/**
 * Joins parts read back in any order. Returns undefined when a part is missing or the count
 * disagrees, so a half-written record is never read as whole.
 */
export function joinChunks(parts: ReadonlyArray<{ index: number; count: number; text: string }>): string | undefined {
  if (parts.length === 0) return undefined;
  const count = parts[0].count;
  if (parts.length !== count || parts.some((p) => p.count !== count)) return undefined;
  const sorted = [...parts].sort((a, b) => a.index - b.index);
  if (sorted.some((p, i) => p.index !== i)) return undefined;
  return sorted.map((p) => p.text).join('');
}
