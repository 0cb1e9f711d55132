import { parseRoute, routeToSearch } from '../../src/ui';

describe('routes', () => {
  it.each([
    ['', { view: 'overview' }],
    ['?view=theme&theme=LD&action=123', { view: 'theme', themeCode: 'LD', actionId: '123' }],
    ['?view=action&action=7', { view: 'overview', actionId: '7' }],
    ['?action=7', { view: 'overview', actionId: '7' }],
    ['?view=my', { view: 'my' }],
    ['?view=exceptions', { view: 'exceptions' }],
    ['?view=risks', { view: 'risks' }],
    ['?view=changes', { view: 'changes' }],
    ['?view=timeline', { view: 'timeline' }],
    ['?view=timeline&theme=LD&asAt=2026-08', { view: 'timeline', themeCode: 'LD', asAt: '2026-08' }],
    ['?view=theme', { view: 'overview' }],
    ['?view=nonsense&theme=GV', { view: 'overview', themeCode: 'GV' }],
    ['?view=exceptions&asAt=2026-08', { view: 'exceptions', asAt: '2026-08' }],
    ['?view=overview&asAt=2026-Q2', { view: 'overview', asAt: '2026-Q2' }],
    ['?asAt=August', { view: 'overview' }],
    ['?asAt=2026-13', { view: 'overview' }],
    ['?view=recommendations', { view: 'recommendations' }],
    ['?view=recommendations&rec=12&asAt=2026-08', { view: 'recommendations', recommendationId: '12', asAt: '2026-08' }],
    ['?view=risks&rec=12', { view: 'risks' }]
  ])('reads %s', (search, route) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it('writes routes that read back the same, with awkward characters escaped', () => {
    const route = { view: 'theme' as const, themeCode: 'A&B', actionId: 'id with space' };
    expect(routeToSearch(route)).toBe('?view=theme&theme=A%26B&action=id+with+space');
    expect(parseRoute(routeToSearch(route))).toEqual(route);
    expect(routeToSearch({ view: 'overview' })).toBe('?view=overview');
    expect(routeToSearch({ view: 'theme', themeCode: 'LD', asAt: '2026-08' })).toBe('?view=theme&theme=LD&asAt=2026-08');
    expect(routeToSearch({ view: 'recommendations', recommendationId: '7' })).toBe('?view=recommendations&rec=7');
  });
});
