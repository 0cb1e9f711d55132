import type { SaxesParser, SaxesTagPlain } from 'saxes';

/** How one level of a Word list numbers its paragraphs. */
interface ListLevel {
  /** `lowerLetter`, `decimal`, `bullet`... */
  readonly format: string;
  /** The label pattern, `(%1)` for `(a)`. */
  readonly text: string;
  readonly start: number;
}

/** The letters of a 1-based count: 1 is `a`, 27 is `aa`, as Word letters a long list. */
function letters(count: number): string {
  const letter = String.fromCharCode(97 + ((count - 1) % 26));
  return letter.repeat(Math.floor((count - 1) / 26) + 1);
}

/**
 * The lettered lists of a document (word/numbering.xml), so that items Word numbers itself read
 * as the plan shows them: a paragraph of a `(%1)` list in lower-case letters gets its `(a) `.
 * Other list formats (numbers, bullets) add nothing: only lettered items become sub-actions.
 */
export class WordNumbering {
  private readonly counters = new Map<string, number[]>();

  private constructor(private readonly abstractOf: ReadonlyMap<string, string>, private readonly levels: ReadonlyMap<string, ListLevel>) {}

  /** Reads word/numbering.xml (absent in a document without lists). */
  public static read(xml: string | undefined, Parser: typeof SaxesParser): WordNumbering {
    const abstractOf = new Map<string, string>();
    const levels = new Map<string, ListLevel>();
    if (xml === undefined) return new WordNumbering(abstractOf, levels);
    let abstractId: string | undefined;
    let numId: string | undefined;
    let level: { key: string; format: string; text: string; start: number } | undefined;
    const parser = new Parser();
    parser.on('opentag', (raw) => {
      const tag = raw as SaxesTagPlain;
      const val = tag.attributes['w:val'];
      if (tag.name === 'w:abstractNum') abstractId = tag.attributes['w:abstractNumId'];
      else if (tag.name === 'w:lvl' && abstractId !== undefined) level = { key: `${abstractId}:${tag.attributes['w:ilvl']}`, format: 'decimal', text: '', start: 1 };
      else if (tag.name === 'w:numFmt' && level) level.format = val;
      else if (tag.name === 'w:lvlText' && level) level.text = val;
      else if (tag.name === 'w:start' && level) level.start = Number(val) || 1;
      else if (tag.name === 'w:num') numId = tag.attributes['w:numId'];
      else if (tag.name === 'w:abstractNumId' && numId !== undefined) abstractOf.set(numId, val);
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'w:lvl' && level) {
        levels.set(level.key, { format: level.format, text: level.text, start: level.start });
        level = undefined;
      } else if (tag.name === 'w:abstractNum') abstractId = undefined;
      else if (tag.name === 'w:num') numId = undefined;
    });
    parser.write(xml).close();
    return new WordNumbering(abstractOf, levels);
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl` (`'(b) '`), counting as Word
   * does: each list keeps its own count, and a level restarts after a paragraph at a level above it.
   */
  public next(numId: string, ilvl: number): string {
    const abstractId = this.abstractOf.get(numId);
    const level = abstractId !== undefined ? this.levels.get(`${abstractId}:${ilvl}`) : undefined;
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? (level?.start ?? 1) - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    if (level === undefined || level.format !== 'lowerLetter' || !level.text.includes(`%${ilvl + 1}`)) return '';
    return `${level.text.replace(`%${ilvl + 1}`, letters(counts[ilvl]))} `;
  }
}
