import fc from 'fast-check';
import {
  detectNewSlippage,
  detectSlippage,
  isSlippage,
  isWorsening,
  PROGRESS_RATINGS,
  RATING_SEVERITY,
  slippageKey,
  type ProgressRating,
  type SlippageInput
} from '../../../src/domain';

const today = '2026-04-12';
const base: SlippageInput = {
  actionId: '42',
  actionCode: 'OC.A2.1',
  actionTitle: 'Workforce Strategy approved',
  themeCode: 'OC',
  fromRating: 'Green',
  toRating: 'Amber',
  dueDate: '2026-03-31',
  baselineDueDate: '2026-03-31',
  daysOverdue: 12,
  reason: 'Due 31 Mar 2026, 12 days overdue'
};

describe('isSlippage', () => {
  it.each([
    ['Green', 'Amber', 0, true],
    ['Green', 'Red', 0, true],
    ['Amber', 'Red', 0, true],
    ['NotStarted', 'Amber', 0, true],
    ['OnHold', 'Red', 0, true],
    ['Complete', 'Amber', 0, true],
    ['Red', 'Amber', 10, false],
    ['Amber', 'Green', 0, false],
    ['Amber', 'Amber', 10, false],
    ['Red', 'Red', 40, false],
    ['Green', 'Complete', 0, false],
    ['Green', 'OnHold', 0, false],
    [undefined, 'Amber', 1, true],
    [undefined, 'Red', 40, true],
    [undefined, 'Amber', 0, false],
    [undefined, 'Green', 5, false]
  ] as const)('%p to %p with %p days overdue: %p', (from, to, overdue, expected) => {
    expect(isSlippage(from, to, overdue)).toBe(expected);
  });

  const ratingArb = fc.constantFrom<ProgressRating>(...PROGRESS_RATINGS);
  it('never fires on an improvement or no change', () => {
    fc.assert(
      fc.property(ratingArb, ratingArb, fc.nat(400), (from, to, overdue) => {
        if (!isWorsening(from, to)) expect(isSlippage(from, to, overdue)).toBe(false);
      })
    );
  });

  it('fires only into Amber or Red', () => {
    fc.assert(
      fc.property(fc.option(ratingArb, { nil: undefined }), ratingArb, fc.nat(400), (from, to, overdue) => {
        if (isSlippage(from, to, overdue)) {
          expect(['Amber', 'Red']).toContain(to);
          if (from !== undefined) expect(RATING_SEVERITY[to]).toBeGreaterThan(RATING_SEVERITY[from]);
        }
      })
    );
  });
});

describe('slippage events', () => {
  it('builds an event with a stable key and a headline', () => {
    expect(detectSlippage(base, today)).toEqual({
      key: '42:Green->Amber:2026-03-31',
      actionId: '42',
      actionCode: 'OC.A2.1',
      actionTitle: 'Workforce Strategy approved',
      themeCode: 'OC',
      fromRating: 'Green',
      toRating: 'Amber',
      dueDate: '2026-03-31',
      baselineDueDate: '2026-03-31',
      daysOverdue: 12,
      reason: 'Due 31 Mar 2026, 12 days overdue',
      headline: 'OC.A2.1 Workforce Strategy approved slipped from Green to Amber',
      detectedOn: today
    });
  });

  it('describes a first rating of an overdue action', () => {
    const event = detectSlippage({ ...base, fromRating: undefined, toRating: 'Red', daysOverdue: 40 }, today);
    expect(event?.key).toBe('42:none->Red:2026-03-31');
    expect(event?.headline).toBe('OC.A2.1 Workforce Strategy approved is Red, due 31 Mar 2026');
    expect(event).not.toHaveProperty('fromRating');
  });

  it('copes with no due date', () => {
    const input: SlippageInput = { ...base, dueDate: undefined, baselineDueDate: undefined, fromRating: undefined, daysOverdue: 1 };
    const event = detectSlippage(input, today);
    expect(event?.key).toBe('42:none->Amber:no-date');
    expect(event?.headline).toBe('OC.A2.1 Workforce Strategy approved is Amber');
    expect(event).not.toHaveProperty('dueDate');
  });

  it('returns nothing on improvement', () => {
    expect(detectSlippage({ ...base, fromRating: 'Red', toRating: 'Amber' }, today)).toBeUndefined();
  });

  it('keys depend only on the transition and the due date, not on the day detected', () => {
    expect(detectSlippage(base, '2026-04-13')?.key).toBe(detectSlippage(base, today)?.key);
    expect(slippageKey('42', 'Green', 'Amber', '2026-06-30')).not.toBe(slippageKey('42', 'Green', 'Amber', '2026-03-31'));
  });

  it('never alerts the same slip twice, but alerts a slip against a new reprofiled date', () => {
    const first = detectNewSlippage([base, base], new Set(), today);
    expect(first).toHaveLength(1);
    const again = detectNewSlippage([base], new Set(first.map((e) => e.key)), '2026-04-20');
    expect(again).toEqual([]);
    const reprofiled = detectNewSlippage([{ ...base, dueDate: '2026-06-30' }], new Set(first.map((e) => e.key)), '2026-07-05');
    expect(reprofiled.map((e) => e.key)).toEqual(['42:Green->Amber:2026-06-30']);
    expect(detectNewSlippage([{ ...base, toRating: 'Green' }], new Set(), today)).toEqual([]);
  });
});
