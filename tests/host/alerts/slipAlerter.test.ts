import { createSlipAlerter, type SlipAlerterOptions } from '../../../src/host/alerts/slipAlerter';
import { teamsActionLink } from '../../../src/host/links/actionLinks';
import type { HttpReply } from '../../../src/notifications/senders';
import { JO, MemoryReceipts, routingOf, SITE_URL } from '../../application/alerts/support/fakes';
import { saveAction3, scenarioPlan } from '../../application/alerts/support/scenario';

const APP_ID = '6b3e7c2a-0000-4000-8000-000000000001';
const teamsLink = (actionId: string): string => teamsActionLink({ appId: APP_ID, entityId: 'improvement', channelId: 'chan', actionId });

function alerterWith(overrides: Partial<SlipAlerterOptions> = {}) {
  const posts: Array<{ url: string; body: unknown }> = [];
  const receipts = new MemoryReceipts(JO);
  const alerter = createSlipAlerter({
    stores: { receipts, routing: routingOf({ fallback: { graph: { teamId: 'team', channelId: 'chan' } } }), siteUrl: async () => SITE_URL },
    postJson: async (url, body): Promise<HttpReply> => {
      posts.push({ url, body });
      return { status: 201, body: '{"id":"1712"}' };
    },
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    actionLink: (id) => `${SITE_URL}/SitePages/Improvement-Plan.aspx?view=action&action=${id}`,
    planLink: () => `${SITE_URL}/SitePages/Improvement-Plan.aspx`,
    now: () => new Date('2026-05-10T06:00:05Z'),
    ...overrides
  });
  return { alerter, posts, receipts };
}

describe('the live slip alerter of a host', () => {
  it('posts through Graph as the saver and records the receipt with the save, the message id and the route', async () => {
    const { event, action, update } = saveAction3(scenarioPlan());
    const { alerter, posts, receipts } = alerterWith();
    const outcome = await alerter(event, action, { displayName: 'Jo Lead' }, 'Organisational Culture', update.id);
    expect(outcome).toEqual({ status: 'posted', key: event.key, route: 'graph:team/chan', messageId: '1712' });
    expect(posts.map((p) => p.url)).toEqual(['https://graph.microsoft.com/v1.0/teams/team/channels/chan/messages']);
    expect(receipts.rows).toEqual([expect.objectContaining({ key: event.key, actionId: '3', progressUpdateId: update.id, messageId: '1712', route: 'graph:team/chan', author: JO })]);
  });

  it("links into the app's Teams tab only when the host names the app", async () => {
    const { event, action } = saveAction3(scenarioPlan());
    const without = alerterWith({ actionLink: teamsLink });
    expect(await without.alerter(event, action, { displayName: 'Jo Lead' })).toMatchObject({ status: 'leftForSweep', detail: expect.stringContaining('Refused to post') });
    expect(without.posts).toEqual([]);
    const named = alerterWith({ actionLink: teamsLink, teamsAppId: APP_ID });
    expect(await named.alerter(event, action, { displayName: 'Jo Lead' })).toMatchObject({ status: 'posted' });
  });

  it('posts nothing and writes nothing when the site address cannot be read', async () => {
    const { event, action } = saveAction3(scenarioPlan());
    const broken = alerterWith({ stores: { receipts: new MemoryReceipts(JO), routing: routingOf(), siteUrl: async () => Promise.reject(new Error('offline')) } });
    expect(await broken.alerter(event, action, { displayName: 'Jo Lead' })).toMatchObject({ status: 'leftForSweep', detail: expect.stringContaining('offline') });
    expect(broken.posts).toEqual([]);
  });
});
