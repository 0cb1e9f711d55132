import { emptyBusinessCase, financeTotals, formatPounds, type FinanceTable } from '../../../src/domain';

const table = (): FinanceTable => {
  const f = emptyBusinessCase().finance;
  return {
    capital: { ...f.capital, '2025/26': 100000, '2026/27': 50000 },
    revenue: { ...f.revenue, '2026/27': 0.1, '2027/28': 0.2 },
    benefits: { ...f.benefits, '2027/28': 80000, '2029/30+': 120000.5 }
  };
};

describe('the financial overview totals', () => {
  it('totals each row over every year and each year across investment', () => {
    const t = financeTotals(table());
    expect(t.byLine).toEqual({ capital: 150000, revenue: 0.3, benefits: 200000.5 });
    expect(t.investmentByYear).toEqual({ '2025/26': 100000, '2026/27': 50000.1, '2027/28': 0.2, '2028/29': 0, '2029/30+': 0 });
    expect(t.investment).toBe(150000.3);
    expect(t.benefits).toBe(200000.5);
    expect(t.net).toBe(50000.2);
  });

  it('adds pence exactly (0.1 + 0.2 is 0.30)', () => {
    expect(financeTotals(table()).byLine.revenue).toBe(0.3);
  });

  it('formats pounds the British way', () => {
    expect(formatPounds(1250000)).toBe('£1,250,000');
    expect(formatPounds(12.5)).toBe('£12.50');
    expect(formatPounds(-300)).toBe('−£300');
  });
});
