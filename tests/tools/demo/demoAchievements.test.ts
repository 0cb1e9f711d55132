/**
 * The papers have something to say every month: in each of the demo's recent months every theme
 * has achievements in its leads' updates (July to October; November's updates are not in yet on
 * the demo's today), and in November every theme has actions completed or milestones met.
 */
import { buildDemoPlan } from '../../../tools/demo/demoPlan';

const today = '2026-11-23';
const plan = buildDemoPlan({ today });
const themeOf = new Map(plan.actions.map((a) => [a.Code, a.ThemeCode]));

describe('achievements in the demo', () => {
  it('every theme reports achievements in its updates each month from July to October 2026', () => {
    const missing: string[] = [];
    for (const month of ['2026-07', '2026-08', '2026-09', '2026-10'])
      for (const theme of plan.themes) {
        const said = plan.progressUpdates.some((u) => u.Period === month && themeOf.get(u.ActionCode) === theme.Code && (u.Achievements ?? []).length > 0);
        if (!said) missing.push(`${theme.Code} ${month}`);
      }
    expect(missing).toEqual([]);
  });

  it('every theme completes actions or meets milestones in November 2026, up to today', () => {
    const inNovember = (day: string | undefined): boolean => day !== undefined && day >= '2026-11-01' && day <= today;
    for (const theme of plan.themes) {
      const completed = plan.actions.filter((a) => a.ThemeCode === theme.Code && a.Status === 'Complete' && inNovember(a.LastUpdated.slice(0, 10)));
      const met = plan.milestones.filter((m) => themeOf.get(m.ActionCode) === theme.Code && m.MilestoneStatus === 'Achieved' && inNovember(m.CompletedDate));
      expect([theme.Code, completed.length + met.length > 0]).toEqual([theme.Code, true]);
    }
  });
});
