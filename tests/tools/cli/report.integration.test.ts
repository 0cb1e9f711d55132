/**
 * `npm run report` against the emulator with the demo plan seeded as `npm start` seeds it: each
 * kind written for a closed period (from its snapshot) and for the period open today, and every
 * documented exit code.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { createSp } from '../../../src/data/sp/createSp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { reportCommand } from '../../../tools/cli/report';
import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import { PROGRAMME_OFFICE_GROUP } from '../../../src/data/provisioning/permissionModel';
import { seedDemoBusinessCases } from '../../../tools/local/seedDemoBusinessCases';
import { seedDemoPlan } from '../../../tools/local/seedDemoPlan';
import { seedDemoSnapshots } from '../../../tools/local/seedDemoSnapshots';
import { allText, docxParts, headingsOf } from '../../export/docxParts';

jest.setTimeout(240_000);

const TODAY = '2026-11-23';
let emu: EmulatorHandle;
let dataDir: string;
let outDir: string;
let pmoLogin: string;
const demo = buildDemoPlan({ today: TODAY });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-report-'));
  outDir = mkdtempSync(join(tmpdir(), 'ipt-report-out-'));
  const owner = demo.users.find((u) => u.persona === 'owner') ?? demo.users[0];
  const pmo = demo.users.find((u) => u.persona === 'pmo') ?? owner;
  pmoLogin = pmo.login;
  emu = await startEmulator({
    port: 0,
    dataDir,
    users: demo.users.map(({ login, displayName, email, permission }) => ({ login, displayName, email, permission })),
    siteOwner: owner.login,
    // As the local product sets it up: the programme office decides the demo's business cases.
    groups: { [PROGRAMME_OFFICE_GROUP]: demo.users.filter((u) => u.persona === 'pmo').map((u) => u.login) }
  });
  const sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': owner.login } });
  await provisionPlan(sp);
  await seedDemoPlan(sp, demo);
  await seedDemoSnapshots(sp, TODAY, { displayName: pmo.displayName, email: pmo.email, login: pmo.login });
  await seedDemoBusinessCases(sp, emu.siteUrl);
});
afterAll(async () => {
  await emu?.close();
  for (const dir of [dataDir, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await reportCommand(argv, (l) => out.push(l), (l) => err.push(l), new Date(`${TODAY}T12:00:00Z`));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const site = (): string[] => ['--site', emu.siteUrl, '--user', pmoLogin];

describe('npm run report', () => {
  it('answers --help with the kinds and exit codes', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run report -- <cabinet|return|business-cases|monitoring> --site <site url> --period YYYY-MM --out <file>');
    expect(help.out).toContain('business-cases   the business cases (.docx)');
    expect(help.out).toContain('Exit codes: 0 written, 1 the period was never closed (nothing to report), 2 bad arguments');
  });

  it('writes the Cabinet paper of a closed period from its snapshot', async () => {
    const file = join(outDir, 'cabinet-october.docx');
    const result = await run('cabinet', ...site(), '--period', '2026-10', '--out', file);
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^Wrote the theme progress summary for Cabinet for October 2026, as closed on \d+ Nov 2026, to /) });
    const parts = await docxParts(new Uint8Array(readFileSync(file)));
    expect(allText(parts.headers.join(''))).toContain('Northmoor Borough Council – Improvement Plan: theme progress summary – October 2026');
    expect(headingsOf(parts.document).filter((h) => h.level === 1).map((h) => h.text)).toEqual(demo.themes.map((t) => `${t.Code} ${t.Title}`));
    const text = allText(parts.document);
    for (const theme of demo.themes) expect(text).toContain(theme.Summary.split('\n')[0].slice(0, 60));
    expect(text).toContain('Achievements this period');
    expect(text).toMatch(/: Completed: /);
  });

  it('writes the return to government for the period open today from today’s plan, counting slips since October', async () => {
    const file = join(outDir, 'return-november.docx');
    const result = await run('return', ...site(), '--period', '2026-11', '--out', file);
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('Wrote the return to government for November 2026, from today’s plan (23 Nov 2026), to ') });
    const text = allText((await docxParts(new Uint8Array(readFileSync(file)))).document);
    expect(text).toContain('Since the last return (October 2026)');
    for (const rec of demo.recommendations) expect(text).toContain(`${rec.Code} (`);
    for (const theme of demo.themes) expect(text).toContain(`${theme.Code} ${theme.Title}`);
  });

  it('writes the business cases: each approved case and each awaiting a decision, with its financial totals, and no drafts', async () => {
    const file = join(outDir, 'business-cases.docx');
    const result = await run('business-cases', ...site(), '--period', '2026-11', '--out', file);
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('Wrote the business cases for November 2026') });
    const parts = await docxParts(new Uint8Array(readFileSync(file)));
    const cases = headingsOf(parts.document).filter((h) => h.level === 1).map((h) => h.text);
    for (const code of ['UR.B5', 'SD.B2', 'SD.A4', 'SD.C1']) expect(cases.some((c) => c.startsWith(code))).toBe(true);
    for (const code of ['UR.D1', 'LD.A2']) expect(cases.some((c) => c.startsWith(code))).toBe(false);
    expect(allText(parts.document)).toContain('Total');
  });

  it('writes the monitoring tool as a workbook', async () => {
    const file = join(outDir, 'monitoring-october.xlsx');
    expect((await run('monitoring', ...site(), '--period', '2026-10', '--out', file)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(zip.file('xl/workbook.xml')).not.toBeNull();
  });

  it('says when the period was never closed or has not started (exit 1)', async () => {
    const never = await run('cabinet', ...site(), '--period', '2026-05', '--out', join(outDir, 'may.docx'));
    expect(never).toMatchObject({ code: 1, err: expect.stringContaining('May 2026 was never closed, so there is no record of what was reported then.') });
    const future = await run('cabinet', ...site(), '--period', '2027-01', '--out', join(outDir, 'jan.docx'));
    expect(future).toMatchObject({ code: 1, err: expect.stringContaining('January 2027 has not started yet') });
    expect(existsSync(join(outDir, 'may.docx'))).toBe(false);
  });

  it('refuses bad arguments, and a kind this build does not carry, in words (exit 2)', async () => {
    const out = join(outDir, 'x.docx');
    expect(await run('business-cases', ...site(), '--period', '2026-10', '--out', join(outDir, 'cases.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('--out must end in .docx') });
    expect(await run('minutes', ...site(), '--period', '2026-10', '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('"minutes" is not a kind of report. Choose one of: cabinet, return, business-cases, monitoring.') });
    expect(await run(...site(), '--period', '2026-10', '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('Say which document to write') });
    expect(await run('cabinet', ...site(), '--period', 'October', '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('--period must be a reporting period such as 2026-11') });
    expect(await run('cabinet', ...site(), '--period', '2026-10', '--out', join(outDir, 'x.pdf'))).toMatchObject({ code: 2, err: expect.stringContaining('--out must end in .docx') });
    expect(await run('cabinet', ...site(), '--period', '2026-10')).toMatchObject({ code: 2, err: expect.stringContaining('--out is needed') });
    expect(await run('cabinet', '--period', '2026-10', '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('--site is needed') });
    expect(existsSync(out)).toBe(false);
  });

  it('says when the site cannot be read (exit 3) or the file cannot be written (exit 4)', async () => {
    const unreadable = await run('cabinet', '--site', 'http://127.0.0.1:9/sites/improvement', '--period', '2026-10', '--out', join(outDir, 'y.docx'));
    expect(unreadable).toMatchObject({ code: 3, err: expect.stringContaining('The plan at http://127.0.0.1:9/sites/improvement could not be read.') });
    const unwritable = await run('cabinet', ...site(), '--period', '2026-10', '--out', join(outDir, 'no-such-folder', 'z.docx'));
    expect(unwritable).toMatchObject({ code: 4, err: expect.stringContaining('could not be written') });
  });
});
