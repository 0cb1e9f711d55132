import {
  addDaysIso,
  assertIsoDate,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  endOfMonthIso,
  formatUkDate,
  formatUkDateLong,
  isIsoDate,
  isoFromParts,
  isRealDay,
  laterOf
} from '../../../src/domain';

describe('isIsoDate', () => {
  it.each([
    ['2026-03-31', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['26-03-31', false],
    ['2026-3-31', false],
    ['2026-03-31T00:00:00Z', false],
    [20260331, false],
    [undefined, false]
  ])('%p is %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('assertIsoDate', () => {
  it('accepts a real day', () => {
    expect(() => assertIsoDate('2026-01-01')).not.toThrow();
  });
  it('names the field when it rejects', () => {
    expect(() => assertIsoDate('2026-02-30', 'due date')).toThrow(/due date must be a real day/);
    expect(() => assertIsoDate(5)).toThrow(/date must be/);
  });
});

describe('isRealDay and daysInMonth', () => {
  it.each([
    [2026, 2, 28, true],
    [2024, 2, 29, true],
    [2100, 2, 29, false],
    [2026, 1, 0, false],
    [0, 1, 1, false],
    [10000, 1, 1, false],
    [2026, 1.5, 1, false]
  ])('%p-%p-%p real: %p', (y, m, d, expected) => {
    expect(isRealDay(y, m, d)).toBe(expected);
  });
  it('knows month lengths', () => {
    expect([daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([28, 29, 30, 31]);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-03-28', 2, '2026-03-30'], // across the clocks going forward
    ['2026-10-24', 2, '2026-10-26'], // across the clocks going back
    ['2026-01-01', -1, '2025-12-31']
  ])('%s + %p days = %s', (from, days, expected) => {
    expect(addDaysIso(from, days)).toBe(expected);
  });
  it('counts whole days either way', () => {
    expect(daysBetween('2026-03-31', '2026-04-12')).toBe(12);
    expect(daysBetween('2026-04-12', '2026-03-31')).toBe(-12);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });
  it('builds and compares days', () => {
    expect(isoFromParts(2026, 3, 1)).toBe('2026-03-01');
    expect(endOfMonthIso(2026, 2)).toBe('2026-02-28');
    expect(compareIsoDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareIsoDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareIsoDates('2026-01-01', '2026-01-01')).toBe(0);
  });
  it('picks the later day, ignoring missing ones', () => {
    expect(laterOf(undefined, '2026-01-01')).toBe('2026-01-01');
    expect(laterOf('2026-01-01', undefined)).toBe('2026-01-01');
    expect(laterOf('2026-01-01', '2026-02-01')).toBe('2026-02-01');
    expect(laterOf('2026-03-01', '2026-02-01')).toBe('2026-03-01');
  });
});

describe('UK formatting', () => {
  it.each([
    ['2026-11-22', '22 Nov 2026'],
    ['2026-03-01', '1 Mar 2026'],
    ['not a date', 'not a date']
  ])('formatUkDate(%s) = %s', (input, expected) => {
    expect(formatUkDate(input)).toBe(expected);
  });
  it('writes dates in full for letters and screen readers', () => {
    expect(formatUkDateLong('2026-11-22')).toBe('Sunday 22 November 2026');
    expect(formatUkDateLong('2026-02-30')).toBe('2026-02-30');
  });
});
