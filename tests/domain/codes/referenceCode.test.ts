import fc from 'fast-check';
import {
  childCode,
  childIndex,
  compareReferenceCodes,
  defaultChildStyle,
  findDuplicateCodes,
  indexOfLetter,
  isValidReferenceCode,
  letterFor,
  nextFreeCode,
  normaliseReferenceCode,
  parseReferenceCode,
  sortByCode
} from '../../../src/domain';

describe('parseReferenceCode', () => {
  it.each([
    ['OC.A2.1', 'OC.A2.1', ['OC', 'A2', '1'], undefined, 'OC.A2'],
    ['OC.A2', 'OC.A2', ['OC', 'A2'], undefined, 'OC.A'],
    ['OC.A', 'OC.A', ['OC', 'A'], undefined, 'OC'],
    ['OC', 'OC', ['OC'], undefined, undefined],
    ['SD.F1.0', 'SD.F1.0', ['SD', 'F1', '0'], undefined, 'SD.F1'],
    [' oc.a2.10 ', 'OC.A2.10', ['OC', 'A2', '10'], undefined, 'OC.A2'],
    ['5', '5', ['5'], undefined, undefined],
    ['5.3', '5.3', ['5', '3'], undefined, '5'],
    ['5.3(b)', '5.3(b)', ['5', '3'], 'b', '5.3'],
    ['5.3 (B)', '5.3(b)', ['5', '3'], 'b', '5.3'],
    ['A1', 'A1', ['A1'], undefined, undefined],
    ['LEAD.2.1', 'LEAD.2.1', ['LEAD', '2', '1'], undefined, 'LEAD.2']
  ])('%p', (raw, code, segments, subLetter, parentCode) => {
    expect(parseReferenceCode(raw)).toEqual({ ok: true, value: { code, segments, subLetter, parentCode } });
  });

  it.each([
    ['', /reference code is required/],
    ['OC..A2', /empty part/],
    ['OC.A-2', /the part "A-2" is not letters/],
    ['5.3(1)', /the part "3\(1\)"/],
    ['2A', /the part "2A"/]
  ])('rejects %p', (raw, message) => {
    const parsed = parseReferenceCode(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('answers validity directly', () => {
    expect(isValidReferenceCode('CO.B3.1')).toBe(true);
    expect(isValidReferenceCode('CO/B3')).toBe(false);
  });
});

describe('normaliseReferenceCode', () => {
  it.each([
    ['oc.a2.1', 'OC.A2.1'],
    ['5.3 (B)', '5.3(b)'],
    ['  9. 10 ', '9.10']
  ])('%p becomes %p', (raw, expected) => {
    expect(normaliseReferenceCode(raw)).toBe(expected);
  });
});

describe('compareReferenceCodes: natural order', () => {
  it.each([
    ['OC.A2.9', 'OC.A2.10'],
    ['5.3(a)', '5.3(b)'],
    ['9.9', '9.10'],
    ['5.3', '5.3(a)'],
    ['5.3(i)', '5.4'],
    ['OC.A2', 'OC.A2.1'],
    ['OC.A9', 'OC.A10'],
    ['CO.B3.1', 'OC.A2.1'],
    ['1', '10'],
    ['5.03', '5.3'], // same number, ordered by raw text so the order stays total
    ['5.3', '5.3a'],
    ['5.3', 'a']
  ])('%s comes before %s', (a, b) => {
    expect(compareReferenceCodes(a, b)).toBeLessThan(0);
    expect(compareReferenceCodes(b, a)).toBeGreaterThan(0);
  });

  it('treats equal codes as equal', () => {
    expect(compareReferenceCodes('OC.A2.1', 'OC.A2.1')).toBe(0);
  });

  it('sorts a Bedford-style list', () => {
    const codes = ['9.10', '5.3(b)', '9.9', '5.3', '5.10', '5.3(a)', '5.4', '1.1'];
    expect(sortByCode(codes.map((code) => ({ code }))).map((c) => c.code)).toEqual(['1.1', '5.3', '5.3(a)', '5.3(b)', '5.4', '5.10', '9.9', '9.10']);
  });

  const codeArb = fc.oneof(
    fc.string(),
    fc
      .tuple(fc.constantFrom('OC', 'CO', 'SD', 'DM', 'PC', 'PR'), fc.constantFrom('A', 'B', 'C'), fc.nat(20), fc.option(fc.nat(20)))
      .map(([t, w, a, s]) => (s === null ? `${t}.${w}${a}` : `${t}.${w}${a}.${s}`)),
    fc.tuple(fc.nat(12), fc.nat(12), fc.option(fc.constantFrom('a', 'b', 'c', 'i'))).map(([p, a, l]) => (l === null ? `${p}.${a}` : `${p}.${a}(${l})`))
  );

  it('is a total order: antisymmetric, transitive and consistent with equality', () => {
    fc.assert(
      fc.property(codeArb, codeArb, codeArb, (a, b, c) => {
        expect(Math.sign(compareReferenceCodes(a, b)) + Math.sign(compareReferenceCodes(b, a))).toBe(0);
        expect(compareReferenceCodes(a, b) === 0).toBe(a === b);
        if (compareReferenceCodes(a, b) <= 0 && compareReferenceCodes(b, c) <= 0) {
          expect(compareReferenceCodes(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('sorting is independent of the input order', () => {
    fc.assert(
      fc.property(fc.array(codeArb, { maxLength: 30 }), (codes) => {
        const sorted = [...codes].sort(compareReferenceCodes);
        const reversed = [...codes].reverse().sort(compareReferenceCodes);
        expect(reversed).toEqual(sorted);
      })
    );
  });

  it('orders numbered actions by their numbers', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (x, y) => {
        expect(Math.sign(compareReferenceCodes(`9.${x}`, `9.${y}`))).toBe(Math.sign(x - y));
      })
    );
  });
});

describe('child codes and the next free code', () => {
  it.each([
    ['OC', 'dotLetter', 2, 'OC.B'],
    ['OC.A', 'appendNumber', 3, 'OC.A3'],
    ['OC.A2', 'dotNumber', 1, 'OC.A2.1'],
    ['5.3', 'bracketLetter', 9, '5.3(i)'],
    ['5.3', 'bracketLetter', 27, '5.3(aa)']
  ] as const)('child %p of %s in %s style is %s', (parent, style, index, expected) => {
    expect(childCode(parent, style, index)).toBe(expected);
    expect(childIndex(parent, style, expected)).toBe(index);
  });

  it.each([
    ['OC.A2', 'dotNumber', 'OC.B2.1'],
    ['OC.A2', 'dotNumber', 'OC.A2.1.1'],
    ['1', 'appendNumber', '10'],
    ['5.3', 'bracketLetter', '5.3(1)']
  ] as const)('%s has no %s child %s', (parent, style, code) => {
    expect(childIndex(parent, style, code)).toBeUndefined();
  });

  it.each([
    ['OC.A', 'appendNumber'],
    ['OC', 'dotLetter'],
    ['LEAD', 'dotLetter'],
    ['OC.A2', 'dotNumber'],
    ['5', 'dotNumber'],
    ['OC.AB', 'dotLetter']
  ])('default style under %s is %s', (parent, style) => {
    expect(defaultChildStyle(parent)).toBe(style);
  });

  it.each([
    ['OC.A2', ['OC.A2.1', 'OC.A2.2', 'OC.A2.9', 'OC.A2.10', 'OC.A3.4'], undefined, 'OC.A2.11'],
    ['OC.A', ['OC.A1', 'OC.A2', 'OC.A2.1', 'OC.B7'], undefined, 'OC.A3'],
    ['OC.A2', [], undefined, 'OC.A2.1'],
    ['5.3', ['5.3(a)', '5.3(b)', '5.3(d)', '5.4'], undefined, '5.3(e)'],
    ['5.3', ['5.2(a)'], 'bracketLetter', '5.3(a)'],
    ['5', ['5.1', '5.2', '5.3(a)', '10'], undefined, '5.3'],
    ['1', ['10', '11'], undefined, '1.1'],
    ['OC', ['OC.A', 'OC.B', 'OC.A2'], undefined, 'OC.C'],
    ['SD.F1', ['SD.F1.0'], undefined, 'SD.F1.1']
  ] as const)('next under %s given %p is %s', (parent, existing, style, expected) => {
    expect(nextFreeCode(parent, existing, style)).toBe(expected);
  });

  it('never reuses a gap and never returns an existing code', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 20 }), (numbers) => {
        const existing = numbers.map((n) => `OC.A2.${n}`);
        const next = nextFreeCode('OC.A2', existing);
        expect(existing).not.toContain(next);
        expect(childIndex('OC.A2', 'dotNumber', next)).toBe(Math.max(0, ...numbers) + 1);
      })
    );
  });

  it('converts between letters and indexes', () => {
    expect([letterFor(1), letterFor(26), letterFor(27), letterFor(52), letterFor(703)]).toEqual(['a', 'z', 'aa', 'az', 'aaa']);
    fc.assert(fc.property(fc.integer({ min: 1, max: 100000 }), (n) => expect(indexOfLetter(letterFor(n))).toBe(n)));
  });

  it('finds duplicate codes after normalising', () => {
    expect(findDuplicateCodes(['OC.A2.1', 'oc.a2.1', '5.3', '5.3(a)', '5.3 (A)', '9.9'])).toEqual(['5.3(a)', 'OC.A2.1']);
    expect(findDuplicateCodes(['1', '2'])).toEqual([]);
  });
});
