import { buildReturnDocx, type ReturnToGovernment } from '../../../src/export';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';
import { allText, docxParts, expectPaperFurniture, headingsOf, type DocxParts } from '../docxParts';
import { eastmereReturn } from '../fixturePlan';

describe('the return to government (.docx)', () => {
  let r: ReturnToGovernment;
  let parts: DocxParts;
  let text: string;
  beforeAll(async () => {
    r = await eastmereReturn();
    parts = await docxParts(await buildReturnDocx(r));
    text = allText(parts.document);
  }, 60000);

  it('shares the Cabinet paper’s furniture: header, page numbers, properties, headings and captioned tables', () => {
    expectPaperFurniture(parts, { header: 'Eastmere Borough Council – Eastmere Improvement Plan 2025-2028: return to government – March 2026', title: 'Eastmere Improvement Plan 2025-2028: return to government' });
  });

  it('reads well for a plan that has not named its council yet', async () => {
    const unnamed = await docxParts(await buildReturnDocx({ ...r, council: '' }));
    expect(allText(unnamed.headers.join(''))).toContain('Eastmere Improvement Plan 2025-2028: return to government – March 2026');
    expect(allText(unnamed.headers.join(''))).not.toMatch(/^ –/m);
    expect(allText(unnamed.document)).toContain('This return reports the council’s progress on its Improvement Plan for March 2026');
  }, 60000);

  it('has a cover with council, period and date, then an introduction on overall progress', () => {
    expect(text).toContain('Eastmere Borough Council');
    expect(text).toContain('Reporting period: March 2026 (1 Mar 2026 to 31 Mar 2026).');
    expect(text).toContain('Date of this return: 2 Apr 2026.');
    expect(text).toMatch(/Overall progress: 200 actions at the end of the period: \d+ Red, \d+ Amber/);
    expect(text).toContain(`Since the last return (February 2026): ${r.previous?.slips.length} actions slipped into Amber or Red:`);
  });

  it('reports each recommendation and Direction, statutory first, with a flag where no action answers it', () => {
    const h = headingsOf(parts.document).map((x) => `${x.level} ${x.text}`);
    expect(h.slice(0, 4)).toEqual(['1 Introduction', '1 Recommendations and Directions', '2 D1 (Direction of the Secretary of State, statutory)', '2 R3 (External auditor)']);
    expect(text).toContain('No action answers this yet.');
    expect(text).toContain('Actions answering D1');
  });

  it('gives each theme its progress summary, rating, achievements, exceptions, risks and next steps', () => {
    const h = headingsOf(parts.document);
    expect(h.filter((x) => x.level === 1).map((x) => x.text)).toEqual(['Introduction', 'Recommendations and Directions', ...EASTMERE_THEMES.map((t) => `${t.code} ${t.name}`)]);
    const start = h.findIndex((x) => x.text === 'LC Leadership and Culture');
    expect(h.slice(start, start + 7).map((x) => `${x.level} ${x.text}`)).toEqual([
      '1 LC Leadership and Culture', '2 Progress summary', '2 Achievements this period', '3 March 2026', '2 Exceptions and recovery', '2 Key risks', '2 Next steps'
    ]);
    expect(text).toContain('Leadership and Culture made steady progress in March, with its exceptions under recovery.');
    expect(text).toContain('LC.A1: Staff engagement sessions held in every directorate');
    expect(text).toContain('LC.A1: Take the strategy to Cabinet in April.');
    expect(text).toContain('Staff turnover in key posts');
    expect(text).toContain('Reduced from Red 16 to Red 12');
    expect(text).not.toContain('A closed risk');
    const exception = r.themes[0].summary.exceptions[0];
    expect(text).toContain(exception.commentary);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
