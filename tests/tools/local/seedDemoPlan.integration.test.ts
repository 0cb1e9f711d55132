/**
 * Seeds the demo plan into a freshly started emulator through real PnPjs, then reads it back with
 * the plan services: every record arrives, in the domain's spellings, with people and links
 * resolved, and the load still takes at most 3 requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { ACTION_STATUSES, CHANGE_TYPES, PROGRESS_RATINGS } from '../../../src/domain';
import { createPlanServices } from '../../../src/data';
import type { MappingProblem } from '../../../src/data/mapping';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { createSp } from '../../../src/data/sp/createSp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import type { DemoPlan } from '../../../tools/demo/demoTypes';
import { demoChangeType, demoStatus, isPlanSeeded, seedDemoPlan } from '../../../tools/local/seedDemoPlan';

jest.setTimeout(60_000);

let emu: EmulatorHandle;
let dataDir: string;
let sp: SPFI;
let demo: DemoPlan;
let created: Record<string, number>;

beforeAll(async () => {
  demo = buildDemoPlan({ today: '2026-11-23' });
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-seed-'));
  const owner = demo.users.find((u) => u.persona === 'owner') ?? demo.users[0];
  emu = await startEmulator({ port: 0, dataDir, users: demo.users.map(({ login, displayName, email, permission }) => ({ login, displayName, email, permission })), siteOwner: owner.login });
  sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': owner.login } });
  await provisionPlan(sp);
  expect(await isPlanSeeded(sp)).toBe(false);
  created = (await seedDemoPlan(sp, demo)).created;
});
afterAll(async () => {
  await emu?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('seeding the demo plan', () => {
  it('writes every record once and then counts as seeded', async () => {
    expect(created).toEqual({
      themes: demo.themes.length,
      workstreams: demo.workstreams.length,
      recommendations: demo.recommendations.length,
      risks: demo.risks.length,
      riskReviews: demo.riskReviews?.length,
      actions: demo.actions.length,
      progressUpdates: demo.progressUpdates.length,
      milestones: demo.milestones.filter((m) => m.MilestoneStatus !== 'Dropped').length,
      changeLog: demo.changeLog.length
    });
    expect(await isPlanSeeded(sp)).toBe(true);
  });

  it('reads back in the domain spellings with links and people resolved, in at most 3 requests', async () => {
    const problems: MappingProblem[] = [];
    const { plan, requestCount } = await createPlanServices(sp, { onProblem: (p) => problems.push(p) }).loadPlan();
    expect(problems).toEqual([]);
    expect(requestCount).toBeLessThanOrEqual(3);
    expect(plan.actions).toHaveLength(demo.actions.length);
    expect(plan.actions.every((a) => ACTION_STATUSES.includes(a.status) && (a.rating === undefined || PROGRESS_RATINGS.includes(a.rating)))).toBe(true);
    expect(plan.changeRequests.every((c) => CHANGE_TYPES.includes(c.type))).toBe(true);

    const byCode = new Map(plan.actions.map((a) => [a.code, a]));
    for (const d of demo.actions) {
      const a = byCode.get(d.Code);
      expect(a).toMatchObject({ themeCode: d.ThemeCode, workstreamCode: d.WorkstreamCode, kind: d.ActionKind, status: demoStatus(d.Status).status, currentDueDate: d.CurrentDueDate });
      if (d.ParentCode) expect(a?.parentId).toBe(byCode.get(d.ParentCode)?.id);
      const lead = demo.users.find((u) => u.login === d.Lead);
      if (lead) expect(a?.lead).toMatchObject({ displayName: lead.displayName, email: lead.email });
    }
    const linkedRisks = plan.risks.filter((r) => r.actionIds.length > 0);
    expect(linkedRisks.length).toBe(new Set(demo.actions.flatMap((a) => a.RiskRefs)).size);
  });

  it('translates the demo spellings to the domain', () => {
    expect(demoStatus('Amber')).toEqual({ status: 'InProgress', rating: 'Amber' });
    expect(demoStatus('OnHold')).toEqual({ status: 'OnHold', rating: 'OnHold' });
    expect(demoChangeType('newAssuranceAction')).toBe('NewAssuranceAction');
    expect(demoChangeType('timescale')).toBe('Timescale');
  });
});
