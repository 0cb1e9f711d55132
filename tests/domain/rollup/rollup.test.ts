import fc from 'fast-check';
import {
  describeRollupMethod,
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
const share: RollupMethod = { kind: 'share', redShare: 0.25, amberShare: 0.2 };

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
    expect(rollUp(children).rating).toBe(expected);
  });

  it('names the method and shows the counts', () => {
    expect(rollUp(['Green', 'Red', 'Amber', 'Green', 'Complete']).explanation).toBe('Red: worst of 5 actions (1 Red, 1 Amber, 2 Green, 1 Complete)');
    expect(rollUp(['Green']).explanation).toBe('Green: worst of 1 action (1 Green)');
    expect(rollUp([], WORST_OF, 'workstreams').explanation).toBe('Not started: worst of no workstreams');
  });

  it('is never better than its worst child', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { minLength: 1, maxLength: 40 }), (children) => {
        const rolled = rollUp(children).rating;
        for (const child of children) expect(RATING_SEVERITY[rolled]).toBeGreaterThanOrEqual(RATING_SEVERITY[child]);
        expect(children).toContain(rolled);
      })
    );
  });

  it('counts add up to the number of children', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 40 }), (children) => {
        const result = rollUp(children, share);
        expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(children.length);
        expect(result.total).toBe(children.length);
      })
    );
  });
});

describe('rollUp: share', () => {
  it.each([
    [['Red', 'Green', 'Green', 'Green'], 'Red'],
    [['Red', 'Green', 'Green', 'Green', 'Green'], 'Amber'],
    [['Amber', 'Green', 'Green', 'Green', 'Green'], 'Amber'],
    [['Amber', 'Green', 'Green', 'Green', 'Green', 'Green'], 'Green'],
    [['Amber', 'Complete', 'Complete', 'Complete', 'Complete', 'Complete'], 'Amber'],
    [['Complete', 'Closed'], 'Complete'],
    [['NotStarted', 'Amber', 'NotStarted', 'NotStarted', 'NotStarted', 'NotStarted', 'NotStarted'], 'NotStarted'],
    [[], 'NotStarted']
  ] as const)('%p rolls up to %s', (children, expected) => {
    const result = rollUp(children, { kind: 'share', redShare: 0.25, amberShare: 0.2 });
    expect(result.rating).toBe(expected);
  });

  it('counts only live work in the shares', () => {
    expect(rollUp(['Amber', 'Complete', 'Closed'], { kind: 'share', redShare: 2, amberShare: 1 }).rating).toBe('Amber');
  });

  it('explains itself', () => {
    expect(describeRollupMethod(share)).toBe('Red when 25% are Red, Amber when 20% are Amber or Red, otherwise worst of the rest');
    expect(rollUp(['Amber', 'Green', 'Green', 'Green', 'Green', 'Green'], share).explanation).toBe(
      'Green: Red when 25% are Red, Amber when 20% are Amber or Red, otherwise worst of the rest 6 actions (1 Amber, 5 Green)'
    );
  });

  it('with no Red or Amber child gives the same rating as worst of', () => {
    const calm = fc.constantFrom<ProgressRating>('Green', 'OnHold', 'NotStarted', 'Complete', 'Closed');
    fc.assert(fc.property(fc.array(calm, { maxLength: 20 }), (children) => expect(rollUp(children, share).rating).toBe(rollUp(children).rating)));
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

  it('rolls sub-actions into main actions, main actions into workstreams, workstreams into themes', () => {
    const [oc, co] = rollUpPlan(themes, workstreams, actions, ratings);
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
    expect(oc.rollup.explanation).toBe('Amber: worst of 2 workstreams (1 Amber, 1 Not started)');
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
        const [oc] = rollUpPlan([makeTheme()], workstreams.slice(0, 1), actions.filter((a) => a.themeCode === 'OC'), map);
        for (const action of actions.filter((a) => a.themeCode === 'OC')) {
          expect(RATING_SEVERITY[oc.rollup.rating]).toBeGreaterThanOrEqual(RATING_SEVERITY[map.get(action.id) as ProgressRating]);
        }
      })
    );
  });
});
