import { applyOverride, createOverride, describeOverride, overrideApplies, type RatingOverride } from '../../../src/domain';
import { pmo } from '../fixtures';

const at = new Date('2026-02-03T10:00:00Z');

describe('manual overrides', () => {
  it('builds an override with a trimmed reason', () => {
    expect(createOverride({ rating: 'Amber', reason: '  Cabinet date moved by the by-election  ', by: pmo, at })).toEqual({
      ok: true,
      value: { rating: 'Amber', reason: 'Cabinet date moved by the by-election', by: pmo, at }
    });
  });

  it.each([
    ['Complete', 'Work is finished and signed off', pmo, /Red, Amber or Green only; Complete follows/],
    ['Closed', 'Merged into the customer journey work', pmo, /Closed follows/],
    ['Green', 'fine', pmo, /at least 10 characters/],
    ['Green', '          ', pmo, /at least 10 characters/],
    ['Red', 'Supplier has gone into administration', { displayName: '  ' }, /who made it/]
  ] as const)('refuses %s with reason %p', (rating, reason, by, message) => {
    const result = createOverride({ rating, reason, by, at });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  const override: RatingOverride = { rating: 'Amber', reason: 'Decision moved to March Cabinet', by: pmo, at };

  it.each([
    ['Green', override, 'Amber', true],
    ['Red', override, 'Amber', true],
    ['Complete', override, 'Complete', false],
    ['NotStarted', override, 'NotStarted', false],
    ['Green', undefined, 'Green', false]
  ] as const)('calculated %s with %p shows %s', (calculated, o, shown, applies) => {
    expect(applyOverride(calculated, o)).toBe(shown);
    expect(overrideApplies(calculated, o)).toBe(applies);
  });

  it('describes who set what, when and why', () => {
    expect(describeOverride(override)).toBe('Set to Amber by Programme Office on 3 Feb 2026: Decision moved to March Cabinet');
  });
});
