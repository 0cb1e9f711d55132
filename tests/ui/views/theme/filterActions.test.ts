import { buildPlanView } from '../../../../src/ui/hooks/usePlanData';
import { filterActions, hasFilters, NO_FILTERS } from '../../../../src/ui/views/theme/filterActions';
import { NOW, samplePlan, staff } from '../../support/fixtures';

const view = buildPlanView({ plan: samplePlan(), actionVersions: {}, storedRatings: {}, loadedAt: NOW, requestCount: 1 }, staff, NOW);
const all = view.loaded.plan.actions;
const run = (filters: Parameters<typeof filterActions>[1]): string[] => filterActions(all, filters, view.ratings, view.today).map((a) => a.code);

describe('filterActions', () => {
  it('keeps everything with no filters', () => {
    expect(run(NO_FILTERS)).toHaveLength(all.length);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('needs every search word to match somewhere', () => {
    expect(run({ query: 'tom values' })).toEqual(['CU.A1']);
    expect(run({ query: '  GV.B ' })).toEqual(['GV.B1', 'GV.B2']);
  });

  it('combines filters', () => {
    expect(run({ query: '', lead: 'Aisha Bello', due: 'next30' })).toEqual(['GV.B2']);
    expect(run({ query: '', workstream: 'CU.A', rating: 'Amber' })).toEqual(['CU.A1']);
    expect(run({ query: '', status: 'NotStarted' })).toEqual(['CU.A2']);
    expect(run({ query: '', due: 'next90' })).toEqual(['GV.B1', 'GV.B2']);
    expect(run({ query: '', due: 'noDate' })).toEqual([]);
    expect(hasFilters({ query: '', due: 'overdue' })).toBe(true);
  });
});
