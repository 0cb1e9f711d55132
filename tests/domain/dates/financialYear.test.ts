import { financialQuarterOf, financialQuarterRange, financialYearEnd, financialYearLabel, financialYearStart, financialYearStartYear } from '../../../src/domain';

describe('financial years', () => {
  it.each([
    ['2026-04-01', 2026],
    ['2026-03-31', 2025],
    ['2027-01-15', 2026]
  ])('%s is in the year starting %p', (day, year) => {
    expect(financialYearStartYear(day)).toBe(year);
  });
  it('labels and bounds the year', () => {
    expect(financialYearLabel(2026)).toBe('2026/27');
    expect(financialYearLabel(2099)).toBe('2099/00');
    expect(financialYearStart(2026)).toBe('2026-04-01');
    expect(financialYearEnd(2026)).toBe('2027-03-31');
  });
  it.each([
    [1, '2026-04-01', '2026-06-30'],
    [2, '2026-07-01', '2026-09-30'],
    [3, '2026-10-01', '2026-12-31'],
    [4, '2027-01-01', '2027-03-31']
  ] as const)('Q%p of 2026/27 runs %s to %s', (q, start, end) => {
    expect(financialQuarterRange(2026, q)).toEqual({ start, end });
  });
  it.each([
    ['2026-04-01', 1],
    ['2026-06-30', 1],
    ['2026-07-01', 2],
    ['2026-12-31', 3],
    ['2027-01-01', 4],
    ['2027-03-31', 4]
  ])('%s is in quarter %p', (day, q) => {
    expect(financialQuarterOf(day)).toBe(q);
  });
});
