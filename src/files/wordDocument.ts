import type { SaxesTagPlain } from 'saxes';
import { WordNumbering } from './wordNumbering';

/** A paragraph outside any table: its text and its Word style (`Heading1`, `Normal`...). */
export interface WordParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly style?: string;
}

/** A table at the top level of the document: rows of cell text, a cell's paragraphs as lines. */
export interface WordTable {
  readonly kind: 'table';
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** The body of a Word document in reading order. */
export type WordBlock = WordParagraph | WordTable;

/** The module itself, whether the bundler hands it over directly or as `default`. */
function interop<T>(mod: T): T {
  const withDefault = mod as T & { default?: T };
  return withDefault.default ?? mod;
}

/** Builds blocks from WordprocessingML events; nested tables are read into their outer cell. */
class BlockBuilder {
  public readonly blocks: WordBlock[] = [];
  private tableDepth = 0;
  private rows: string[][] = [];
  private row: string[] = [];
  private cellLines: string[] = [];
  private span = 1;
  private paragraph = '';
  private style: string | undefined;
  private inText = false;
  private inNumbering = false;
  private numId: string | undefined;
  private ilvl = 0;

  public constructor(private readonly numbering: WordNumbering) {}

  public open(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case 'w:tbl':
        this.tableDepth += 1;
        if (this.tableDepth === 1) this.rows = [];
        break;
      case 'w:tr':
        if (this.tableDepth === 1) this.row = [];
        break;
      case 'w:tc':
        if (this.tableDepth === 1) {
          this.cellLines = [];
          this.span = 1;
        }
        break;
      case 'w:gridSpan':
        if (this.tableDepth === 1) this.span = Math.max(1, Number(tag.attributes['w:val']) || 1);
        break;
      case 'w:p':
        this.paragraph = '';
        this.style = undefined;
        this.numId = undefined;
        this.ilvl = 0;
        break;
      case 'w:numPr':
        this.inNumbering = true;
        break;
      case 'w:numId':
        if (this.inNumbering) this.numId = tag.attributes['w:val'];
        break;
      case 'w:ilvl':
        if (this.inNumbering) this.ilvl = Number(tag.attributes['w:val']) || 0;
        break;
      case 'w:pStyle':
        this.style = tag.attributes['w:val'];
        break;
      case 'w:t':
        this.inText = true;
        break;
      case 'w:tab':
        this.paragraph += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        this.paragraph += '\n';
        break;
      default:
        break;
    }
  }

  public close(name: string): void {
    switch (name) {
      case 'w:t':
        this.inText = false;
        break;
      case 'w:numPr':
        this.inNumbering = false;
        break;
      case 'w:p': {
        // A list numbered by Word (numId 0 means "no list") shows its label, such as "(b)", before the words.
        const label = this.numId !== undefined && this.numId !== '0' ? this.numbering.next(this.numId, this.ilvl) : '';
        const text = `${label}${this.paragraph}`.replace(/[ \t]+/g, ' ').trim();
        if (this.tableDepth === 0) {
          if (text !== '') this.blocks.push({ kind: 'paragraph', text, ...(this.style !== undefined ? { style: this.style } : {}) });
        } else if (text !== '') this.cellLines.push(text);
        break;
      }
      case 'w:tc':
        if (this.tableDepth === 1) {
          this.row.push(this.cellLines.join('\n'));
          // A cell spanning columns is followed by empty ones, so later cells keep their column.
          for (let i = 1; i < this.span; i += 1) this.row.push('');
        }
        break;
      case 'w:tr':
        if (this.tableDepth === 1) this.rows.push(this.row);
        break;
      case 'w:tbl':
        if (this.tableDepth === 1) this.blocks.push({ kind: 'table', rows: this.rows });
        this.tableDepth -= 1;
        break;
      default:
        break;
    }
  }

  public text(text: string): void {
    if (this.inText) this.paragraph += text;
  }
}

/**
 * Reads the body of a .docx (with jszip, and saxes for the XML) into paragraphs and tables in
 * reading order. Text runs are joined, tabs become spaces, line breaks and a cell's paragraphs
 * become lines; a cell spanning columns is followed by empty cells so columns stay aligned; items
 * of a list Word letters itself start with their label (`(a) `), as the document shows them.
 * @throws Error when the bytes are not a Word document
 */
export async function readWordBlocks(bytes: Uint8Array): Promise<WordBlock[]> {
  const JSZip = interop(await import(/* webpackChunkName: 'jszip' */ 'jszip'));
  const { SaxesParser } = await import(/* webpackChunkName: 'saxes' */ 'saxes');
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (document === null) throw new Error('The file has no word/document.xml part.');
  const xml = await document.async('string');
  const builder = new BlockBuilder(WordNumbering.read(await zip.file('word/numbering.xml')?.async('string'), SaxesParser));
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => builder.open(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => builder.close(tag.name));
  parser.on('text', (text) => builder.text(text));
  parser.write(xml).close();
  return builder.blocks;
}
