import { buildDemoPlan } from '../../../tools/demo/demoPlan';

const today = '2026-11-23';

describe('buildDemoPlan', () => {
  const plan = buildDemoPlan({ today });
  const mains = plan.actions.filter((a) => a.ActionKind === 'main');
  const logins = new Set(plan.users.map((u) => u.login));

  it('is the same on every run for the same day and seed', () => {
    expect(buildDemoPlan({ today })).toEqual(plan);
    expect(buildDemoPlan({ today, seed: 7 })).not.toEqual(plan);
  });

  it('has the seven Best Value themes, their areas of focus and every persona', () => {
    expect(plan.themes.map((t) => t.Title)).toEqual([
      'Leadership',
      'Culture',
      'Governance',
      'Use of resources',
      'Service delivery',
      'Partnerships and community engagement',
      'Continuous improvement'
    ]);
    expect(plan.workstreams.length).toBeGreaterThanOrEqual(21);
    expect(new Set(plan.users.map((u) => u.persona))).toEqual(new Set(['owner', 'pmo', 'director', 'staff', 'member']));
  });

  it('codes every action uniquely under its theme and workstream, sub-actions under an existing main action', () => {
    const codes = new Set(plan.actions.map((a) => a.Code));
    expect(codes.size).toBe(plan.actions.length);
    for (const a of plan.actions) {
      expect(a.Code.startsWith(a.WorkstreamCode)).toBe(true);
      expect(a.WorkstreamCode.startsWith(`${a.ThemeCode}.`)).toBe(true);
      if (a.ActionKind === 'sub') expect(codes.has(a.ParentCode as string)).toBe(true);
    }
    expect(mains.length).toBeGreaterThanOrEqual(120);
  });

  it('mixes ratings as a real plan does, with commentary on every Amber and Red action', () => {
    const share = (s: string): number => mains.filter((a) => a.Status === s).length / mains.length;
    expect(share('Green')).toBeGreaterThan(0.4);
    expect(share('Amber')).toBeGreaterThan(0.08);
    expect(share('Red')).toBeGreaterThan(0.03);
    expect(share('Complete')).toBeGreaterThan(0.05);
    for (const a of plan.actions.filter((x) => x.Status === 'Amber' || x.Status === 'Red')) expect(a.Commentary.trim()).not.toBe('');
    expect(mains.some((a) => (a.Status === 'Red' || a.Status === 'Amber') && a.CurrentDueDate < today)).toBe(true);
    expect(mains.some((a) => a.ReprofileCount > 0 && a.CurrentDueDate > a.BaselineDueDate)).toBe(true);
  });

  it('keeps dates ordered and progress history non-decreasing', () => {
    for (const a of plan.actions) expect(a.StartDate <= a.BaselineDueDate).toBe(true);
    for (const code of new Set(plan.progressUpdates.map((u) => u.ActionCode))) {
      const history = plan.progressUpdates.filter((u) => u.ActionCode === code);
      history.slice(1).forEach((u, i) => expect(u.ProgressPercent).toBeGreaterThanOrEqual(history[i].ProgressPercent));
    }
  });

  it('resolves every person, recommendation, risk and change to something that exists', () => {
    const recs = new Set(plan.recommendations.map((r) => r.Code));
    const risks = new Set(plan.risks.map((r) => r.Code));
    const codes = new Set(plan.actions.map((a) => a.Code));
    for (const a of plan.actions) {
      expect(logins.has(a.Lead)).toBe(true);
      a.RecommendationRefs.forEach((r) => expect(recs.has(r)).toBe(true));
      a.RiskRefs.forEach((r) => expect(risks.has(r)).toBe(true));
    }
    for (const c of plan.changeLog) {
      expect(codes.has(c.ActionCode as string)).toBe(true);
      expect(logins.has(c.RequestedBy)).toBe(true);
    }
    expect(plan.changeLog.some((c) => c.Decision === 'Pending')).toBe(true);
  });

  it('scales to the benchmark size', () => {
    const big = buildDemoPlan({ today, scale: { mainActions: 400 } });
    expect(big.actions.filter((a) => a.ActionKind === 'main')).toHaveLength(400);
    expect(big.actions.length).toBeGreaterThan(1200);
  });
});
