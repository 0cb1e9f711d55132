import { alertSlip, isAllowedLink, parseRouting, tabForTheme, withTeamsTabs } from '../../../src/application/alerts';
import { Clock, JO, links, MemoryReceipts, RecordingSender, routingOf, SITE_URL } from './support/fakes';
import { saveAction3, scenarioPlan } from './support/scenario';

const APP = '6b3e7c2a-0000-4000-8000-000000000001';
const rows = [
  { title: 'routing:OC', value: JSON.stringify({ teamId: 'team-oc', channelId: '19:oc@thread.tacv2' }) },
  { title: 'routing:fallback', value: JSON.stringify({ teamId: 'board', channelId: '19:general@thread.tacv2' }) },
  { title: 'teamsApp', value: JSON.stringify({ appId: APP }) },
  { title: 'teamsTab:19:oc@thread.tacv2', value: JSON.stringify({ teamId: 'team-oc', channelId: '19:oc@thread.tacv2', entityId: 'ipt-oc-tab' }) }
];

const contextOf = (link: string): { subEntityId?: string; channelId?: string } => JSON.parse(new URL(link).searchParams.get('context') as string) as { subEntityId?: string; channelId?: string };

describe('links from cards into the app\'s channel tabs', () => {
  it('reads the app id and the channel tabs from Plan Settings', () => {
    const { config, problems } = parseRouting(rows);
    expect(problems).toEqual([]);
    expect(config.teamsApp).toEqual({ appId: APP, tabs: [{ teamId: 'team-oc', channelId: '19:oc@thread.tacv2', entityId: 'ipt-oc-tab' }] });
    expect(tabForTheme(config, 'OC')?.entityId).toBe('ipt-oc-tab');
    expect(tabForTheme(config, 'LD')).toBeUndefined();
  });

  it("links a theme's action into the tab of the theme's channel, naming the channel; other themes keep the site's links", () => {
    const teamsLinks = withTeamsTabs(links, parseRouting(rows).config);
    const link = teamsLinks.action('42', 'OC');
    expect(link.startsWith(`https://teams.microsoft.com/l/entity/${APP}/ipt-oc-tab?`)).toBe(true);
    expect(contextOf(link)).toEqual({ subEntityId: 'action:42', channelId: '19:oc@thread.tacv2' });
    expect(isAllowedLink(link, { siteUrl: 'https://council.sharepoint.com/sites/ip', teamsAppId: APP })).toBe(true);
    expect(teamsLinks.action('43', 'LD')).toBe(links.action('43'));
  });

  it('keeps the site links when no app id is recorded, and names rows it cannot use', () => {
    const { config, problems } = parseRouting([rows[0], rows[3], { title: 'teamsTab:x', value: '{"teamId":"t"}' }, { title: 'teamsApp', value: 'nope' }]);
    expect(config.teamsApp).toBeUndefined();
    expect(problems).toEqual(['teamsTab:x: teamId, channelId and entityId must all be given.', 'teamsApp: the value is not a JSON object.']);
    expect(withTeamsTabs(links, config).action('42', 'OC')).toBe(links.action('42'));
  });

  it("the live path's card for a theme with a recorded tab carries the tab link with the channel id", async () => {
    const { event, action } = saveAction3(scenarioPlan());
    const sender = new RecordingSender('graph', { siteUrl: SITE_URL, teamsAppId: APP });
    const config = parseRouting(rows).config;
    await alertSlip(event, { action, changedBy: { displayName: 'Jo Lead' } }, { receipts: new MemoryReceipts(JO), sender, routing: routingOf(config), links, now: new Clock(new Date('2026-05-10T06:00:05Z')).now });
    const urls = JSON.stringify(sender.posts[0].card).match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(contextOf(url).channelId).toBe('19:oc@thread.tacv2');
  });
});
