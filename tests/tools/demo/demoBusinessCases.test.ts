import { caseInputFrom, validateBusinessCase } from '../../../src/domain';
import { buildDemoPlan } from '../../../tools/demo/demoPlan';
import { DEMO_BUSINESS_CASES } from '../../../tools/demo/demoBusinessCases';

describe('the demo business cases', () => {
  const demo = buildDemoPlan({ today: '2026-11-23' });

  it('covers every state a case can be in', () => {
    const states = DEMO_BUSINESS_CASES.map((c) => c.decision?.kind ?? c.state);
    expect(new Set(states)).toEqual(new Set(['Approved', 'Submitted', 'Returned', 'Draft']));
    expect(DEMO_BUSINESS_CASES.length).toBeGreaterThanOrEqual(5);
  });

  it('belongs to main actions whose lead has an account, and every return says why', () => {
    for (const c of DEMO_BUSINESS_CASES) {
      const action = demo.actions.find((a) => a.Code === c.code);
      expect({ code: c.code, lead: typeof action?.Lead }).toEqual({ code: c.code, lead: 'string' });
      if (c.decision?.kind === 'Returned') expect(c.decision.reason).toBeTruthy();
    }
  });

  it('passes the same checks as a case saved in the app', () => {
    for (const c of DEMO_BUSINESS_CASES) expect({ code: c.code, problems: validateBusinessCase(caseInputFrom(c.content), c.state).problems }).toEqual({ code: c.code, problems: [] });
  });
});
