import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HelpRequested } from '../../../tools/cli/args';
import { importCommand } from '../../../tools/cli/import';
import { planSite, type PlanSite } from '../../data/import/emulatorSite';

jest.setTimeout(120_000);

const fixture = (name: string): string => join(__dirname, '../../fixtures/import', name);

describe('npm run import', () => {
  let site: PlanSite;
  beforeAll(async () => {
    site = await planSite();
  });
  afterAll(async () => {
    await site.stop();
  });

  async function run(...argv: string[]): Promise<{ code: number; text: string }> {
    const lines: string[] = [];
    const code = await importCommand([...argv, '--site', site.emu.siteUrl, '--user', 'owner@improvement.local'], (l) => lines.push(l), () => new Date('2026-02-28T12:00:00Z'));
    return { code, text: lines.join('\n') };
  }

  it('prints the dry run as a table by row and column and writes nothing', async () => {
    const { code, text } = await run(fixture('eastmere-plan.csv'), '--dry-run', '--create-themes');
    expect(code).toBe(2);
    expect(text).toContain('Reading eastmere-plan.csv, worksheet "CSV", headings on row 4. Columns used:');
    expect(text).toContain('  Due date: "Target date"');
    expect(text).toContain('8 errors and 1 warning. Nothing can be imported until the errors are fixed in the file.');
    expect(text).toContain('Row  Column          Problem');
    expect(text).toMatch(/^28 {3}G {2}Target date {2}Error: Could not read "end of spring 2026" as a date\./m);
    expect(text).toMatch(/^46 {3}A {2}Ref {10}Error: Reference GD\.A2 is used again: row 45 already has it\./m);
    expect(await site.sp.web.lists.getByTitle('Plan Actions').items.select('Id')()).toEqual([]);
  });

  it("refuses in the dry run what SharePoint cannot take: 72,000 rows, a title over 255 characters", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipt-import-limits-'));
    try {
      const big = join(dir, 'big.csv');
      writeFileSync(big, ['Reference,Theme,Action', ...Array.from({ length: 72_000 }, (_, i) => `LC.A${i + 1},LC,Action ${i + 1}`)].join('\n'));
      const many = await run(big, '--dry-run', '--create-themes');
      expect(many.code).toBe(2);
      expect(many.text).toMatch(/^5002 +A +Reference +Error: big\.csv has 72,000 rows of actions; the import takes at most/m);
      const long = join(dir, 'long.csv');
      writeFileSync(long, ['Reference,Theme,Action', `LC.A1,LC,${'y'.repeat(256)}`].join('\n'));
      const title = await run(long, '--dry-run', '--create-themes');
      expect(title.code).toBe(2);
      expect(title.text).toMatch(/^2 +C +Action +Error: Action is 256 characters; SharePoint keeps at most/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await site.sp.web.lists.getByTitle('Plan Actions').items.select('Id')()).toEqual([]);
  });

  it('imports the fixed file, then a second run changes nothing', async () => {
    const first = await run(fixture('eastmere-plan-fixed.xlsx'), '--create-themes');
    expect(first.code).toBe(0);
    expect(first.text).toMatch(/finished: all 224 writes made\.$/);
    const second = await run(fixture('eastmere-plan-fixed.xlsx'));
    expect(second.code).toBe(0);
    expect(second.text).toContain('The import would create 0 actions, update 0 actions and leave 200 actions unchanged');
    expect((await site.sp.web.lists.getByTitle('Plan Actions').items.select('Id').top(500)()).length).toBe(200);
    expect((await run('--resume')).text).toBe('There is no incomplete import on this site: nothing to resume or roll back.');
  });

  it('answers --help with the hierarchy rules and --create-themes explained', async () => {
    const help = importCommand(['--help'], () => undefined);
    await expect(help).rejects.toBeInstanceOf(HelpRequested);
    const text = await help.then(
      () => '',
      (e: HelpRequested) => e.message
    );
    expect(text).toContain('Usage: npm run import -- <file.xlsx|file.csv|file.docx> --site <site url> [options]');
    expect(text).toMatch(/--create-themes {4}create the themes \(and programmes\) the file names/);
    expect(text).toContain('lettered items "(a) ... (b) ..." in an action become sub-actions');
  });

  it('reads the adopted plan from Word, and without --create-themes names the option', async () => {
    const plan = join(__dirname, '../../../tools/demo/samples/northmoor-improvement-plan.docx');
    const { code, text } = await run(plan, '--dry-run');
    expect(code).toBe(2);
    expect(text).toContain('Reading northmoor-improvement-plan.docx, Word tables 2, 4, 6 and 8, headings on row 1. Columns used:');
    expect(text).toContain('  Reference: "Actions"');
    expect(text).toMatch(/Error: Programme 1 \("A shared direction for Northmoor"\) is not a theme/);
    expect(text).toContain('--create-themes');
    const created = await run(plan, '--dry-run', '--create-themes');
    expect(created.code).toBe(0);
    expect(created.text).toContain('Themes to create: P1 A shared direction for Northmoor; P2 A skilled and well-led workforce;');
  });
});
