/**
 * Done-when criterion of the data layer: 25,000 actions are queried by theme, lead and due date
 * through indexed columns with no threshold error, while a deliberately non-indexed filter gets
 * SharePoint's own 500 SPQueryThrottledException. Real PnPjs over HTTP against the emulator.
 */
import { createPlanServices } from '../../../src/data';
import { ACTIONS_LIST } from '../../../src/data/schema/planLists';
import { LEADS, startPlanSite, type PlanSite } from '../support/planSite';
import { seedPlan } from '../support/seedRows';

jest.setTimeout(90_000);

let site: PlanSite;
const services = () => createPlanServices(site.as(LEADS[0].login), { onProblem: () => undefined });

beforeAll(async () => {
  site = await startPlanSite();
  // 10 themes, 2,500 main actions with 9 sub-actions each: 25,000 actions, 2,500 per theme.
  await seedPlan(site, 10, 2500, 9);
});
afterAll(async () => site.stop());

describe('25,000 actions', () => {
  it('holds 25,000 items', async () => {
    expect((await site.sp.web.lists.getByTitle(ACTIONS_LIST).select('ItemCount')<{ ItemCount: number }>()).ItemCount).toBe(25_000);
  });

  it('finds actions by theme, lead and due date without a threshold error', async () => {
    const svc = services();
    const byTheme = await svc.findActions({ themeCode: 'T3' });
    expect(byTheme).toHaveLength(2500);
    expect(byTheme.every((a) => a.value.themeCode === 'T3')).toBe(true);

    const byThemeAndLead = await svc.findActions({ themeCode: 'T3', leadLogin: LEADS[1].login });
    expect(byThemeAndLead.length).toBeGreaterThan(0);
    expect(byThemeAndLead.every((a) => a.value.lead?.email === LEADS[1].email && a.value.themeCode === 'T3')).toBe(true);

    const dueSoon = await svc.findActions({ dueBefore: '2026-04-11' });
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(dueSoon.every((a) => (a.value.currentDueDate ?? '') < '2026-04-11')).toBe(true);

    const all = await svc.findActions({ themeCode: 'T1', leadLogin: LEADS[0].login, dueBefore: '2026-06-01' });
    expect(all.every((a) => a.value.themeCode === 'T1' && a.value.lead?.displayName === 'Jo Lead' && (a.value.currentDueDate ?? '') < '2026-06-01')).toBe(true);
    expect(await svc.findActions({ themeCode: 'NOPE' })).toEqual([]);
  });

  it("returns SharePoint's threshold error for a deliberately non-indexed filter", async () => {
    // LeadMember is a plain Text column with no index.
    const error = (await site.sp.web.lists.getByTitle(ACTIONS_LIST).items.filter("LeadMember eq 'Cllr Smith'").select('Id')().catch((e: unknown) => e)) as {
      status: number;
      response: Response;
    };
    expect(error.status).toBe(500);
    expect(await error.response.json()).toEqual({
      'odata.error': {
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
      }
    });
  });

  it('loads the whole plan with the pages past the first read together by ID range', async () => {
    const { result: loaded, served } = await site.served(() => services().loadPlan());
    console.info(`whole plan (25,000 actions): ${served} HTTP request(s)`);
    expect(loaded.plan.actions).toHaveLength(25_000);
    expect(new Set(loaded.plan.actions.map((a) => a.id)).size).toBe(25_000);
    expect(loaded.requestCount).toBe(served);
    expect([...new Set(loaded.plan.actions.map((a) => a.kind))].sort()).toEqual(['main', 'sub']);
    // The first $batch with each list's highest id, then one $batch of the four remaining ID
    // ranges (plus a digest at most), instead of one request per further page of 5,000.
    expect(served).toBeLessThanOrEqual(3);
  });
});
