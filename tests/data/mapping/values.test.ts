import {
  compact, readBoolean, readChoice, readDay, readInstant, readLines, readLookupId, readNumber, readRefs, readText, writeDay, writeInstant, writeLines, writeRefs, writeText
} from '../../../src/data/mapping';

describe('column value readers', () => {
  it('reads text, treating empty and non-strings as absent', () => {
    expect(readText('Plan')).toBe('Plan');
    expect(readText('')).toBeUndefined();
    expect(readText(null)).toBeUndefined();
    expect(readText(3)).toBeUndefined();
  });

  it('reads numbers from JSON numbers and numeric strings only', () => {
    expect(readNumber(11.0)).toBe(11);
    expect(readNumber('42')).toBe(42);
    expect(readNumber(' ')).toBeUndefined();
    expect(readNumber('ten')).toBeUndefined();
    expect(readNumber(Number.NaN)).toBeUndefined();
    expect(readNumber(null)).toBeUndefined();
  });

  it('reads booleans strictly', () => {
    expect(readBoolean(true)).toBe(true);
    expect(readBoolean(false)).toBe(false);
    expect(readBoolean('true')).toBeUndefined();
  });

  it('reads the day of a date-only instant and rejects impossible days', () => {
    expect(readDay('2026-03-31T00:00:00Z')).toBe('2026-03-31');
    expect(readDay('2026-02-30T00:00:00Z')).toBeUndefined();
    expect(readDay('2026-03')).toBeUndefined();
    expect(readDay(20260331)).toBeUndefined();
  });

  it('reads instants', () => {
    expect(readInstant('2026-05-01T10:00:00Z')?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(readInstant('yesterday')).toBeUndefined();
    expect(readInstant('')).toBeUndefined();
    expect(readInstant(null)).toBeUndefined();
  });

  it('reads lookup ids as string ids, ignoring 0 and null', () => {
    expect(readLookupId(12)).toBe('12');
    expect(readLookupId(0)).toBeUndefined();
    expect(readLookupId(null)).toBeUndefined();
  });

  it('reads only the allowed choices', () => {
    expect(readChoice('Green', ['Red', 'Green'])).toBe('Green');
    expect(readChoice('Blue', ['Red', 'Green'])).toBeUndefined();
  });

  it('reads refs and lines leniently', () => {
    expect(readRefs('12, 15;7 x 9')).toEqual(['12', '15', '7', '9']);
    expect(readRefs(null)).toEqual([]);
    expect(readLines('One\r\n\n  Two  \n')).toEqual(['One', 'Two']);
    expect(readLines(5)).toEqual([]);
  });
});

describe('column value writers', () => {
  it('writes days as midnight in the site zone (London when none is given) and clears absent values', () => {
    expect(writeDay('2026-03-31')).toBe('2026-03-30T23:00:00Z');
    expect(writeDay('2026-01-15')).toBe('2026-01-15T00:00:00Z');
    expect(writeDay(undefined)).toBeNull();
    expect(writeInstant(new Date('2026-05-01T10:00:00Z'))).toBe('2026-05-01T10:00:00.000Z');
    expect(writeInstant(undefined)).toBeNull();
    expect(writeText('')).toBeNull();
    expect(writeText('x')).toBe('x');
  });

  it('writes refs and lines so they read back the same', () => {
    expect(readRefs(writeRefs(['3', '4']))).toEqual(['3', '4']);
    expect(writeRefs([])).toBeNull();
    expect(writeLines(['A\nB', 'C'])).toBe('A B\nC');
    expect(readLines(writeLines(['A', 'B']))).toEqual(['A', 'B']);
    expect(writeLines([])).toBeNull();
    expect(writeLines(undefined)).toBeNull();
  });

  it('drops undefined keys', () => {
    expect(compact({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
  });
});
