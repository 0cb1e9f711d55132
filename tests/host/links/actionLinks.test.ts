import { actionIdFromSubPage, addressWithRoute, sharePointActionLink, teamsActionLink } from '../../../src/host/links/actionLinks';

describe('action links', () => {
  it('opens an action on the SharePoint page that hosts the web part, keeping the page', () => {
    expect(sharePointActionLink('https://council.sharepoint.com/sites/improvement/SitePages/Plan.aspx?foo=1', '42')).toBe(
      'https://council.sharepoint.com/sites/improvement/SitePages/Plan.aspx?foo=1&view=action&action=42'
    );
  });

  it('builds a Teams deep link into the channel tab, naming the channel, whose subEntityId comes back as the action', () => {
    const link = teamsActionLink({ appId: '866567fc-b8f5-4059-b9e3-b07bf5ff31b6', entityId: 'improvement-plan-tab', channelId: '19:abc@thread.tacv2', actionId: '42', label: 'OC.A2.1 & more' });
    const url = new URL(link);
    expect(url.origin).toBe('https://teams.microsoft.com');
    expect(url.pathname).toBe('/l/entity/866567fc-b8f5-4059-b9e3-b07bf5ff31b6/improvement-plan-tab');
    const context = JSON.parse(url.searchParams.get('context') as string) as { subEntityId: string; channelId: string };
    expect(actionIdFromSubPage(context.subEntityId)).toBe('42');
    expect(context.channelId).toBe('19:abc@thread.tacv2');
    expect(url.searchParams.get('label')).toBe('OC.A2.1 & more');
  });

  it.each([[undefined], [''], ['settings'], ['actions:1']])('ignores a sub-page that is not an action: %p', (subPage) => {
    expect(actionIdFromSubPage(subPage)).toBeUndefined();
  });

  it('replaces the route in the address and keeps the host page parameters', () => {
    expect(addressWithRoute('/app', '?user=jo&host=teams&view=theme&theme=LD', '?view=action&action=7')).toBe('/app?user=jo&host=teams&view=action&action=7');
    expect(addressWithRoute('/app', '?view=theme&theme=LD', '')).toBe('/app');
    expect(addressWithRoute('/app', '?user=jo&asAt=2026-08&view=overview', '?view=risks')).toBe('/app?user=jo&view=risks');
    expect(addressWithRoute('/app', '?user=jo&view=overview', '?view=risks&asAt=2026-08')).toBe('/app?user=jo&view=risks&asAt=2026-08');
    // The recommendation a link brought into view belongs to the route too, so leaving the register drops it.
    expect(addressWithRoute('/app', '?user=jo&view=recommendations&rec=9', '?view=risks')).toBe('/app?user=jo&view=risks');
  });
});
