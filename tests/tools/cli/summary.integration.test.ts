/**
 * `npm run summary` against the emulator with the demo plan seeded as `npm start` seeds it: the
 * figures the app shows, today and as at a closed period, and what the demo promises of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { changedSinceLastReport } from '../../../src/application/periods';
import type { PlanSummary } from '../../../src/application/summary';
import { createPlanServices } from '../../../src/data';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { SpSnapshotStore } from '../../../src/data/snapshots';
import { createSp } from '../../../src/data/sp/createSp';
import { progressHistory, RATING_LABELS, type Plan } from '../../../src/domain';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { summaryCommand } from '../../../tools/cli/summary';
import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import { seedDemoPlan } from '../../../tools/local/seedDemoPlan';
import { seedDemoSnapshots } from '../../../tools/local/seedDemoSnapshots';
import { settleDemoRatings } from '../../../tools/local/settleDemoRatings';

jest.setTimeout(180_000);

const TODAY = '2026-11-23';
let emu: EmulatorHandle;
let dataDir: string;
let sp: SPFI;
let plan: Plan;

beforeAll(async () => {
  const demo = buildDemoPlan({ today: TODAY });
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-summary-'));
  const owner = demo.users.find((u) => u.persona === 'owner') ?? demo.users[0];
  const pmo = demo.users.find((u) => u.persona === 'pmo') ?? owner;
  emu = await startEmulator({ port: 0, dataDir, users: demo.users.map(({ login, displayName, email, permission }) => ({ login, displayName, email, permission })), siteOwner: owner.login });
  sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': owner.login } });
  await provisionPlan(sp);
  await seedDemoPlan(sp, demo);
  await seedDemoSnapshots(sp, TODAY, { displayName: pmo.displayName, email: pmo.email, login: pmo.login });
  await settleDemoRatings(sp, TODAY);
  plan = (await createPlanServices(sp, { now: () => new Date(`${TODAY}T12:00:00Z`) }).loadPlan()).plan;
});
afterAll(async () => {
  await emu?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await summaryCommand(argv, (l) => out.push(l), (l) => err.push(l), new Date(`${TODAY}T12:00:00Z`));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const json = async (...argv: string[]): Promise<PlanSummary> => {
  const result = await run('--site', emu.siteUrl, '--json', ...argv);
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as PlanSummary;
};

describe('npm run summary', () => {
  it('answers --help, and refuses bad arguments with exit code 2', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: npm run summary -- --site <site url> [--today YYYY-MM-DD] [--as-at YYYY-MM] [--json]') });
    expect(await run()).toMatchObject({ code: 2, err: expect.stringContaining('--site is needed') });
    expect(await run('--site', emu.siteUrl, '--today', '23/11/2026')).toMatchObject({ code: 2, err: expect.stringContaining('--today must be a day written YYYY-MM-DD') });
    expect(await run('--site', emu.siteUrl, '--as-at', 'August')).toMatchObject({ code: 2, err: expect.stringContaining('--as-at must be a reporting period such as 2026-08') });
    expect(await run('--site', emu.siteUrl, '--verbose')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option --verbose.') });
  });

  it('prints exactly the documented JSON shape, ratings and statuses in the app’s words', async () => {
    const summary = await json('--today', TODAY);
    expect(Object.keys(summary)).toEqual(['period', 'themes', 'actions']);
    expect(summary.period).toBe('2026-11');
    for (const theme of summary.themes) {
      expect(Object.keys(theme)).toEqual(['code', 'name', 'rating', 'method', 'counts']);
      expect(Object.keys(theme.counts)).toEqual(['Red', 'Amber', 'Green', 'On hold', 'Not started', 'Complete', 'Closed']);
    }
    for (const action of summary.actions) expect(Object.keys(action)).toEqual(['code', 'rating', 'status']);
    expect(summary.actions).toHaveLength(plan.actions.length);
    expect(new Set(summary.actions.map((a) => a.status))).toEqual(new Set(['In progress', 'Complete', 'Not started', 'On hold', 'Closed']));
  });

  it('on the demo at 23 November 2026: at most two themes Red, Red 3% to 15% of open rated actions, every theme naming its method', async () => {
    const summary = await json('--today', TODAY);
    expect(summary.themes.filter((t) => t.rating === 'Red').length).toBeLessThanOrEqual(2);
    const rated = summary.actions.filter((a) => ['Red', 'Amber', 'Green'].includes(a.rating));
    const red = rated.filter((a) => a.rating === 'Red').length / rated.length;
    expect(red).toBeGreaterThanOrEqual(0.03);
    expect(red).toBeLessThanOrEqual(0.15);
    for (const theme of summary.themes) expect(theme.method).toMatch(/^threshold rule \(Red at 20% Red or a critical action Red; Amber at 25% Amber or Red/);
  });

  it('as at August 2026 rates every action as its August update did', async () => {
    const summary = await json('--as-at', '2026-08');
    expect(summary.period).toBe('2026-08');
    const byCode = new Map(summary.actions.map((a) => [a.code, a.rating]));
    let checked = 0;
    for (const action of plan.actions) {
      const august = progressHistory(action.id, plan.progressUpdates).find((u) => u.periodId === '2026-08');
      if (!august?.ratingAtSubmission) continue;
      expect([action.code, byCode.get(action.code)]).toEqual([action.code, RATING_LABELS[august.ratingAtSubmission]]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('as text, names each theme’s rating and method; a period never closed is exit code 1', async () => {
    const text = await run('--site', emu.siteUrl, '--today', TODAY);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^.* on 2026-11-23:\nLD Leadership: (Red|Amber|Green) \(threshold rule/);
    expect(await run('--site', emu.siteUrl, '--as-at', '2026-03')).toMatchObject({ code: 1, err: 'March 2026 has not been closed, so there is no record of the plan as at it.' });
  });

  it('the report counts two to six new slips since October closed, not dozens', async () => {
    const report = await changedSinceLastReport({ snapshots: new SpSnapshotStore(sp), loadPlan: async () => plan }, { now: new Date(`${TODAY}T12:00:00Z`) });
    expect(report?.since.periodId).toBe('2026-10');
    expect(report?.newSlips.length).toBeGreaterThanOrEqual(2);
    expect(report?.newSlips.length).toBeLessThanOrEqual(6);
  });
});
