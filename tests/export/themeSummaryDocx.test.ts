import JSZip from 'jszip';
import { buildThemeSummaryDocx, type ThemeSummaryReport } from '../../src/export';
import { EASTMERE_THEMES } from '../fixtures/import/make-fixtures';
import { eastmereReport } from './fixturePlan';

describe('the theme progress summary (.docx)', () => {
  let report: ThemeSummaryReport;
  let xml: string;
  beforeAll(async () => {
    report = await eastmereReport();
    const zip = await JSZip.loadAsync(await buildThemeSummaryDocx(report));
    xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  }, 60000);

  const paragraphs = (): string[] => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const textOf = (p: string): string => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');

  it('gives every theme a real Heading 1, in plan order', () => {
    const headings = paragraphs().filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf);
    expect(headings).toEqual(EASTMERE_THEMES.map((t) => `${t.code} ${t.name}`));
  });

  it('has Heading 2 sections for summary, exceptions, achievements, milestones and changes', () => {
    const h2 = paragraphs().filter((p) => p.includes('<w:pStyle w:val="Heading2"/>')).map(textOf);
    expect(h2.filter((t) => t === 'Exceptions')).toHaveLength(6);
    expect(h2.filter((t) => t === 'Achievements this period')).toHaveLength(6);
    expect(h2.filter((t) => t === 'Key milestones')).toHaveLength(6);
    expect(h2.filter((t) => t === 'Approved changes')).toHaveLength(6);
    expect(h2.filter((t) => t === 'Summary')).toHaveLength(6);
  });

  it('shows the programme office’s reported rating and reason with the calculated rating beside it', async () => {
    const [first, ...rest] = report.themes;
    const reported = { ...report, themes: [{ ...first, reported: { rating: 'Amber' as const, reason: 'Two exceptions, both with recovery plans.' } }, ...rest] };
    const zip = await JSZip.loadAsync(await buildThemeSummaryDocx(reported));
    const doc = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    const text = (doc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(textOf).join('\n');
    expect(text).toContain('Reported rating: Amber. Two exceptions, both with recovery plans.');
    expect(text).toContain(`Calculated rating: ${first.summary.rating === 'NotStarted' ? 'Not started' : first.summary.rating}. ${first.summary.ratingReason}`);
  }, 60000);

  it('marks the first row of every table as a header row', () => {
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(6);
    for (const table of tables) {
      const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    }
  });

  it('carries each theme rating with its reason, exceptions with commentary, and British dates', () => {
    const lc = report.themes[0].summary;
    const text = paragraphs().map(textOf).join('\n');
    expect(text).toContain(`Theme rating: ${lc.rating === 'NotStarted' ? 'Not started' : lc.rating}. ${lc.ratingReason}`);
    expect(text).toContain('Reporting period: March 2026 (1 Mar 2026 to 31 Mar 2026). Prepared on 2 Apr 2026.');
    const exception = report.themes.flatMap((t) => t.summary.exceptions)[0];
    expect(text).toContain(exception.commentary);
    expect(text).toContain('LC.A1: Staff engagement sessions held in every directorate');
    expect(text).toContain('Workforce strategy approved by Cabinet');
    expect(text).toContain('Due date 31 Mar 2026 to 30 Jun 2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
