import { dateFromIso, formatPickerDate, isoFromDate, parseUkDate } from '../../../src/ui/components/ukDates';

const iso = (text: string): string | undefined => {
  const date = parseUkDate(text);
  return date ? isoFromDate(date) : undefined;
};

describe('British dates for the date picker', () => {
  it('shows a day as "31 Jan 2027"', () => {
    expect(formatPickerDate(dateFromIso('2027-01-31'))).toBe('31 Jan 2027');
    expect(formatPickerDate(undefined)).toBe('');
  });

  it('reads day before month, in figures or words', () => {
    expect(iso('31/01/2027')).toBe('2027-01-31');
    expect(iso('1/2/2027')).toBe('2027-02-01');
    expect(iso('31.01.2027')).toBe('2027-01-31');
    expect(iso('31 Jan 2027')).toBe('2027-01-31');
    expect(iso(' 31 january 2027 ')).toBe('2027-01-31');
    expect(iso('1st Sept 2027')).toBe('2027-09-01');
    expect(iso('2027-01-31')).toBe('2027-01-31');
  });

  it('refuses text that is not a real day', () => {
    expect(parseUkDate('31/02/2027')).toBeNull();
    expect(parseUkDate('13/13/2027')).toBeNull();
    expect(parseUkDate('31 Ja 2027')).toBeNull();
    expect(parseUkDate('next Tuesday')).toBeNull();
    expect(parseUkDate('')).toBeNull();
  });

  it('round-trips a day through the picker’s local-midnight Date', () => {
    expect(isoFromDate(dateFromIso('2027-03-28'))).toBe('2027-03-28');
  });
});
