/**
 * The furniture every council paper shares: the cover, the running header (council, paper and
 * period), the "Page X of Y" footer, the styles (Arial, British English, real headings) and
 * tables with a repeating header row and a caption. The Cabinet theme summary and the return to
 * government are both laid out with it, so they look and read alike.
 */
import type { Document as DocumentType, Paragraph as ParagraphType, Table as TableType } from 'docx';
import type JSZipType from 'jszip';

/** The docx library, loaded on demand. */
export type Docx = typeof import('docx');
/** A block of a paper's body. */
export type Block = ParagraphType | TableType;

/** Loads docx only when a paper is built, so it stays out of the app's first download. */
export async function loadDocx(): Promise<Docx> {
  const mod = await import(/* webpackChunkName: 'docx' */ 'docx');
  return ((mod as unknown as { default?: Docx }).default?.Document ? (mod as unknown as { default: Docx }).default : mod) as Docx;
}

/** A plain paragraph. */
export const para = (d: Docx, text: string): ParagraphType => new d.Paragraph({ text });

/** A paragraph with a bold lead-in, e.g. "Theme rating: Amber" then the reason. */
export const labelled = (d: Docx, label: string, text: string): ParagraphType =>
  new d.Paragraph({ children: [new d.TextRun({ text: label, bold: true }), new d.TextRun({ text })] });

/** A bullet point. */
export const bullet = (d: Docx, text: string): ParagraphType => new d.Paragraph({ text, bullet: { level: 0 } });

/** A real heading (Heading 1 starts a new page), so readers and screen readers can navigate. */
export function heading(d: Docx, text: string, level: 1 | 2 | 3): ParagraphType {
  const levels = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 };
  return new d.Paragraph({ text, heading: levels[level], ...(level === 1 ? { pageBreakBefore: true } : {}) });
}

/** A table for a paper: what it shows, its column headings, its rows and column widths in percent. */
export interface PaperTable {
  /** Shown above the table and kept as its caption, e.g. "Exceptions in Leadership". */
  readonly caption: string;
  /** A sentence describing the table, kept as its description for screen readers. */
  readonly description: string;
  readonly headings: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly widths: readonly number[];
}

/** A captioned table: the caption paragraph, then the table with a header row repeated on every page. */
export function table(d: Docx, spec: PaperTable): Block[] {
  const cell = (text: string, header: boolean, width: number): InstanceType<Docx['TableCell']> =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.PERCENTAGE },
      children: text.split('\n').map((line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold: header, size: 20 })] }))
    });
  return [
    // The caption paragraph also carries the description, which {@link packPaper} moves into the table's own properties.
    new d.Paragraph({ style: 'Caption', keepNext: true, children: [new d.TextRun({ text: spec.caption })] }),
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [
        new d.TableRow({ tableHeader: true, cantSplit: true, children: spec.headings.map((h, i) => cell(h, true, spec.widths[i])) }),
        ...spec.rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, spec.widths[i])) }))
      ]
    })
  ];
}

/** What the cover and running header say. */
export interface PaperFrame {
  /** The paper's title, e.g. "Improvement Plan: theme progress summary". */
  readonly title: string;
  /** The council. */
  readonly council: string;
  /** The period, e.g. "November 2026". */
  readonly periodLabel: string;
  /** One sentence on what the paper is, for the document's properties. */
  readonly description: string;
  /** Lines under the title on the cover. */
  readonly coverLines: readonly string[];
}

/**
 * The paper as a docx Document: a cover, then the body, with the header (council, title, period)
 * and the "Page X of Y" footer on every page, and British English as the document's language.
 */
export function paperDocument(d: Docx, frame: PaperFrame, body: readonly Block[]): DocumentType {
  const small = 18;
  return new d.Document({
    title: frame.title,
    subject: `${frame.council}: ${frame.periodLabel}`,
    creator: 'Improvement Plan Tracker',
    description: frame.description,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: 'Arial', size: 48, bold: true } },
        heading1: { run: { font: 'Arial', size: 36, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: 'Arial', size: 30, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: 'Arial', size: 26, bold: true }, paragraph: { spacing: { before: 160, after: 80 } } }
      },
      paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { size: 22, bold: true }, paragraph: { spacing: { before: 120, after: 60 } } }]
    },
    sections: [
      {
        headers: { default: new d.Header({ children: [new d.Paragraph({ children: [new d.TextRun({ text: [frame.council, frame.title, frame.periodLabel].filter((part) => part.trim() !== '').join(' – '), size: small })] })] }) },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [new d.TextRun({ size: small, children: ['Page ', d.PageNumber.CURRENT, ' of ', d.PageNumber.TOTAL_PAGES] })]
              })
            ]
          })
        },
        children: [
          // The cover: the title a third of the way down the page, then the council, period and date.
          new d.Paragraph({ text: frame.title, heading: d.HeadingLevel.TITLE, spacing: { before: 3600, after: 480 } }),
          ...frame.coverLines.filter((line) => line.trim() !== '').map((line, i) => new d.Paragraph({ children: [new d.TextRun({ text: line, size: i === 0 ? 32 : 26, bold: i === 0 })], spacing: { after: 240 } })),
          ...body
        ]
      }
    ]
  });
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Writes the document and finishes what docx cannot say itself: each table takes the caption
 * above it as its caption and description (Word's alternative text for the table), and the
 * document's properties name its language, British English.
 */
export async function packPaper(d: Docx, document: DocumentType, descriptions: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const bytes = await d.Packer.toArrayBuffer(document);
  const jszipModule = await import(/* webpackChunkName: 'jszip' */ 'jszip');
  const JSZip = ((jszipModule as unknown as { default?: typeof JSZipType }).default ?? jszipModule) as typeof JSZipType;
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = zip.file('word/document.xml');
  const coreXml = zip.file('docProps/core.xml');
  if (documentXml) {
    const xml = await documentXml.async('string');
    let lastCaption = '';
    const finished = xml.replace(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Caption"\/>[\s\S]*?<\/w:p>|<w:tblPr>([\s\S]*?)<\/w:tblPr>/g, (match: string, tblPr: string | undefined) => {
      if (tblPr === undefined) {
        lastCaption = unescapeXml((match.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));
        return match;
      }
      const caption = lastCaption;
      const description = descriptions.get(caption) ?? caption;
      // Caption and description come last in a table's properties, as the schema orders them.
      return `<w:tblPr>${tblPr}<w:tblCaption w:val="${escapeXml(caption)}"/><w:tblDescription w:val="${escapeXml(description)}"/></w:tblPr>`;
    });
    zip.file('word/document.xml', finished);
  }
  if (coreXml) {
    const xml = await coreXml.async('string');
    if (!xml.includes('<dc:language>')) zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', '<dc:language>en-GB</dc:language></cp:coreProperties>'));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Collects each table's description by its caption while a paper's body is built. */
export class PaperTables {
  public readonly descriptions: Map<string, string> = new Map();
  public constructor(private readonly d: Docx) {}
  /** A captioned table (see {@link table}); captions should be unique within a paper. */
  public table(spec: PaperTable): Block[] {
    this.descriptions.set(spec.caption, spec.description);
    return table(this.d, spec);
  }
}
