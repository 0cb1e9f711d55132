import JSZip from 'jszip';
import { buildBusinessCasesDocx, type BusinessCaseForDocument } from '../../src/export';
import { caseRecord, emptyBusinessCase, type BusinessCaseContent, type Person } from '../../src/domain';

const lead: Person = { displayName: 'Jo Lead', login: 'jo@council.example' };
const pmo: Person = { displayName: 'Pat Office', login: 'pat@council.example' };

function content(summary: string, capital: number, benefits: number): BusinessCaseContent {
  const c = emptyBusinessCase();
  return {
    ...c,
    summary,
    impact: { ...c.impact, economy: 'Lower running costs.' },
    options: [{ title: 'Do it ourselves', assessment: 'Cheapest.', preferred: true }],
    indicators: [{ measure: 'Days to close the accounts', target: '5' }],
    finance: {
      capital: { ...c.finance.capital, '2025/26': capital, '2026/27': 1000 },
      revenue: { ...c.finance.revenue, '2026/27': 500.5 },
      benefits: { ...c.finance.benefits, '2027/28': benefits, '2029/30+': 2000 }
    }
  };
}

const saved = new Date('2026-10-01T09:00:00Z');
const decided = new Date('2026-10-15T09:00:00Z');
const cases: BusinessCaseForDocument[] = [
  {
    actionCode: 'UR.A1',
    actionTitle: 'Replace the ledger',
    themeName: 'Use of resources',
    lead: 'Jo Lead',
    record: caseRecord('1', { lead }, [{ id: '1', actionId: '1', state: 'Submitted', content: content('Approved case', 100000, 30000), author: lead, savedAt: saved }], [
      { id: '5', actionId: '1', revisionId: '1', decision: 'Approved', by: pmo, decidedAt: decided, approvedContent: content('Approved case', 100000, 30000) }
    ])
  },
  {
    actionCode: 'UR.A2',
    actionTitle: 'Bring repairs in house',
    themeName: 'Use of resources',
    record: caseRecord('2', { lead }, [{ id: '2', actionId: '2', state: 'Submitted', content: content('Submitted case', 20000, 5000), author: lead, savedAt: saved }], [])
  },
  {
    actionCode: 'UR.A3',
    actionTitle: 'A draft nobody should see',
    themeName: 'Use of resources',
    record: caseRecord('3', { lead }, [{ id: '3', actionId: '3', state: 'Draft', content: content('Draft case', 1, 1), author: lead, savedAt: saved }], [])
  }
];

describe('the business cases document (.docx)', () => {
  let xml: string;
  beforeAll(async () => {
    const bytes = await buildBusinessCasesDocx({ title: 'Business cases: Northmoor Improvement Plan', council: 'Northmoor Borough Council', preparedOn: '2026-11-23', cases });
    const zip = await JSZip.loadAsync(bytes);
    xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  }, 60000);

  const paragraphs = (): string[] => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const textOf = (p: string): string => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
  const headings = (level: number): string[] => paragraphs().filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`)).map(textOf);
  const tables = (): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const rowsOf = (table: string): string[][] => (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((r) => (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(textOf));

  it('gives each approved or submitted case a Heading 1, and leaves drafts out', () => {
    expect(headings(1)).toEqual(['UR.A1 Replace the ledger', 'UR.A2 Bring repairs in house']);
    expect(paragraphs().map(textOf).join('\n')).not.toContain('Draft case');
  });

  it('has every section of the template as a Heading 2, in order', () => {
    const sections = ['1. Summary of the action', '2. Impact sought', '3. Options considered', '4. Key risks', '5. Dependencies, impacts and outcomes', '6. Resources required', '7. Activity and timescales', '8. Financial overview'];
    expect(headings(2)).toEqual([...sections, ...sections]);
    expect(headings(3).slice(0, 4)).toEqual(['Effectiveness', 'Equity', 'Efficiency', 'Economy']);
  });

  it('says who approved a case and when, and that the other awaits a decision', () => {
    const text = paragraphs().map(textOf).join('\n');
    expect(text).toContain('Status: Approved by Pat Office on 15 Oct 2026.');
    expect(text).toContain('Status: Submitted by Jo Lead on 1 Oct 2026, awaiting a decision.');
  });

  it('marks the first row of every table, and only that row, as a header row', () => {
    expect(tables().length).toBe(1 + 2 * 3);
    for (const table of tables()) {
      const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    }
  });

  it('gives the financial overview calculated totals per row and per year', () => {
    const finance = tables().map(rowsOf).filter((rows) => rows[0][0] === 'Item');
    expect(finance).toHaveLength(2);
    expect(finance[0]).toEqual([
      ['Item', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30+', 'Total'],
      ['Capital investment', '£100,000', '£1,000', '£0', '£0', '£0', '£101,000'],
      ['Revenue investment', '£0', '£500.50', '£0', '£0', '£0', '£500.50'],
      ['Total investment', '£100,000', '£1,500.50', '£0', '£0', '£0', '£101,500.50'],
      ['Expected benefits (savings and income)', '£0', '£0', '£30,000', '£0', '£2,000', '£32,000'],
      ['Benefits less investment', '−£100,000', '−£1,500.50', '£30,000', '£0', '£2,000', '−£69,500.50']
    ]);
  });

  it('opens with a summary of every case and its totals', () => {
    expect(rowsOf(tables()[0])).toEqual([
      ['Action', 'Status', 'Investment', 'Expected benefits'],
      ['UR.A1 Replace the ledger', 'Approved by Pat Office on 15 Oct 2026', '£101,500.50', '£32,000'],
      ['UR.A2 Bring repairs in house', 'Submitted by Jo Lead on 1 Oct 2026, awaiting a decision', '£21,500.50', '£7,000']
    ]);
  });
});
