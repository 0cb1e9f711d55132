import { EMPTY_PLAN, IMPORT_FILE_MAX_BYTES, planImport, ROW_TEXT_MAX_BYTES, suggestMapping, type ImportPlan, type Sheet } from '../../../src/application/import';
import { readSpreadsheet } from '../../../src/files';

const THEMES = [{ code: 'LC', name: 'Leadership and Culture', order: 1 }];
const HEADINGS = 'Reference,Theme,Action,Commentary';

async function dryRun(lines: readonly string[]): Promise<ImportPlan> {
  const sheet = await readSpreadsheet(new TextEncoder().encode([HEADINGS, ...lines].join('\n')), 'plan.csv');
  return planImport(sheet, suggestMapping(sheet.headers).mapping, EMPTY_PLAN, '2026-02-28', { themes: THEMES });
}

const rows = (n: number): string[] => Array.from({ length: n }, (_, i) => `LC.A${i + 1},LC,Action ${i + 1},`);

describe("SharePoint's limits in the import's dry run", () => {
  it('refuses a title longer than a single line of text holds, naming the row, the column and the limit', async () => {
    const plan = await dryRun([`LC.A1,LC,${'x'.repeat(300)},`, 'LC.A2,LC,Fine,']);
    expect(plan.canImport).toBe(false);
    expect(plan.problems).toEqual([
      { row: 2, column: 'Action', columnLetter: 'C', field: 'title', severity: 'error', message: 'Action is 300 characters; SharePoint keeps at most 255 in a single line of text. Shorten it (longer wording belongs in the description or commentary).' }
    ]);
    expect((await dryRun([`LC.A1,LC,${'x'.repeat(255)},`])).canImport).toBe(true);
  });

  it('refuses a row with more text than one row of a SharePoint request may carry, naming its largest column', () => {
    // Built directly: papaparse reads a 45,000-character cell slowly under Jest.
    const sheet: Sheet = { fileName: 'plan.csv', sheetName: 'CSV', headerRowNumber: 1, headers: HEADINGS.split(','), rows: [{ rowNumber: 2, cells: ['LC.A1', 'LC', 'Big', 'word '.repeat(9000).trim()] }] };
    const plan = planImport(sheet, suggestMapping(sheet.headers).mapping, EMPTY_PLAN, '2026-02-28', { themes: THEMES });
    expect(plan.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Commentary', columnLetter: 'D', severity: 'error', message: expect.stringContaining(`more than the ${ROW_TEXT_MAX_BYTES.toLocaleString('en-GB')} one row may carry (SharePoint reads at most 1,048,576 bytes per request`) })
    ]);
    expect(plan.problems[0].message).toContain('Shorten Commentary (44,999 bytes)');
  });

  it('refuses 72,000 rows (the file that wrote 44,000 actions), naming the first row past the 5,000 cap', async () => {
    const plan = await dryRun(rows(72_000));
    expect(plan.canImport).toBe(false);
    expect(plan.operations).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({ row: 5002, column: 'Reference', columnLetter: 'A', severity: 'error', message: expect.stringContaining('plan.csv has 72,000 rows of actions; the import takes at most 5,000') })
    ]);
    expect(plan.problems[0].message).toContain('Row 5,002 is the first past the limit.');
    expect((await dryRun(rows(5000))).problems).toEqual([]);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const bytes = new Uint8Array(IMPORT_FILE_MAX_BYTES + 1).fill(0x41);
    await expect(readSpreadsheet(bytes, 'huge.csv')).rejects.toThrow('huge.csv is 10.0 MB; the import reads files of at most 10.0 MB (5,000 actions at most).');
  });
});
