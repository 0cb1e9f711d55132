/**
 * The demo reads like a council eight months into its plan, and what it says is true: every
 * rating the app will show agrees with the commentary beside it, most work is Green with a
 * handful of exceptions per theme, and a few actions slip each month.
 */
import { DEFAULT_ROLLUP_METHOD, RATING_SEVERITY, rollUp, type ProgressRating } from '../../../src/domain';
import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import { demoRatingShown, demoStatus } from '../../../tools/demo/demoRating';

const today = '2026-11-23';
const plan = buildDemoPlan({ today });

const SAYS_RED = /\bRed\b|significant(ly)? (slippage|behind)|stalled|not delivered/i;
const SAYS_AMBER = /\bAmber\b|behind (schedule|plan)|medium slippage|slippage reported|held up/i;
const SAYS_FINE = /on track|on schedule|no concerns|\bGreen\b/i;
const SAYS_LATE = /slippage|behind (schedule|plan)|stalled|not delivered|deadline was missed|\bRed\b|\bAmber\b/i;

/** What the text must not say for a rating: a Green action never reads as late, an Amber or Red one never as fine, and neither as the other. */
function contradiction(rating: ProgressRating, text: string): string | undefined {
  if (rating === 'Green' && SAYS_LATE.test(text)) return 'reads as late';
  if (rating === 'Amber' && (SAYS_FINE.test(text) || /\bRed\b/.test(text))) return 'reads as on track or Red';
  if (rating === 'Red' && (SAYS_FINE.test(text) || /\bAmber\b/.test(text))) return 'reads as on track or Amber';
  if (rating === 'Complete' && (SAYS_RED.test(text) || SAYS_AMBER.test(text))) return 'reads as late';
  return undefined;
}

describe('the demo tells the truth', () => {
  it('no action’s commentary contradicts the rating the app shows for it', () => {
    const wrong = plan.actions
      .map((a) => ({ code: a.Code, rating: demoRatingShown(a, today), commentary: a.Commentary }))
      .map((a) => ({ ...a, problem: contradiction(a.rating, a.commentary) }))
      .filter((a) => a.problem !== undefined);
    expect(wrong).toEqual([]);
  });

  it('the app rates every action as the demo means it, so nothing needs settling on the first start', () => {
    const differ = plan.actions.filter((a) => demoRatingShown(a, today) !== (a.RatingOverride ?? demoStatus(a.Status).rating)).map((a) => a.Code);
    expect(differ).toEqual([]);
  });

  it('no progress update’s commentary contradicts the rating it reported', () => {
    const wrong = plan.progressUpdates.filter((u) => contradiction(demoStatus(u.Rating).rating, u.Commentary) !== undefined).map((u) => `${u.ActionCode} ${u.Period}`);
    expect(wrong).toEqual([]);
  });

  it('is mostly Green: Red is 3% to 15% of open rated actions and at most two themes are Red, each naming its method', () => {
    const shown = plan.actions.map((a) => ({ theme: a.ThemeCode, rating: demoRatingShown(a, today), critical: a.Critical === true }));
    const rated = shown.filter((a) => a.rating === 'Red' || a.rating === 'Amber' || a.rating === 'Green');
    const red = rated.filter((a) => a.rating === 'Red').length / rated.length;
    expect(red).toBeGreaterThanOrEqual(0.03);
    expect(red).toBeLessThanOrEqual(0.15);
    const themes = plan.themes.map((t) => rollUp(shown.filter((a) => a.theme === t.Code), DEFAULT_ROLLUP_METHOD));
    expect(themes.filter((t) => t.rating === 'Red').length).toBeLessThanOrEqual(2);
    expect(themes.filter((t) => t.rating === 'Green').length).toBeGreaterThanOrEqual(2);
    for (const t of themes) expect(t.explanation).toMatch(/: threshold rule \(Red at 20% Red/);
    // The programme office reports each theme as the roll-up has it, with a reason in the same colour.
    plan.themes.forEach((t, i) => {
      expect(t.ThemeRating).toBe(themes[i].rating);
      expect(t.ThemeRatingReason.startsWith(`${t.ThemeRating}:`)).toBe(true);
    });
  });

  it('marks one critical action per theme', () => {
    for (const t of plan.themes) expect(plan.actions.filter((a) => a.ThemeCode === t.Code && a.Critical === true)).toHaveLength(1);
  });

  it('has two to six new slips into Amber or Red each month of its history', () => {
    const months = [...new Set(plan.progressUpdates.map((u) => u.Period))].sort().slice(1);
    const last = new Map<string, ProgressRating>();
    const slips = new Map<string, number>();
    for (const u of [...plan.progressUpdates].sort((a, b) => a.Period.localeCompare(b.Period))) {
      const now = demoStatus(u.Rating).rating;
      const was = last.get(u.ActionCode);
      if (was !== undefined && (now === 'Amber' || now === 'Red') && RATING_SEVERITY[now] > RATING_SEVERITY[was]) slips.set(u.Period, (slips.get(u.Period) ?? 0) + 1);
      last.set(u.ActionCode, now);
    }
    for (const month of months.slice(1)) {
      expect([month, slips.get(month) ?? 0]).toEqual([month, expect.any(Number)]);
      expect(slips.get(month) ?? 0).toBeGreaterThanOrEqual(2);
      expect(slips.get(month) ?? 0).toBeLessThanOrEqual(6);
    }
  });

  it('reports achievements every month, meets and misses milestones, reprofiles through change control and has risks that move', () => {
    const months = [...new Set(plan.progressUpdates.map((u) => u.Period))].sort().slice(-6);
    for (const month of months) expect(plan.progressUpdates.some((u) => u.Period === month && (u.Achievements ?? []).length > 0)).toBe(true);
    expect(plan.milestones.some((m) => m.MilestoneStatus === 'Achieved')).toBe(true);
    expect(plan.milestones.some((m) => m.MilestoneStatus === 'Missed')).toBe(true);
    const reprofiles = plan.changeLog.filter((c) => c.ChangeType === 'timescale' && c.Decision === 'Approved');
    expect(reprofiles.length).toBeGreaterThanOrEqual(3);
    expect(new Set(plan.risks.map((r) => r.Trend)).size).toBeGreaterThanOrEqual(3);
  });
});
