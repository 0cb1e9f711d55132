/**
 * The sweep on a notifications log past SharePoint's list view threshold (5,000 items): every
 * read it makes of the log must be one an index can serve, or SharePoint answers 500.
 */
import { SpNotificationLog } from '../../../src/data/notifications';
import { NOTIFICATIONS_LIST } from '../../../src/data/schema/planLists';
import { runSweepJob } from '../../../tools/sweep/sweepJob';
import { startSweepSite, TODAY, type SweepSite } from './support/sweepSite';

const noWait = { sleep: async () => undefined, random: () => 1 };

describe('the sweep on a log of more than 5,000 entries', () => {
  let site: SweepSite;
  beforeAll(async () => {
    site = await startSweepSite();
    const old = Array.from({ length: 6000 }, (_, i) => ({
      Title: `old:${i}`,
      SlipKey: `old:${i}`,
      ThemeCode: 'OC',
      NotificationKind: i % 2 ? 'slip' : 'digest',
      State: 'Sent',
      Attempts: 1,
      ClaimedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      SentAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      Payload: '{"kind":"digest"}'
    }));
    site.emu.bulkAddItems(NOTIFICATIONS_LIST, old);
  }, 60_000);
  afterAll(async () => site.stop());

  it('would be refused the filter it used to read unsent entries with', async () => {
    const refused = await site.sp.web.lists.getByTitle(NOTIFICATIONS_LIST).items.filter("State ne 'Sent'")().catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 500 });
    expect(String((refused as Error).message)).toContain('list view threshold');
  });

  it('sends, records a lost answer, and resends it marked, reading only through indexes', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, pathContains: '/_emulator/workflows/GV' });
    const first = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(first.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'uncertain']);
    const unsent = await new SpNotificationLog(site.sp).listUnsent();
    expect(unsent.map((e) => [e.state, e.uncertainPosts])).toEqual([['Failed', 1]]);
    const second = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(second.rows.map((r) => r.status)).toEqual(['sent']);
    expect(second.problems).toEqual([]);
    expect(await site.messages()).toHaveLength(4);
  });
});
