import fc from 'fast-check';
import {
  DEFAULT_ROLLUP_METHOD,
  describeRollupMethod,
  parseRollupMethod,
  PROGRESS_RATINGS,
  RATING_SEVERITY,
  rollUp,
  rollUpPlan,
  WORST_OF,
  type ProgressRating,
  type RollupMethod
} from '../../../src/domain';
import { makeAction, makeTheme, makeWorkstream } from '../fixtures';

const ratingArb = fc.constantFrom<ProgressRating>(...PROGRESS_RATINGS);

describe('rollUp: worst of', () => {
  it.each([
    [['Green', 'Amber', 'Green'], 'Amber'],
    [['Green', 'Red', 'Amber'], 'Red'],
    [['Green', 'Complete'], 'Green'],
    [['Complete', 'Complete'], 'Complete'],
    [['Complete', 'Closed'], 'Complete'],
    [['NotStarted', 'Complete'], 'NotStarted'],
    [['OnHold', 'NotStarted'], 'OnHold'],
    [['Closed'], 'Closed'],
    [[], 'NotStarted']
  ] as const)('%p rolls up to %s', (children, expected) => {
    expect(rollUp(children, WORST_OF).rating).toBe(expected);
  });

  it('names the method and shows the counts', () => {
    expect(rollUp(['Green', 'Red', 'Amber', 'Green', 'Complete'], WORST_OF).explanation).toBe('Red: worst of 5 actions (1 Red, 1 Amber, 2 Green, 1 Complete)');
    expect(rollUp(['Green'], WORST_OF).explanation).toBe('Green: worst of 1 action (1 Green)');
    expect(rollUp([], WORST_OF, 'workstreams').explanation).toBe('Not started: worst of no workstreams');
  });

  it('is never better than its worst child', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { minLength: 1, maxLength: 40 }), (children) => {
        const rolled = rollUp(children, WORST_OF).rating;
        for (const child of children) expect(RATING_SEVERITY[rolled]).toBeGreaterThanOrEqual(RATING_SEVERITY[child]);
        expect(children).toContain(rolled);
      })
    );
  });

  it('counts add up to the number of children', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 40 }), (children) => {
        const result = rollUp(children, { kind: 'predominant' });
        expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(children.length);
        expect(result.total).toBe(children.length);
      })
    );
  });
});

const threshold: RollupMethod = { kind: 'threshold', redShare: 0.25, amberShare: 0.2 };
const THRESHOLD_TEXT = 'threshold rule (Red at 25% Red or a critical action Red; Amber at 20% Amber or Red or a critical action Amber)';

describe('rollUp: threshold rule', () => {
  it.each([
    [['Red', 'Green', 'Green', 'Green'], 'Red'],
    [['Red', 'Green', 'Green', 'Green', 'Green'], 'Amber'],
    [['Amber', 'Green', 'Green', 'Green', 'Green'], 'Amber'],
    [['Amber', 'Green', 'Green', 'Green', 'Green', 'Green'], 'Green'],
    [['Amber', 'Complete', 'Complete', 'Complete', 'Complete', 'Complete'], 'Amber'],
    [['Complete', 'Closed'], 'Complete'],
    [['NotStarted', 'Amber', 'NotStarted', 'NotStarted', 'NotStarted', 'NotStarted', 'NotStarted'], 'Amber'],
    [['NotStarted', 'OnHold'], 'OnHold'],
    [[], 'NotStarted']
  ] as const)('%p rolls up to %s', (children, expected) => {
    expect(rollUp(children, threshold).rating).toBe(expected);
  });

  it('takes its shares of open rated actions only: finished, paused and unstarted work does not dilute them', () => {
    const diluted: ProgressRating[] = ['Red', 'Green', 'Green', ...Array<ProgressRating>(20).fill('Complete'), ...Array<ProgressRating>(10).fill('NotStarted')];
    expect(rollUp(diluted, threshold).rating).toBe('Red');
  });

  it('carries a critical action\'s Red or Amber up whatever the shares', () => {
    const calm = Array<ProgressRating>(30).fill('Green');
    expect(rollUp([...calm, { rating: 'Red', critical: true }], threshold).rating).toBe('Red');
    expect(rollUp([...calm, { rating: 'Red', critical: false }], threshold).rating).toBe('Green');
    expect(rollUp([...calm, { rating: 'Amber', critical: true }], threshold).rating).toBe('Amber');
  });

  it('names the method with its thresholds and shows the counts', () => {
    expect(describeRollupMethod(threshold)).toBe(THRESHOLD_TEXT);
    const result = rollUp(['Amber', 'Green', 'Green', 'Green', 'Green', 'Green'], threshold);
    expect(result.methodName).toBe('threshold rule');
    expect(result.explanation).toBe(`Green: ${THRESHOLD_TEXT} over 6 actions (1 Amber, 5 Green)`);
  });

  it('is the default, and one Red action among many does not make the theme Red', () => {
    expect(DEFAULT_ROLLUP_METHOD).toEqual({ kind: 'threshold', redShare: 0.2, amberShare: 0.25 });
    const theme: ProgressRating[] = ['Red', 'Amber', ...Array<ProgressRating>(18).fill('Green')];
    expect(rollUp(theme).rating).toBe('Green');
    expect(rollUp(theme, WORST_OF).rating).toBe('Red');
  });

  it('with no Red or Amber child gives the same rating as worst of', () => {
    const calm = fc.constantFrom<ProgressRating>('Green', 'OnHold', 'NotStarted', 'Complete', 'Closed');
    fc.assert(fc.property(fc.array(calm, { maxLength: 20 }), (children) => expect(rollUp(children, threshold).rating).toBe(rollUp(children, WORST_OF).rating)));
  });

  it('is never better than the share rule says nor worse than worst of', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 40 }), (children) => {
        const rolled = rollUp(children, threshold).rating;
        expect(RATING_SEVERITY[rolled]).toBeLessThanOrEqual(RATING_SEVERITY[rollUp(children, WORST_OF).rating]);
      })
    );
  });
});

