import { buildThemeSummaryDocx, type ThemeSummaryReport } from '../../src/export';
import { EASTMERE_THEMES } from '../fixtures/import/make-fixtures';
import { allText, docxParts, expectPaperFurniture, headingsOf, tablesOf, type DocxParts } from './docxParts';
import { eastmereReport } from './fixturePlan';

describe('the Cabinet paper’s furniture and content', () => {
  let report: ThemeSummaryReport;
  let parts: DocxParts;
  let text: string;
  beforeAll(async () => {
    report = await eastmereReport();
    parts = await docxParts(await buildThemeSummaryDocx(report));
    text = allText(parts.document);
  }, 60000);

  it('names council, paper and period in the header, numbers pages, and is accessible in structure', () => {
    expectPaperFurniture(parts, { header: 'Eastmere Borough Council – Eastmere Improvement Plan 2025-2028: theme progress summary – March 2026', title: 'Eastmere Improvement Plan 2025-2028: theme progress summary' });
  });

  it('has a cover, then each theme as Heading 1 with its sections as Heading 2 and months as Heading 3', () => {
    const headings = headingsOf(parts.document);
    expect(headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(EASTMERE_THEMES.map((t) => `${t.code} ${t.name}`));
    const lc = headings.slice(0, headings.findIndex((h, i) => i > 0 && h.level === 1));
    expect(lc.map((h) => `${h.level} ${h.text}`)).toEqual(['1 LC Leadership and Culture', '2 Summary', '2 Exceptions', '2 Achievements this period', '3 March 2026', '2 Key milestones', '2 Approved changes']);
  });

  it('shows each theme’s summary text: the one given for the report, else the Themes list’s', () => {
    expect(text).toContain('The workforce strategy is on course for Cabinet in April.');
    for (const theme of EASTMERE_THEMES.filter((t) => t.code !== 'LC')) expect(text).toContain(`${theme.name} made steady progress in March, with its exceptions under recovery.`);
  });

  it('lists achievements from updates, completions and milestones met', () => {
    expect(text).toContain('LC.A1: Staff engagement sessions held in every directorate');
    const completed = report.themes.find((t) => t.summary.themeCode === 'CP')?.summary.achievements[0]?.items[0];
    expect(completed?.source).toBe('completed');
    expect(text).toContain(`CP.A1: ${completed?.text}`);
    expect(text).toContain('FR.A3: Milestone met: Budget consultation launched.');
    expect(text).toContain('No achievements were reported, no action was completed and no milestone was met this period.');
  });

  it('gives key milestones a status in words: met, missed or due', () => {
    expect(text).toContain('Met on 14 Mar 2026');
    expect(text).toContain('Missed: not met by its due date');
    expect(text).toContain('Due: not yet met');
  });

  it('captions every table with what it shows', () => {
    const captions = tablesOf(parts.document).map((t) => /<w:tblCaption w:val="([^"]+)"/.exec(t)?.[1]);
    expect(captions).toContain('Exceptions in Leadership and Culture');
    expect(captions).toContain('Key milestones in Financial Resilience');
    expect(captions).toContain('Changes approved in Governance and Decision Making');
    expect(text).toContain('Exceptions in Leadership and Culture');
  });
});
