import { buildPlanView } from '../../../../src/ui/hooks/usePlanData';
import { groupRows, leadChoices, milestoneCounts, themeMilestones, timelineRows } from '../../../../src/ui/views/timeline/timelineRows';
import { NOW, samplePlan, staff } from '../../support/fixtures';

const view = buildPlanView({ plan: samplePlan(), actionVersions: {}, storedRatings: {}, loadedAt: NOW, requestCount: 1 }, staff, NOW);
const { plan } = view.loaded;
const codes = (filters: Parameters<typeof timelineRows>[3]): string[] => timelineRows(plan, view.ratings, view.today, filters).map((r) => r.action.code);

describe('timelineRows', () => {
  it('lists every action in the plan order: theme, then workstream, then code', () => {
    expect(codes({})).toEqual(['GV.A1', 'GV.A1.1', 'GV.A2', 'GV.B1', 'GV.B2', 'CU.A1', 'CU.A2']);
  });

  it('filters by theme, workstream, lead and rating', () => {
    expect(codes({ theme: 'CU' })).toEqual(['CU.A1', 'CU.A2']);
    expect(codes({ workstream: 'GV.B' })).toEqual(['GV.B1', 'GV.B2']);
    expect(codes({ lead: 'Tom Reed' })).toEqual(['GV.B1', 'CU.A1']);
    expect(codes({ rating: 'Red' })).toEqual(['GV.A2']);
    expect(codes({ theme: 'GV', lead: 'Priya Shah' })).toEqual([]);
  });

  it('gives each action its dates, the move of its due date and its milestones with their status', () => {
    const rows = timelineRows(plan, view.ratings, view.today, {});
    const moved = rows.find((r) => r.action.code === 'GV.A2');
    expect(moved).toMatchObject({ start: '2026-04-01', baselineEnd: '2026-06-30', currentEnd: '2026-09-30', rating: 'Red', lead: 'Aisha Bello' });
    expect(moved?.move?.words).toBe('Due date moved 3 months (92 days) later');
    const withMilestones = rows.find((r) => r.action.code === 'GV.A1');
    expect(withMilestones?.move?.words).toBe('On its baseline date');
    expect(withMilestones?.milestones.map((m) => [m.title, m.status])).toEqual([
      ['Draft constitution to Audit Committee', 'Achieved'],
      ['Council adopts the constitution', 'Due']
    ]);
  });

  it('takes a missed milestone from the domain rule', () => {
    const late = { ...plan, milestones: [{ id: 'm9', title: 'Panel report', themeCode: 'GV', actionId: 'a2', dueDate: '2026-10-01' }] };
    const row = timelineRows(late, view.ratings, view.today, { theme: 'GV' }).find((r) => r.action.id === 'a2');
    expect(row?.milestones.map((m) => m.status)).toEqual(['Missed']);
    expect(milestoneCounts(row?.milestones ?? [])).toBe('1 missed');
  });
});

describe('groupRows', () => {
  it('puts rows under their theme and workstream, named from the plan', () => {
    const groups = groupRows(timelineRows(plan, view.ratings, view.today, {}), plan.themes, plan.workstreams);
    expect(groups.map((g) => [g.code, g.name, g.workstreams.map((w) => `${w.code} ${w.name}: ${w.rows.length}`)])).toEqual([
      ['GV', 'Governance', ['GV.A Constitution: 3', 'GV.B Decision-making: 2']],
      ['CU', 'Culture', ['CU.A Values and behaviours: 2']]
    ]);
  });
});

describe('themeMilestones', () => {
  it('keeps the milestones that belong to no action under their theme, for the theme heading', () => {
    const own = [
      { id: 't2', title: 'Culture strategy adopted', themeCode: 'CU', dueDate: '2027-02-01' },
      { id: 't1', title: 'Staff charter published', themeCode: 'CU', dueDate: '2026-10-01', achievedOn: '2026-09-30' }
    ];
    const byTheme = themeMilestones([...plan.milestones, ...own], view.today);
    expect([...byTheme.keys()]).toEqual(['CU']);
    const groups = groupRows(timelineRows(plan, view.ratings, view.today, {}), plan.themes, plan.workstreams, byTheme);
    expect(groups.map((g) => [g.code, g.milestones.map((m) => `${m.title}: ${m.status}`)])).toEqual([
      ['GV', []],
      ['CU', ['Staff charter published: Achieved', 'Culture strategy adopted: Due']]
    ]);
  });
});

describe('leadChoices and milestoneCounts', () => {
  it('offers each lead once, in alphabetical order', () => {
    expect(leadChoices(plan.actions)).toEqual(['Aisha Bello', 'Priya Shah', 'Tom Reed']);
  });

  it('counts milestones met, missed and due in words', () => {
    expect(milestoneCounts([])).toBe('');
    expect(milestoneCounts([
      { id: '1', title: 'a', dueDate: '2026-01-01', status: 'Achieved' },
      { id: '2', title: 'b', dueDate: '2026-01-01', status: 'Due' },
      { id: '3', title: 'c', dueDate: '2026-01-01', status: 'Achieved' }
    ])).toBe('2 met, 1 due');
  });
});
