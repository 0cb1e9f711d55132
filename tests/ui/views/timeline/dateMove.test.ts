import { dateMove, spanInWords } from '../../../../src/ui/views/timeline/dateMove';

describe('dateMove', () => {
  it('says a later due date in months once it is a month or more, with the days', () => {
    expect(dateMove('2026-06-30', '2026-09-30')).toEqual({ days: 92, words: 'Due date moved 3 months (92 days) later' });
    expect(dateMove('2026-01-31', '2026-03-03')).toEqual({ days: 31, words: 'Due date moved 1 month (31 days) later' });
  });

  it('says a short move in days, and an earlier date as brought forward', () => {
    expect(dateMove('2026-11-10', '2026-11-22')?.words).toBe('Due date moved 12 days later');
    expect(dateMove('2026-11-10', '2026-11-11')?.words).toBe('Due date moved 1 day later');
    expect(dateMove('2026-11-10', '2026-11-05')).toEqual({ days: -5, words: 'Due date brought 5 days earlier' });
  });

  it('says when the date is unmoved, and nothing without both dates', () => {
    expect(dateMove('2026-11-10', '2026-11-10')).toEqual({ days: 0, words: 'On its baseline date' });
    expect(dateMove(undefined, '2026-11-10')).toBeUndefined();
    expect(dateMove('2026-11-10', undefined)).toBeUndefined();
    expect(dateMove('not a date', '2026-11-10')).toBeUndefined();
  });

  it('counts a year as twelve months', () => {
    expect(spanInWords(365)).toBe('12 months (365 days)');
    expect(spanInWords(27)).toBe('27 days');
    expect(spanInWords(28)).toBe('1 month (28 days)');
  });
});
