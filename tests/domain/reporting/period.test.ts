import { isInPeriod, nextPeriod, parsePeriodId, periodContaining, periodWithin, previousPeriod, type PeriodKind } from '../../../src/domain';

describe('reporting periods', () => {
  it.each([
    ['month', '2026-03-15', '2026-03', '2026-03-01', '2026-03-31', 'March 2026'],
    ['quarter', '2026-03-15', '2025/26-Q4', '2026-01-01', '2026-03-31', 'Q4 2025/26'],
    ['quarter', '2026-04-01', '2026/27-Q1', '2026-04-01', '2026-06-30', 'Q1 2026/27'],
    ['halfYear', '2026-09-30', '2026/27-H1', '2026-04-01', '2026-09-30', 'H1 2026/27'],
    ['halfYear', '2027-02-01', '2026/27-H2', '2026-10-01', '2027-03-31', 'H2 2026/27']
  ] as const)('the %s containing %s is %s', (kind, day, id, start, end, label) => {
    const period = periodContaining(kind, day);
    expect(period).toEqual({ id, kind, start, end, label });
    expect(parsePeriodId(id)).toEqual({ ok: true, value: period });
  });

  it.each(['2026-13', '2026/28-Q1', '2026/27-Q5', 'March', '2026/27-H3'])('rejects the id %p', (id) => {
    const parsed = parsePeriodId(id);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/Expected a month \(2026-03\), a quarter \(2025\/26-Q4\) or a half-year/);
  });

  it.each([
    ['month', '2026-01-10', '2025-12', '2026-02'],
    ['quarter', '2026-04-10', '2025/26-Q4', '2026/27-Q2'],
    ['halfYear', '2026-04-10', '2025/26-H2', '2026/27-H2']
  ] as const)('the %s around %s runs %s before and %s after', (kind: PeriodKind, day, before, after) => {
    const period = periodContaining(kind, day);
    expect(previousPeriod(period).id).toBe(before);
    expect(nextPeriod(period).id).toBe(after);
  });

  it('knows what falls within a period', () => {
    const q4 = periodContaining('quarter', '2026-02-01');
    expect(isInPeriod(q4, '2026-01-01')).toBe(true);
    expect(isInPeriod(q4, '2026-04-01')).toBe(false);
    expect(periodWithin(periodContaining('month', '2026-03-01'), q4)).toBe(true);
    expect(periodWithin(periodContaining('month', '2026-04-01'), q4)).toBe(false);
  });
});
