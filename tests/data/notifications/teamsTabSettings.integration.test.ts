/**
 * The app id and channel tabs Teams reports, recorded in Plan Settings by the programme office's
 * visit (or provisioning), read back by the alert routing, against the emulator with real PnPjs.
 */
import { SpAlertRouting, recordTeamsAppId, recordTeamsTab } from '../../../src/data/notifications';
import { startPlanSite, type PlanSite, EDITOR } from '../support/planSite';

let site: PlanSite;
beforeAll(async () => {
  site = await startPlanSite();
});
afterAll(async () => site.stop());

const tab = { teamId: 'board', channelId: '19:alerts@thread.tacv2', entityId: 'ipt-tab' };

describe('Teams app and tab settings', () => {
  it('provisioning records the app id', async () => {
    await recordTeamsAppId(site.sp, 'app-from-provisioning');
    expect((await new SpAlertRouting(site.sp).readRouting()).teamsApp).toEqual({ appId: 'app-from-provisioning', tabs: [] });
  });

  it('a visit records the app id Teams reports and the tab, then writes nothing while they stay the same', async () => {
    expect(await recordTeamsTab(site.sp, 'app-from-teams', tab)).toBe(true);
    expect((await new SpAlertRouting(site.sp).readRouting()).teamsApp).toEqual({ appId: 'app-from-teams', tabs: [tab] });
    expect(await recordTeamsTab(site.sp, 'app-from-teams', tab)).toBe(false);
  });

  it('only the programme office may record them: anyone else is refused by the list', async () => {
    await expect(recordTeamsTab(site.as(EDITOR), 'app-x', { ...tab, channelId: '19:other' })).rejects.toThrow(/\[403\]/);
    expect((await new SpAlertRouting(site.sp).readRouting()).teamsApp).toEqual({ appId: 'app-from-teams', tabs: [tab] });
  });
});
