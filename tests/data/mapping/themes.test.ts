import type { Theme, Workstream } from '../../../src/domain';
import { themeFromItem, themeToValues, workstreamFromItem, workstreamToValues } from '../../../src/data/mapping';
import { collector, user } from './collect';

const ids = (p: { email?: string }) => (p.email ? 6 : null);

describe('themes', () => {
  const theme: Theme = {
    id: '4',
    code: 'OC',
    name: 'Organisational Culture',
    description: 'Values',
    leadDirector: { displayName: 'Ali Director', email: 'ali@x', login: 'i:0#.f|membership|ali@x' },
    leadMember: { displayName: 'Cllr Smith' },
    order: 2,
    reportedRating: { rating: 'Amber', reason: 'Two exceptions, both recovering' }
  };

  it('maps a theme both ways', () => {
    const values = themeToValues(theme, ids);
    expect(values).toEqual({
      Title: 'Organisational Culture', Code: 'OC', LeadDirectorId: 6, LeadDirectorName: 'Ali Director', LeadMemberName: 'Cllr Smith', Description: 'Values', SortOrder: 2,
      ThemeRating: 'Amber', ThemeRatingReason: 'Two exceptions, both recovering'
    });
    const { sink, problems } = collector();
    expect(themeFromItem({ ...values, Id: 4, LeadDirector: user('Ali Director', 'ali@x') }, sink)).toEqual(theme);
    expect(problems).toEqual([]);
  });

  it('reads a theme without lead, channel or order, reporting the missing lead', () => {
    const { sink, problems } = collector();
    expect(themeFromItem({ Id: 3, Code: 'FR', Title: 'Finance' }, sink)).toEqual({ id: '3', code: 'FR', name: 'Finance', leadDirector: { displayName: 'Not yet assigned' }, order: 3 });
    expect(problems.map((p) => p.column)).toEqual(['LeadDirector']);
    expect(themeToValues({ id: '3', code: 'FR', name: 'Finance', leadDirector: { displayName: 'Head of Finance' }, order: 1 }, ids)).toMatchObject({ LeadDirectorId: null, LeadDirectorName: 'Head of Finance', LeadMemberName: null });
  });

  it('reads and writes the summary for reports, and leaves it alone when a theme is written without one', () => {
    const summarised: Theme = { ...theme, summary: 'Steady progress; two exceptions recovering.' };
    const values = themeToValues(summarised, ids);
    expect(values.Summary).toBe('Steady progress; two exceptions recovering.');
    expect(themeFromItem({ ...values, Id: 4, LeadDirector: user('Ali Director', 'ali@x') }, () => undefined)).toEqual(summarised);
    expect(themeToValues(theme, ids)).not.toHaveProperty('Summary');
  });
});

describe('workstreams', () => {
  const ws: Workstream = { id: '9', code: 'OC.A', themeCode: 'OC', name: 'Culture change', lead: { displayName: 'Head of HR' }, outcomes: ['Turnover down'], measures: ['Survey'], interdependencies: ['FR.B'], order: 1 };

  it('maps a workstream both ways, the theme through its lookup', () => {
    const values = workstreamToValues(ws, 4, ids);
    expect(values).toEqual({ Title: 'Culture change', Code: 'OC.A', ThemeId: 4, LeadId: null, LeadName: 'Head of HR', Description: null, Outcomes: 'Turnover down', Measures: 'Survey', Interdependencies: 'FR.B', SortOrder: 1 });
    expect(workstreamFromItem({ ...values, Id: 9, Theme: { Code: 'OC' } }, () => undefined)).toEqual(ws);
    expect(workstreamFromItem({ ...values, Id: 9 }, () => undefined, new Map([['4', 'OC']]))).toEqual(ws);
  });

  it('reports a workstream without a theme', () => {
    const { sink, problems } = collector();
    expect(workstreamFromItem({ Id: 2, Code: 'X', Title: 'Orphan' }, sink)).toEqual({ id: '2', code: 'X', themeCode: '', name: 'Orphan', order: 2 });
    expect(problems.map((p) => p.message)).toEqual(['The workstream is not linked to a theme.']);
  });
});