describe('rollUp: predominant rating', () => {
  const predominant: RollupMethod = { kind: 'predominant' };
  it.each([
    [['Green', 'Green', 'Amber', 'Red'], 'Green'],
    [['Amber', 'Amber', 'Green', 'Red'], 'Amber'],
    [['Amber', 'Green'], 'Amber'],
    [['Red', 'Red', 'Amber', 'Amber', 'Green'], 'Red'],
    [['Green', 'Complete', 'Complete', 'Complete'], 'Green'],
    [['Complete', 'NotStarted'], 'NotStarted'],
    [[], 'NotStarted']
  ] as const)('%p rolls up to %s (ties go to the more severe)', (children, expected) => {
    expect(rollUp(children, predominant).rating).toBe(expected);
  });

  it('names itself', () => {
    expect(rollUp(['Green', 'Amber', 'Green'], predominant).explanation).toBe('Green: predominant rating of 3 actions (1 Amber, 2 Green)');
  });
});

describe('parseRollupMethod', () => {
  it('reads each method as the programme office writes it', () => {
    expect(parseRollupMethod('{"kind":"worstOf"}')).toEqual({ ok: true, value: WORST_OF });
    expect(parseRollupMethod('{"kind":"predominant"}')).toEqual({ ok: true, value: { kind: 'predominant' } });
    expect(parseRollupMethod('{"kind":"threshold","redShare":0.1,"amberShare":0.25}')).toEqual({ ok: true, value: { kind: 'threshold', redShare: 0.1, amberShare: 0.25 } });
  });

  it.each(['not json', '[]', '{"kind":"average"}', '{"kind":"threshold","redShare":20,"amberShare":0.2}', '{"kind":"threshold","redShare":0.2}'])('refuses %s with a reason', (text) => {
    const parsed = parseRollupMethod(text);
    expect(parsed.ok).toBe(false);
  });
});

