/** Reads a built .docx the way the export tests check it: its parts, paragraphs, headings and tables. */
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  headers: string[];
  footers: string[];
  core: string;
}

export async function docxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string): Promise<string> => (zip.file(name) as JSZip.JSZipObject).async('string');
  const named = (re: RegExp): string[] => Object.keys(zip.files).filter((n) => re.test(n)).sort();
  return {
    document: await read('word/document.xml'),
    headers: await Promise.all(named(/^word\/header\d*\.xml$/).map(read)),
    footers: await Promise.all(named(/^word\/footer\d*\.xml$/).map(read)),
    core: await read('docProps/core.xml')
  };
}

export const paragraphsOf = (xml: string): string[] => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
export const textOf = (xml: string): string =>
  (xml.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join('');
export const allText = (xml: string): string => paragraphsOf(xml).map(textOf).join('\n');

/** Heading levels in document order (1, 2, 3), with their text. */
export function headingsOf(xml: string): Array<{ level: number; text: string }> {
  return paragraphsOf(xml).flatMap((p) => {
    const m = /<w:pStyle w:val="Heading(\d)"\/>/.exec(p);
    return m ? [{ level: Number(m[1]), text: textOf(p) }] : [];
  });
}

export const tablesOf = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];

/**
 * What every council paper must carry: the header naming council, paper and period; the footer's
 * PAGE and NUMPAGES fields; British English and the title in its properties; headings that never
 * skip a level; every table with one repeating header row and a caption and description.
 */
export function expectPaperFurniture(parts: DocxParts, expected: { header: string; title: string }): void {
  expect(parts.headers.map(allText).join('\n')).toContain(expected.header);
  const footer = parts.footers.join('\n');
  expect(allText(footer)).toMatch(/^Page\s*of\s*$/m);
  expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  expect(parts.core).toContain('<dc:language>en-GB</dc:language>');
  expect(parts.core).toContain(`<dc:title>${expected.title}</dc:title>`);
  expect(parts.document).toContain('<w:pStyle w:val="Title"/>');
  const levels = headingsOf(parts.document).map((h) => h.level);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]).toBeLessThanOrEqual(1);
  });
  const tables = tablesOf(parts.document);
  expect(tables.length).toBeGreaterThan(0);
  for (const table of tables) {
    const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(table).toMatch(/<w:tblCaption w:val="[^"]+"\/><w:tblDescription w:val="[^"]+"\/><\/w:tblPr>/);
  }
}
