import {
  DEFAULT_TERMINOLOGY,
  nextFreeCode,
  parseDueDate,
  parseReferenceCode,
  rollUpPlan,
  rateAction,
  type Action,
  type Plan,
  type ProgressRating
} from '../../../src/domain';
import { director, lead, makeAction, makeTheme, makeWorkstream } from '../fixtures';

function plan(shape: Plan['shape'], themes: Plan['themes'], workstreams: Plan['workstreams'], actions: Action[]): Plan {
  return {
    id: shape,
    name: 'Council Improvement Plan',
    council: 'Example Borough Council',
    shape,
    terminology: DEFAULT_TERMINOLOGY[shape],
    startDate: '2025-11-01',
    endDate: '2028-03-31',
    cadence: 'month',
    seniorResponsibleOwner: director,
    themes,
    workstreams,
    actions,
    milestones: [],
    progressUpdates: [],
    risks: [],
    changeRequests: [],
    recommendations: []
  };
}

function due(text: string): string | undefined {
  const parsed = parseDueDate(text);
  return parsed.ok && parsed.value.kind === 'date' ? parsed.value.date : undefined;
}

describe('the model holds all three shapes of plan', () => {
  it('Best Value themes with areas of focus and deliverables', () => {
    const p = plan(
      'bestValueThemes',
      [makeTheme({ id: 'lead', code: 'LEAD', name: 'Leadership' }), makeTheme({ id: 'res', code: 'RES', name: 'Use of resources', order: 4 })],
      [makeWorkstream({ id: 'l1', code: 'LEAD.1', themeCode: 'LEAD', name: 'Stable senior leadership', outcomes: ['A permanent senior team'] })],
      [makeAction({ id: 'd1', code: 'LEAD.1.1', themeCode: 'LEAD', workstreamCode: 'LEAD.1', title: 'Confirm senior management structure' })]
    );
    expect(p.terminology.workstream).toBe('Area of focus');
    expect(nextFreeCode('LEAD.1', p.actions.map((a) => a.code))).toBe('LEAD.1.2');
    expect(nextFreeCode('LEAD', p.workstreams.map((w) => w.code))).toBe('LEAD.2');
  });

  it('aims, numbered programmes, actions and lettered sub-actions with messy dates', () => {
    const main = makeAction({ id: '5.3', code: '5.3', themeCode: 'AIM2', workstreamCode: '5', title: 'Income and debt recovery', startDateText: 'Commenced', dueDateText: 'March 2027', baselineDueDate: due('March 2027') });
    const subs = [
      makeAction({ id: '5.3a', code: '5.3(a)', kind: 'sub', parentId: '5.3', themeCode: 'AIM2', workstreamCode: '5', baselineDueDate: due('November 2025'), dueDateText: 'November 2025' }),
      makeAction({ id: '5.3b', code: '5.3(b)', kind: 'sub', parentId: '5.3', themeCode: 'AIM2', workstreamCode: '5', dueDateText: 'Ongoing' })
    ];
    const p = plan('aimsAndProgrammes', [makeTheme({ id: 'aim2', code: 'AIM2', name: 'A financially sustainable council' })], [makeWorkstream({ id: 'p5', code: '5', themeCode: 'AIM2', name: 'Financial sustainability' })], [main, ...subs]);
    expect(main.baselineDueDate).toBe('2027-03-31');
    expect(nextFreeCode('5.3', p.actions.map((a) => a.code))).toBe('5.3(c)');
    const ratings = new Map<string, ProgressRating>(p.actions.map((a) => [a.id, rateAction(a, '2026-04-12').rating]));
    const [aim] = rollUpPlan(p.themes, p.workstreams, p.actions, ratings);
    expect(aim.rollup.rating).toBe('Red');
    expect(aim.workstreams[0].actions[0].children.map((c) => c.action.code)).toEqual(['5.3(a)', '5.3(b)']);
  });

  it('coded themes, lettered workstreams, main actions and sub-actions', () => {
    const p = plan(
      'codedThemes',
      [makeTheme({ leadMember: lead })],
      [makeWorkstream()],
      [makeAction({ id: 'm', code: 'OC.A2' }), makeAction({ id: 's', code: 'OC.A2.1', kind: 'sub', parentId: 'm' })]
    );
    const parsed = parseReferenceCode('OC.A2.1');
    expect(parsed.ok && parsed.value.parentCode).toBe('OC.A2');
    expect(nextFreeCode('OC.A', p.actions.map((a) => a.code))).toBe('OC.A3');
    expect(p.themes[0].leadMember).toEqual(lead);
  });
});
