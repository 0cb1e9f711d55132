import { describeRefusedLinks, isAllowedLink, refusedLinks, type LinkPolicy } from '../../../src/application/alerts';
import { linksIn } from '../../../src/notifications/senders';
import { renderDigestCard, renderReminderCard, renderSlipCard } from '../../../src/notifications/cards';
import { digestData, reminderData, slipData } from '../../notifications/support/cardData';

const site: LinkPolicy = { siteUrl: 'https://northmoor.sharepoint.com/sites/improvement' };
const withTeams: LinkPolicy = { ...site, teamsAppId: '6b3e7c2a-0000-4000-8000-000000000001' };

describe('which links a card may carry', () => {
  it.each([
    'https://northmoor.sharepoint.com/sites/improvement',
    'https://northmoor.sharepoint.com/sites/improvement/SitePages/Improvement-Plan.aspx?view=action&action=42',
    'https://NORTHMOOR.sharepoint.com/sites/Improvement/SitePages/Plan.aspx'
  ])('allows the plan site: %s', (url) => {
    expect(isAllowedLink(url, site)).toBe(true);
  });

  it.each([
    ['another site on the tenant', 'https://northmoor.sharepoint.com/sites/hr/SitePages/x.aspx'],
    ['a site whose name starts the same', 'https://northmoor.sharepoint.com/sites/improvement-old/x'],
    ['the tenant root', 'https://northmoor.sharepoint.com/'],
    ['a look-alike host', 'https://northmoor.sharepoint.com.evil.example/sites/improvement/x'],
    ['plain http', 'http://northmoor.sharepoint.com/sites/improvement/x'],
    ['credentials in the address', 'https://user:pw@northmoor.sharepoint.com/sites/improvement/x'],
    ['javascript', 'javascript:alert(1)'],
    ['a relative address', '/sites/improvement/x'],
    ['an outside address', 'https://evil.example/approve'],
    ['a Teams link when no app id is configured', 'https://teams.microsoft.com/l/entity/6b3e7c2a-0000-4000-8000-000000000001/tab']
  ])('refuses %s', (_why, url) => {
    expect(isAllowedLink(url, site)).toBe(false);
  });

  it("allows deep links to the app's own tab in a Teams channel, and no other app's", () => {
    const ours = 'https://teams.microsoft.com/l/entity/6b3e7c2a-0000-4000-8000-000000000001/improvement?context=%7B%22subEntityId%22%3A%22action%3A42%22%2C%22channelId%22%3A%2219%3Aabc%40thread.tacv2%22%7D';
    expect(isAllowedLink(ours, withTeams)).toBe(true);
    expect(isAllowedLink(ours.replace('6b3e7c2a-0000-4000-8000-000000000001', 'another-app'), withTeams)).toBe(false);
    expect(isAllowedLink('https://teams.microsoft.com/l/entity/another-app/tab', withTeams)).toBe(false);
    expect(isAllowedLink('https://teams.microsoft.com/l/chat/0/0?users=x', withTeams)).toBe(false);
    expect(isAllowedLink('https://teams.microsoft.com/l/entity/%E0%A4%A/tab', withTeams)).toBe(false);
  });

  it("refuses a link to the app's tab that names no channel, since Teams would not open it", () => {
    const noChannel = 'https://teams.microsoft.com/l/entity/6b3e7c2a-0000-4000-8000-000000000001/improvement?context=%7B%22subEntityId%22%3A%22action%3A42%22%7D';
    expect(isAllowedLink(noChannel, withTeams)).toBe(false);
    expect(isAllowedLink('https://teams.microsoft.com/l/entity/6b3e7c2a-0000-4000-8000-000000000001/improvement?context=not-json', withTeams)).toBe(false);
    expect(isAllowedLink('https://teams.microsoft.com/l/entity/6b3e7c2a-0000-4000-8000-000000000001/improvement?context=%7B%22channelId%22%3A%22%22%7D', withTeams)).toBe(false);
  });

  it('against a local emulator site, allows anything on its origin (the harness page is served at its root)', () => {
    const local: LinkPolicy = { siteUrl: 'http://127.0.0.1:4321/sites/improvement' };
    expect(isAllowedLink('http://127.0.0.1:4321/?view=action&action=3', local)).toBe(true);
    expect(isAllowedLink('http://127.0.0.1:9999/?view=action&action=3', local)).toBe(false);
    expect(isAllowedLink('https://evil.example/', local)).toBe(false);
  });

  it('finds every link in rendered cards, and says which were refused and why', () => {
    const slip = linksIn(renderSlipCard(slipData()));
    const digest = linksIn(renderDigestCard(digestData(3)));
    const reminder = linksIn(renderReminderCard(reminderData(2)));
    expect(slip).toHaveLength(1);
    expect(digest).toHaveLength(4);
    expect(reminder).toHaveLength(3);
    expect(refusedLinks([...slip, ...digest, ...reminder], site)).toEqual([]);
    const refused = refusedLinks(linksIn(renderSlipCard(slipData({ actionUrl: 'https://evil.example/x' }))), site);
    expect(refused).toEqual(['https://evil.example/x']);
    expect(describeRefusedLinks(refused, site)).toBe(
      'Refused to post: the card links to "https://evil.example/x", which is neither the plan site (https://northmoor.sharepoint.com/sites/improvement) nor the app in Teams.'
    );
  });
});
