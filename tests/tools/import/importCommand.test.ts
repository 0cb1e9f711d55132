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