describe('rollUpPlan', () => {
  const themes = [makeTheme({ code: 'CO', name: 'Corporate Oversight', order: 2, id: 't-co' }), makeTheme()];
  const workstreams = [
    makeWorkstream(),
    makeWorkstream({ id: 'w-oc-b', code: 'OC.B', name: 'Values' }),
    makeWorkstream({ id: 'w-co-b', code: 'CO.B', themeCode: 'CO', name: 'Improvement' })
  ];
  const actions = [
    makeAction({ id: 'm2', code: 'OC.A2' }),
    makeAction({ id: 's1', code: 'OC.A2.1', kind: 'sub', parentId: 'm2' }),
    makeAction({ id: 's2', code: 'OC.A2.2', kind: 'sub', parentId: 'm2' }),
    makeAction({ id: 'as', code: 'OC.A2.3', kind: 'assurance', parentId: 's2' }),
    makeAction({ id: 'm1', code: 'OC.A1' }),
    makeAction({ id: 'orphan', code: 'OC.A3', kind: 'sub', parentId: 'gone' }),
    makeAction({ id: 'c1', code: 'CO.B3', themeCode: 'CO', workstreamCode: 'CO.B' })
  ];
  const ratings = new Map<string, ProgressRating>([
    ['m2', 'Green'],
    ['s1', 'Complete'],
    ['s2', 'Green'],
    ['as', 'Amber'],
    ['m1', 'Green'],
    ['orphan', 'Green'],
    ['c1', 'Red']
  ]);

  it('rolls each action and its descendants up, and every action of a workstream and of a theme', () => {
    const [oc, co] = rollUpPlan(themes, workstreams, actions, ratings, WORST_OF);
    expect(oc.theme.code).toBe('OC');
    expect(co.theme.code).toBe('CO');
    const [wsA, wsB] = oc.workstreams;
    expect(wsA.actions.map((a) => a.action.code)).toEqual(['OC.A1', 'OC.A2', 'OC.A3']);
    const a2 = wsA.actions[1];
    expect(a2.ownRating).toBe('Green');
    expect(a2.children.map((c) => c.action.code)).toEqual(['OC.A2.1', 'OC.A2.2']);
    expect(a2.children[1].rollup.rating).toBe('Amber');
    expect(a2.rollup.rating).toBe('Amber');
    expect(wsA.rollup.rating).toBe('Amber');
    expect(wsB.rollup.rating).toBe('NotStarted');
    expect(oc.rollup.rating).toBe('Amber');
    expect(oc.rollup.explanation).toBe('Amber: worst of 6 actions (1 Amber, 4 Green, 1 Complete)');
    expect(wsB.rollup.explanation).toBe('Not started: worst of no actions');
    expect(co.rollup.rating).toBe('Red');
  });

  it('treats unrated actions as not started and leaves out actions caught in a parent loop', () => {
    const tree = [
      makeAction({ id: 'x', code: 'OC.A5' }),
      makeAction({ id: 'y', code: 'OC.A5.1', kind: 'sub', parentId: 'x' }),
      makeAction({ id: 'p', code: 'OC.A6', parentId: 'q' }),
      makeAction({ id: 'q', code: 'OC.A6.1', parentId: 'p' })
    ];
    const [oc] = rollUpPlan([makeTheme()], [makeWorkstream()], tree, new Map([['p', 'Red' as ProgressRating]]), { kind: 'worstOf' });
    expect(oc.workstreams[0].actions.map((a) => a.action.code)).toEqual(['OC.A5']);
    expect(oc.rollup.rating).toBe('NotStarted');
  });

  it('never rates a theme better than any of its actions under worst of', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { minLength: actions.length, maxLength: actions.length }), (drawn) => {
        const map = new Map(actions.map((a, i) => [a.id, drawn[i]]));
        const [oc] = rollUpPlan([makeTheme()], workstreams.slice(0, 1), actions.filter((a) => a.themeCode === 'OC'), map, WORST_OF);
        for (const action of actions.filter((a) => a.themeCode === 'OC')) {
          expect(RATING_SEVERITY[oc.rollup.rating]).toBeGreaterThanOrEqual(RATING_SEVERITY[map.get(action.id) as ProgressRating]);
        }
      })
    );
  });

  it('rolls a theme up over its actions with the chosen method, critical actions carried up', () => {
    const many = Array.from({ length: 10 }, (_, i) => makeAction({ id: `g${i}`, code: `OC.A${i + 10}` }));
    const red = makeAction({ id: 'r', code: 'OC.A1' });
    const map = new Map<string, ProgressRating>([...many.map((a) => [a.id, 'Green'] as [string, ProgressRating]), ['r', 'Red']]);
    const [calm] = rollUpPlan([makeTheme()], [makeWorkstream()], [red, ...many], map);
    expect(calm.rollup.rating).toBe('Green');
    expect(calm.rollup.explanation).toMatch(/^Green: threshold rule .* over 11 actions \(1 Red, 10 Green\)$/);
    const [critical] = rollUpPlan([makeTheme()], [makeWorkstream()], [{ ...red, critical: true }, ...many], map);
    expect(critical.rollup.rating).toBe('Red');
    expect(critical.workstreams[0].rollup.rating).toBe('Red');
  });
});
