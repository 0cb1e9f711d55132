import fc from 'fast-check';
import {
  compareBySeverity,
  countRatings,
  describeCounts,
  isExceptionRating,
  isProgressRating,
  isRagRating,
  isWorsening,
  PROGRESS_RATINGS,
  RATING_COLOUR_NAMES,
  RATING_SEVERITY,
  ratingLabel,
  worseOf,
  type ProgressRating
} from '../../../src/domain';

describe('ratings', () => {
  it('lists every rating worst first with distinct severities', () => {
    const severities = PROGRESS_RATINGS.map((r) => RATING_SEVERITY[r]);
    expect([...severities].sort((a, b) => b - a)).toEqual(severities);
    expect(new Set(severities).size).toBe(PROGRESS_RATINGS.length);
  });

  it.each([
    ['Red', 'Red', 'Red'],
    ['NotStarted', 'Not started', 'White'],
    ['OnHold', 'On hold', 'Grey'],
    ['Complete', 'Complete', 'Blue'],
    ['Closed', 'Closed', 'Black']
  ] as const)('%s reads "%s" and shows %s', (rating, label, colour) => {
    expect(ratingLabel(rating)).toBe(label);
    expect(RATING_COLOUR_NAMES[rating]).toBe(colour);
  });

  it.each([
    ['Amber', true],
    ['Closed', true],
    ['Blue', false],
    ['toString', false],
    [3, false]
  ])('isProgressRating(%p) is %p', (value, expected) => {
    expect(isProgressRating(value)).toBe(expected);
  });

  it.each([
    ['Red', true, true],
    ['Amber', true, true],
    ['Green', true, false],
    ['Complete', false, false],
    ['NotStarted', false, false]
  ] as const)('%s: RAG %p, exception %p', (rating, rag, exception) => {
    expect(isRagRating(rating)).toBe(rag);
    expect(isExceptionRating(rating)).toBe(exception);
  });

  it.each([
    ['Green', 'Amber', true],
    ['Amber', 'Red', true],
    ['NotStarted', 'Green', true],
    ['Red', 'Amber', false],
    ['Amber', 'Amber', false],
    ['Green', 'Complete', false]
  ] as const)('%s to %s worsens: %p', (from, to, expected) => {
    expect(isWorsening(from, to)).toBe(expected);
  });

  const ratingArb = fc.constantFrom<ProgressRating>(...PROGRESS_RATINGS);
  it('worseOf is commutative and picks the more severe', () => {
    fc.assert(
      fc.property(ratingArb, ratingArb, (a, b) => {
        expect(worseOf(a, b)).toBe(worseOf(b, a));
        expect(RATING_SEVERITY[worseOf(a, b)]).toBe(Math.max(RATING_SEVERITY[a], RATING_SEVERITY[b]));
        expect(Math.sign(compareBySeverity(a, b))).toBe(Math.sign(RATING_SEVERITY[b] - RATING_SEVERITY[a]));
      })
    );
  });

  it('counts and describes ratings worst first, leaving out zeros', () => {
    const counts = countRatings(['Green', 'Red', 'Green', 'Complete', 'Amber', 'NotStarted']);
    expect(counts).toEqual({ Red: 1, Amber: 1, Green: 2, OnHold: 0, NotStarted: 1, Complete: 1, Closed: 0 });
    expect(describeCounts(counts)).toBe('1 Red, 1 Amber, 2 Green, 1 Not started, 1 Complete');
    expect(describeCounts(countRatings([]))).toBe('no actions');
  });
});
