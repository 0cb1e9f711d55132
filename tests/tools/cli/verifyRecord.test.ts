import { closePeriod, type PeriodDeps } from '../../../src/application/periods';
import { SpSnapshotStore } from '../../../src/data/snapshots';
import { verifyRecordCommand } from '../../../tools/cli/verifyRecord';
import { samplePlan } from '../../ui/support/fixtures';
import { OWNER, planSite, type PlanSite } from '../../data/import/emulatorSite';

jest.setTimeout(120_000);

describe('npm run verify-record', () => {
  let site: PlanSite;
  let deps: PeriodDeps;
  beforeAll(async () => {
    site = await planSite();
    deps = { snapshots: new SpSnapshotStore(site.sp, 2_000), loadPlan: async () => samplePlan() };
  });
  afterAll(async () => {
    await site.stop();
  });

  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await verifyRecordCommand(argv, (l) => out.push(l), (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const onSite = (...argv: string[]) => run('--site', site.emu.siteUrl, '--user', OWNER, ...argv);

  it('answers --help with its usage, and refuses bad arguments with exit code 2', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: npm run verify-record -- --site <site url> [--user <login>]'), err: '' });
    expect(await run('-h')).toMatchObject({ code: 0, out: expect.stringContaining('Exit codes: 0 verified') });
    expect(await run()).toMatchObject({ code: 2, err: expect.stringMatching(/^--site is needed: the address of the plan site\.\n\nUsage:/) });
    expect(await run('--site')).toMatchObject({ code: 2, err: expect.stringContaining('--site needs a value.') });
    expect(await run('--site', 'plan site')).toMatchObject({ code: 2, err: expect.stringContaining('The --site value is not a web address: plan site') });
    expect(await run('--site', 'ftp://example.org/sites/plan')).toMatchObject({ code: 2, err: expect.stringContaining('--site must be an http or https address') });
    expect(await run('--site', site.emu.siteUrl, '--dry-run')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option --dry-run.') });
    expect(await run('--site', site.emu.siteUrl, 'extra')).toMatchObject({ code: 2, err: expect.stringContaining('Unexpected argument "extra".') });
  });

  it('says there is nothing to check before any period is closed', async () => {
    expect(await onSite()).toEqual({ code: 0, out: 'No period has been closed yet, so there is no record to check.', err: '' });
  });

  it('verifies the closed periods and prints the latest record hash', async () => {
    await closePeriod(deps, { periodId: '2026-09', closedBy: { displayName: 'Site Owner', email: OWNER }, now: new Date('2026-10-01T09:00:00Z') });
    await closePeriod(deps, { periodId: '2026-10', closedBy: { displayName: 'Site Owner', email: OWNER }, now: new Date('2026-11-03T09:00:00Z') });
    const { code, out } = await onSite();
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Record verified: 2 closed periods match what was closed\.\nLatest period sealed: October 2026, closed on 3 November 2026 by Site Owner\.\nLatest record hash: [0-9a-f]{64}$/
    );
  });

  it('names the period that no longer matches, with exit code 1', async () => {
    const list = site.sp.web.lists.getByTitle('Plan Period Snapshots');
    const parts = await list.items.select('Id', 'SnapshotJson').filter("PeriodKey eq '2026-09'")<Array<{ Id: number; SnapshotJson: string }>>();
    const part = parts.find((p) => p.SnapshotJson.includes('"rating":"Green"'));
    await list.items.getById(part?.Id ?? 0).update({ SnapshotJson: part?.SnapshotJson.replace('"rating":"Green"', '"rating":"Red"') });
    const { code, out } = await onSite();
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('The record of September 2026 no longer matches what was closed on 1 October 2026.');
    expect(out).toContain('Detail: ');
  });

  it('says the site could not be read, with exit code 3', async () => {
    const { code, err } = await run('--site', 'http://127.0.0.1:9/sites/plan');
    expect(code).toBe(3);
    expect(err).toMatch(/^The record of http:\/\/127\.0\.0\.1:9\/sites\/plan could not be checked\. /);
  });
});
