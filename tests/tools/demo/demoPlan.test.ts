import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import type { DemoAction, DemoPlan } from '../../../tools/demo/demoTypes';

const today = '2026-11-23';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

const isRealDate = (s: string): boolean => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const mainsOf = (plan: DemoPlan): DemoAction[] => plan.actions.filter((a) => a.ActionKind === 'main');

describe('buildDemoPlan', () => {
  const plan = buildDemoPlan({ today });
  const mains = mainsOf(plan);
  const codes = new Set(plan.actions.map((a) => a.Code));
  const logins = new Set(plan.users.map((u) => u.login));

  it('is deterministic for the same day and seed, and varies with the seed', () => {
    expect(buildDemoPlan({ today })).toEqual(plan);
    expect(buildDemoPlan({ today, seed: 20261123 })).toEqual(plan);
    expect(buildDemoPlan({ today, seed: 7 })).toEqual(buildDemoPlan({ today, seed: 7 }));
    expect(buildDemoPlan({ today, seed: 7 })).not.toEqual(plan);
  });

  it('rejects a malformed today', () => {
    expect(() => buildDemoPlan({ today: '23/11/2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('has every persona with the expected permissions', () => {
    const by = (persona: string) => plan.users.filter((u) => u.persona === persona);
    expect(by('owner')).toHaveLength(1);
    expect(by('owner')[0].login).toBe('admin@northmoor.gov.uk');
    expect(by('pmo')).toHaveLength(2);
    // The programme office is a site group with the model's rights, not site collection administrators.
    expect(by('pmo').every((u) => u.permission === 'Contribute')).toBe(true);
    expect(by('director')).toHaveLength(7);
    expect(by('director').every((u) => u.permission === 'Contribute')).toBe(true);
    expect(by('staff').length).toBeGreaterThanOrEqual(10);
    expect(by('staff').every((u) => u.permission === 'Contribute')).toBe(true);
    expect(by('member')).toHaveLength(3);
    expect(by('member').every((u) => u.permission === 'Read')).toBe(true);
    expect(logins.size).toBe(plan.users.length);
    for (const u of plan.users) expect(u.email).toMatch(/^[a-z.]+@northmoor\.gov\.uk$/);
  });

  it('has the seven Best Value themes, each with a director and three or four areas of focus', () => {
    expect(plan.themes.map((t) => [t.Code, t.Title])).toEqual([
      ['LD', 'Leadership'],
      ['CU', 'Culture'],
      ['GV', 'Governance'],
      ['UR', 'Use of resources'],
      ['SD', 'Service delivery'],
      ['PC', 'Partnerships and community engagement'],
      ['CI', 'Continuous improvement']
    ]);
    expect(new Set(plan.themes.map((t) => t.LeadDirector)).size).toBe(7);
    for (const t of plan.themes) {
      const areas = plan.workstreams.filter((w) => w.ThemeCode === t.Code);
      expect(areas.length).toBeGreaterThanOrEqual(3);
      expect(areas.length).toBeLessThanOrEqual(4);
      areas.forEach((w, i) => expect(w.Code).toBe(`${t.Code}.${String.fromCharCode(65 + i)}`));
      expect(t.ThemeRatingReason).toMatch(/^(Red|Amber|Green): /);
      expect(t.Summary.length).toBeGreaterThan(40);
    }
  });

  it('has about 150 main actions, 21 or 22 per theme, each with two to four sub-actions', () => {
    expect(mains.length).toBeGreaterThanOrEqual(140);
    expect(mains.length).toBeLessThanOrEqual(160);
    for (const t of plan.themes) {
      const n = mains.filter((a) => a.ThemeCode === t.Code).length;
      expect(n).toBeGreaterThanOrEqual(21);
      expect(n).toBeLessThanOrEqual(22);
    }
    for (const m of mains) {
      const subs = plan.actions.filter((a) => a.ActionKind === 'sub' && a.ParentCode === m.Code);
      expect(subs.length).toBeGreaterThanOrEqual(2);
      expect(subs.length).toBeLessThanOrEqual(4);
    }
    const assurance = plan.actions.filter((a) => a.ActionKind === 'assurance');
    expect(assurance.length).toBeGreaterThanOrEqual(3);
    for (const a of assurance) expect(a.Code).toMatch(/^[A-Z]{2}\.[A-D]\d+\.AS\d$/);
  });

  it('codes every action uniquely under its theme and area of focus', () => {
    expect(codes.size).toBe(plan.actions.length);
    const areaCodes = new Set(plan.workstreams.map((w) => w.Code));
    for (const a of plan.actions) {
      expect(areaCodes.has(a.WorkstreamCode)).toBe(true);
      expect(a.WorkstreamCode.startsWith(`${a.ThemeCode}.`)).toBe(true);
      if (a.ActionKind === 'main') {
        expect(a.Code).toMatch(new RegExp(`^${a.WorkstreamCode.replace('.', '\\.')}\\d+$`));
        expect(a.ParentCode).toBeUndefined();
      } else {
        expect(a.ParentCode).toBeDefined();
        expect(codes.has(a.ParentCode as string)).toBe(true);
        const parent = plan.actions.find((p) => p.Code === a.ParentCode) as DemoAction;
        expect(parent.ActionKind).toBe('main');
        expect(parent.WorkstreamCode).toBe(a.WorkstreamCode);
        expect(a.Code.startsWith(`${a.ParentCode}.`)).toBe(true);
      }
    }
  });

  it('writes specific, varied titles and commentary rather than templates', () => {
    expect(new Set(mains.map((a) => a.Title)).size).toBe(mains.length);
    expect(new Set(mains.map((a) => a.Commentary)).size).toBeGreaterThan(mains.length * 0.9);
    for (const a of plan.actions) {
      expect(a.Title).not.toMatch(/\{\w+\}|undefined|NaN|[Ll]orem/);
      expect(a.Commentary).not.toMatch(/\{\w+\}|undefined|NaN/);
      expect(a.NextSteps).not.toMatch(/\{\w+\}|undefined|NaN/);
      expect(a.Description.trim()).not.toBe('');
    }
  });

  it('mixes ratings as a real plan does', () => {
    const share = (s: string): number => mains.filter((a) => a.Status === s).length / mains.length;
    expect(share('Green')).toBeGreaterThanOrEqual(0.55);
    expect(share('Green')).toBeLessThanOrEqual(0.7);
    expect(share('Amber')).toBeGreaterThanOrEqual(0.1);
    expect(share('Amber')).toBeLessThanOrEqual(0.16);
    expect(share('Red')).toBeGreaterThanOrEqual(0.03);
    expect(share('Red')).toBeLessThanOrEqual(0.08);
    expect(share('Complete')).toBeGreaterThanOrEqual(0.09);
    expect(share('Complete')).toBeLessThanOrEqual(0.13);
    for (const s of ['NotStarted', 'OnHold', 'Closed']) expect(share(s)).toBeGreaterThan(0);
  });

  it('explains every Amber and Red action, with overdue and reprofiled ones among them', () => {
    for (const a of plan.actions.filter((x) => x.Status === 'Amber' || x.Status === 'Red' || x.Rating === 'Amber' || x.Rating === 'Red')) {
      expect(a.Commentary.trim().length).toBeGreaterThan(20);
    }
    for (const a of mains.filter((x) => x.Status === 'Amber' || x.Status === 'Red')) expect(a.Issues.trim()).not.toBe('');
    const slipping = mains.filter((a) => a.Status === 'Amber' || a.Status === 'Red');
    expect(slipping.filter((a) => a.CurrentDueDate < today).length).toBeGreaterThanOrEqual(5);
    const reprofiled = mains.filter((a) => a.ReprofileCount >= 1);
    expect(reprofiled.length).toBeGreaterThanOrEqual(5);
    for (const a of reprofiled) expect(a.CurrentDueDate > a.BaselineDueDate).toBe(true);
    for (const a of mains.filter((x) => x.ReprofileCount === 0)) expect(a.CurrentDueDate).toBe(a.BaselineDueDate);
    for (const a of mains.filter((x) => x.Status === 'Green')) expect(a.CurrentDueDate >= today).toBe(true);
    for (const a of mains.filter((x) => x.Status === 'Closed')) expect(a.ClosureRationale?.trim()).toBeTruthy();
    for (const a of mains.filter((x) => x.RatingOverride)) {
      expect(a.Rating).toBe(a.RatingOverride);
      expect(a.OverrideReason?.trim()).toBeTruthy();
    }
    for (const a of mains) expect(['Red', 'Amber', 'Green']).toContain(a.RiskRating);
  });

  it('keeps dates valid and ordered, from eight months ago into 2028', () => {
    for (const a of plan.actions) {
      for (const d of [a.StartDate, a.BaselineDueDate, a.CurrentDueDate, a.ForecastDate].filter((x): x is string => x !== undefined)) expect(isRealDate(d)).toBe(true);
      expect(a.StartDate <= a.BaselineDueDate).toBe(true);
      expect(a.BaselineDueDate <= a.CurrentDueDate).toBe(true);
      expect(a.LastUpdated).toMatch(ISO_INSTANT);
      expect(a.LastUpdated.slice(0, 10) <= today).toBe(true);
      expect(a.ProgressPercent).toBeGreaterThanOrEqual(0);
      expect(a.ProgressPercent).toBeLessThanOrEqual(100);
      if (a.Status === 'Complete') expect(a.ProgressPercent).toBe(100);
      if (a.Status === 'NotStarted') expect(a.ProgressPercent).toBe(0);
      for (const e of a.EvidenceLinks) expect(e.url.startsWith('https://northmoor.sharepoint.com/sites/improvement/Shared%20Documents/')).toBe(true);
    }
    const starts = mains.map((a) => a.StartDate).sort();
    expect(starts[0]).toBe('2026-03-01');
    expect(mains.some((a) => a.CurrentDueDate.startsWith('2028'))).toBe(true);
    expect(mains.every((a) => a.CurrentDueDate <= '2028-12-31')).toBe(true);
    expect(mains.some((a) => a.DueDateText === 'Ongoing')).toBe(true);
    expect(mains.some((a) => /^Q[1-4] \d{4}\/\d{2}$/.test(a.DueDateText ?? ''))).toBe(true);
  });

  it('keeps monthly history per main action since the plan began, non-decreasing and ending in the current rating or one that slipped this month', () => {
    const periods = [...new Set(plan.progressUpdates.map((u) => u.Period))].sort();
    expect(periods[0]).toBe('2026-03');
    expect(periods[periods.length - 1]).toBe('2026-10');
    for (const a of mains) {
      const history = plan.progressUpdates.filter((u) => u.ActionCode === a.Code);
      if (a.Status === 'NotStarted') {
        expect(history).toHaveLength(0);
        continue;
      }
      expect(history.length).toBeGreaterThan(0);
      expect(history.length).toBeLessThanOrEqual(12);
      history.slice(1).forEach((u, i) => {
        expect(u.Period > history[i].Period).toBe(true);
        expect(u.ProgressPercent).toBeGreaterThanOrEqual(history[i].ProgressPercent);
      });
      for (const u of history) {
        expect(u.Period >= a.StartDate.slice(0, 7)).toBe(true);
        expect(u.UpdatedAt.startsWith(u.Period)).toBe(true);
        expect(u.Commentary.trim()).not.toBe('');
      }
      const last = history[history.length - 1];
      expect(last.ProgressPercent).toBeLessThanOrEqual(a.ProgressPercent);
      const severity = ['Green', 'Amber', 'Red'];
      if (last.Rating !== a.Status) expect(severity.indexOf(last.Rating)).toBeLessThan(severity.indexOf(a.Status));
    }
  });

  it('gives every main action one to three milestones with consistent statuses', () => {
    for (const a of mains) {
      const ms = plan.milestones.filter((m) => m.ActionCode === a.Code);
      expect(ms.length).toBeGreaterThanOrEqual(1);
      expect(ms.length).toBeLessThanOrEqual(3);
      for (const m of ms) {
        expect(isRealDate(m.DueDate)).toBe(true);
        if (m.MilestoneStatus === 'Achieved') expect((m.CompletedDate as string) <= today).toBe(true);
        else expect(m.CompletedDate).toBeUndefined();
        if (m.MilestoneStatus === 'Planned') expect(m.DueDate >= today).toBe(true);
      }
    }
    expect(plan.milestones.every((m) => codes.has(m.ActionCode))).toBe(true);
  });

  it('scores risks on a 4x4 grid', () => {
    expect(plan.risks.length).toBeGreaterThanOrEqual(18);
    plan.risks.forEach((r, i) => {
      expect(r.Code).toBe(`R${String(i + 1).padStart(2, '0')}`);
      for (const n of [r.InherentLikelihood, r.InherentImpact, r.ResidualLikelihood, r.ResidualImpact, r.TargetLikelihood, r.TargetImpact]) {
        expect(Number.isInteger(n) && n >= 1 && n <= 4).toBe(true);
      }
      expect(r.ResidualLikelihood * r.ResidualImpact).toBeLessThanOrEqual(r.InherentLikelihood * r.InherentImpact);
      expect(r.TargetLikelihood * r.TargetImpact).toBeLessThanOrEqual(r.ResidualLikelihood * r.ResidualImpact);
    });
    expect(plan.risks.some((r) => r.ResidualLikelihood * r.ResidualImpact >= 12)).toBe(true);
  });

  it('answers every recommendation with several actions, but for two recent ones not yet planned', () => {
    expect(plan.recommendations.length).toBeGreaterThanOrEqual(20);
    expect(new Set(plan.recommendations.map((r) => r.Source))).toEqual(new Set(['External auditor', 'LGA peer challenge', 'CIPFA review', 'Direction', 'Best Value Notice']));
    const answering = (code: string): number => mains.filter((a) => a.RecommendationRefs.includes(code)).length;
    const unanswered = plan.recommendations.filter((r) => answering(r.Code) === 0);
    expect(unanswered.map((r) => r.Code)).toEqual(['EA9', 'EA10']);
    // Believable gaps: the auditor's latest report, issued last month, not yet in the plan; never a Direction.
    for (const r of unanswered) {
      expect(r.IssuedOn > '2026-10-01' && r.IssuedOn < '2026-11-23').toBe(true);
      expect(r.SourceDocument).toBe('Auditor\u2019s annual report 2025/26');
      expect(r.Statutory).toBe(false);
    }
    for (const r of plan.recommendations.filter((x) => !unanswered.includes(x))) expect(answering(r.Code)).toBeGreaterThanOrEqual(3);
  });

  it('says where each recommendation came from and when, with Directions and the Notice statutory', () => {
    for (const r of plan.recommendations) {
      expect(r.SourceDocument.length).toBeGreaterThan(10);
      expect(r.IssuedOn < '2026-03-01' || ['EA9', 'EA10'].includes(r.Code)).toBe(true);
      if (r.Source === 'Direction' || r.Source === 'Best Value Notice') expect(r.Statutory).toBe(true);
    }
    // Statutory recommendations and Directions, before the plan was adopted, in the order the story tells.
    const issued = (code: string): string => plan.recommendations.find((r) => r.Code === code)!.IssuedOn;
    expect([issued('EA1'), issued('BV1'), issued('PC1'), issued('CF1'), issued('D1')]).toEqual(['2025-09-17', '2025-10-09', '2025-11-22', '2025-12-11', '2026-01-04']);
    expect(plan.recommendations.filter((r) => r.Statutory).map((r) => r.Code)).toEqual(['EA1', 'EA2', 'EA3', 'D1', 'D2', 'D3', 'D4', 'BV1']);
  });

  it('resolves every reference and person to something that exists', () => {
    const recs = new Set(plan.recommendations.map((r) => r.Code));
    const risks = new Set(plan.risks.map((r) => r.Code));
    const themes = new Set(plan.themes.map((t) => t.Code));
    for (const a of plan.actions) {
      expect(logins.has(a.Lead)).toBe(true);
      a.RecommendationRefs.forEach((r) => expect(recs.has(r)).toBe(true));
      a.RiskRefs.forEach((r) => expect(risks.has(r)).toBe(true));
    }
    for (const t of plan.themes) expect(logins.has(t.LeadDirector)).toBe(true);
    for (const w of plan.workstreams) {
      expect(logins.has(w.Lead)).toBe(true);
      expect(themes.has(w.ThemeCode)).toBe(true);
    }
    for (const u of plan.progressUpdates) {
      expect(codes.has(u.ActionCode)).toBe(true);
      expect(logins.has(u.UpdatedBy)).toBe(true);
    }
    for (const r of plan.risks) {
      expect(logins.has(r.Owner)).toBe(true);
      expect(themes.has(r.ThemeCode)).toBe(true);
    }
    for (const c of plan.changeLog) {
      if (c.ActionCode !== undefined) expect(codes.has(c.ActionCode)).toBe(true);
      expect(logins.has(c.RequestedBy)).toBe(true);
      if (c.DecidedBy !== undefined) expect(logins.has(c.DecidedBy)).toBe(true);
    }
  });

  it('logs change control consistently with the reprofiled actions', () => {
    expect(plan.changeLog.length).toBeGreaterThanOrEqual(30);
    expect(plan.changeLog.length).toBeLessThanOrEqual(55);
    plan.changeLog.forEach((c, i) => {
      expect(c.Code).toBe(`CR${String(i + 1).padStart(3, '0')}`);
      expect(c.RequestedAt).toMatch(ISO_INSTANT);
      expect(c.RequestedAt.slice(0, 10) <= today).toBe(true);
      if (i > 0) expect(c.RequestedAt >= plan.changeLog[i - 1].RequestedAt).toBe(true);
      if (c.Decision === 'Pending') {
        expect(c.DecidedBy).toBeUndefined();
        expect(c.DecidedAt).toBeUndefined();
      } else {
        expect(c.DecidedAt as string >= c.RequestedAt).toBe(true);
        expect((c.DecidedAt as string).slice(0, 10) <= today).toBe(true);
      }
    });
    const pending = plan.changeLog.filter((c) => c.Decision === 'Pending');
    expect(pending.length).toBeGreaterThanOrEqual(4);
    expect(pending.length).toBeLessThanOrEqual(8);
    expect(plan.changeLog.some((c) => c.Decision === 'Rejected')).toBe(true);
    for (const type of ['description', 'timescale', 'newWorkstream', 'newMainAction', 'newSubAction', 'newAssuranceAction', 'closure']) {
      expect(plan.changeLog.some((c) => c.ChangeType === type)).toBe(true);
    }
    // One approved timescale change per reprofile, chaining the baseline date to the current one.
    for (const a of plan.actions.filter((x) => x.ActionKind === 'main')) {
      const approved = plan.changeLog.filter((c) => c.ActionCode === a.Code && c.ChangeType === 'timescale' && c.Decision === 'Approved');
      expect(approved).toHaveLength(a.ReprofileCount);
      if (approved.length) {
        expect(approved[0].OldValue).toBe(a.BaselineDueDate);
        expect(approved[approved.length - 1].NewValue).toBe(a.CurrentDueDate);
        approved.slice(1).forEach((c, i) => expect(c.OldValue).toBe(approved[i].NewValue));
      }
    }
    for (const c of pending.filter((x) => x.ChangeType === 'timescale')) {
      const a = plan.actions.find((x) => x.Code === c.ActionCode) as DemoAction;
      expect(c.OldValue).toBe(a.CurrentDueDate);
      expect((c.NewValue as string) > (c.OldValue as string)).toBe(true);
    }
    for (const a of mains.filter((x) => x.Status === 'Closed')) {
      expect(plan.changeLog.some((c) => c.ActionCode === a.Code && c.ChangeType === 'closure' && c.Decision === 'Approved')).toBe(true);
    }
  });

  it('moves with today: the history always ends the month before', () => {
    const other = buildDemoPlan({ today: '2027-03-01' });
    const periods = other.progressUpdates.map((u) => u.Period).sort();
    expect(periods[periods.length - 1]).toBe('2027-02');
    expect(mainsOf(other).map((a) => a.StartDate).sort()[0]).toBe('2026-07-01');
    for (const a of other.actions) expect(a.LastUpdated.slice(0, 10) <= '2027-03-01').toBe(true);
    for (const c of other.changeLog) expect(c.RequestedAt.slice(0, 10) <= '2027-03-01').toBe(true);
  });

  it('scales to the benchmark size with sub-actions', () => {
    const big = buildDemoPlan({ today, scale: { mainActions: 400 } });
    const bigMains = mainsOf(big);
    expect(bigMains).toHaveLength(400);
    expect(big.actions.filter((a) => a.ActionKind === 'sub').length).toBeGreaterThanOrEqual(800);
    expect(new Set(big.actions.map((a) => a.Code)).size).toBe(big.actions.length);
    const bigCodes = new Set(big.actions.map((a) => a.Code));
    for (const a of big.actions) if (a.ParentCode) expect(bigCodes.has(a.ParentCode)).toBe(true);
    expect(big.themes).toHaveLength(7);
    const share = (s: string): number => bigMains.filter((a) => a.Status === s).length / bigMains.length;
    expect(share('Green')).toBeGreaterThan(0.5);
    expect(share('Red')).toBeGreaterThanOrEqual(0.04);
  });
});
