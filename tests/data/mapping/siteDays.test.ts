import { LONDON_DAYS, siteDays, siteDaysOf, timeZoneOfSite } from '../../../src/data/mapping/siteDays';

describe('SiteDays', () => {
  it.each([
    ['2026-01-15', '2026-01-15T00:00:00Z'],
    ['2026-06-30', '2026-06-29T23:00:00Z'],
    ['2026-03-29', '2026-03-29T00:00:00Z'],
    ['2026-03-30', '2026-03-29T23:00:00Z'],
    ['2026-10-25', '2026-10-24T23:00:00Z'],
    ['2026-10-26', '2026-10-26T00:00:00Z']
  ])('on a London site writes %s as %s and reads it back', (day, instant) => {
    expect(LONDON_DAYS.write(day)).toBe(instant);
    expect(LONDON_DAYS.instant(day)).toBe(instant);
    expect(LONDON_DAYS.read(instant)).toBe(day);
  });

  it('reads values written as midnight UTC by older code as the same day', () => {
    expect(LONDON_DAYS.read('2026-06-30T00:00:00Z')).toBe('2026-06-30');
  });

  it('keeps a New York site on its own midnight', () => {
    const ny = siteDays('America/New_York');
    expect(ny.write('2026-06-30')).toBe('2026-06-30T04:00:00Z');
    expect(ny.read('2026-06-30T04:00:00Z')).toBe('2026-06-30');
    expect(ny.write('2026-01-15')).toBe('2026-01-15T05:00:00Z');
  });

  it('rejects what is not a day', () => {
    expect(LONDON_DAYS.read('2026-02-30T00:00:00Z')).toBeUndefined();
    expect(LONDON_DAYS.read('')).toBeUndefined();
    expect(LONDON_DAYS.read(42)).toBeUndefined();
    expect(LONDON_DAYS.write(undefined)).toBeNull();
  });

  it('maps SharePoint time zone ids to IANA names, falling back to the standard offset', () => {
    expect(timeZoneOfSite({ Id: 2 })).toBe('Europe/London');
    expect(timeZoneOfSite({ Id: 10 })).toBe('America/New_York');
    expect(timeZoneOfSite({ Id: 3 })).toBe('Europe/Paris');
    expect(timeZoneOfSite({ Id: 93 })).toBe('UTC');
    expect(timeZoneOfSite({ Id: 999, Information: { Bias: -330, StandardBias: 0, DaylightBias: -60 } })).toBe('+05:30');
    expect(timeZoneOfSite(undefined)).toBe('Europe/London');
    expect(siteDaysOf({ Id: 999, Information: { Bias: -330, StandardBias: 0 } }).write('2026-06-30')).toBe('2026-06-29T18:30:00Z');
  });
});
