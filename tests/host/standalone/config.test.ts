import { readStandaloneConfig } from '../../../src/host/standalone/config';

describe('readStandaloneConfig', () => {
  it('keeps the period a shared address shows the plan as at', () => {
    expect(readStandaloneConfig('?user=jo&host=sharePoint&view=exceptions&asAt=2026-08', 'http://127.0.0.1:4400').routeSearch).toBe('?view=exceptions&asAt=2026-08');
    expect(readStandaloneConfig('?user=jo&view=recommendations&rec=9', 'http://127.0.0.1:4400').routeSearch).toBe('?view=recommendations&rec=9');
  });

  it('runs against the local emulator when the URL names no site', () => {
    const config = readStandaloneConfig('?user=s.khan%40northmoor.gov.uk&host=teamsMobile&teamsTheme=dark&view=theme&theme=LD', 'http://127.0.0.1:4400');
    expect(config).toEqual({
      mode: 'local',
      siteUrl: 'http://127.0.0.1:4400/sites/improvement',
      pageSiteUrl: 'http://127.0.0.1:4400/sites/improvement',
      clientId: undefined,
      actingUser: 's.khan@northmoor.gov.uk',
      hostKind: 'teamsMobile',
      theme: 'dark',
      routeSearch: '?view=theme&theme=LD'
    });
  });

  it('runs as a Teams tab against the tenant site in the tab URL, ignoring an acting user', () => {
    const config = readStandaloneConfig('?site=https%3A%2F%2Fcouncil.sharepoint.com%2Fsites%2Fimprovement&clientId=abc&user=intruder', 'https://tab.council.gov.uk');
    expect(config.mode).toBe('teams');
    expect(config.siteUrl).toBe('https://council.sharepoint.com/sites/improvement');
    expect(config.clientId).toBe('abc');
    expect(config.actingUser).toBeUndefined();
    expect(config.hostKind).toBe('teams');
    expect(config.routeSearch).toBe('');
  });

  it("runs as the personal app where Teams loads it, on the root site, leaving the plan site to the tenant setting", () => {
    const config = readStandaloneConfig('?teams&personal&user=s.khan%40northmoor.gov.uk&view=my', 'http://127.0.0.1:4400', '/_layouts/15/teamshostedapp.aspx');
    expect(config).toMatchObject({ mode: 'local', pageSiteUrl: 'http://127.0.0.1:4400', hostKind: 'teams', actingUser: 's.khan@northmoor.gov.uk', routeSearch: '?view=my' });
    expect(config.siteUrl).toBeUndefined();
  });

  it('falls back to the SharePoint page for an unknown host', () => {
    expect(readStandaloneConfig('?host=fridge', 'http://localhost:4400').hostKind).toBe('sharePoint');
  });
});
