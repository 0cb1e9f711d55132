import { londonDate, londonDateTime } from '../../../src/domain';

describe('londonDate', () => {
  it.each([
    ['2026-03-31T23:30:00Z', '2026-04-01'], // 00:30 BST: already April in London
    ['2026-03-31T22:59:00Z', '2026-03-31'],
    ['2026-01-15T23:59:00Z', '2026-01-15'], // GMT: London equals UTC
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the morning the clocks go forward
    ['2026-10-24T23:30:00Z', '2026-10-25'] // BST still in force late on 24 October
  ])('%s falls on %s in London', (instant, day) => {
    expect(londonDate(new Date(instant))).toBe(day);
  });
  it('gives the London wall-clock time', () => {
    expect(londonDateTime(new Date('2026-07-01T08:05:00Z'))).toBe('2026-07-01 09:05');
  });
});
