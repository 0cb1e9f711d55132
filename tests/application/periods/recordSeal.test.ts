import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { inChainOrder, recordHashOf, sha256Hex, type StoredSnapshot } from '../../../src/application/periods';
import { canonicalJson, sealedRecordText } from '../../../src/domain/reporting/recordCanonical';
import { closedSnapshot } from '../../ui/support/reportingFixtures';
import { samplePlan } from '../../ui/support/fixtures';

/** Rebuilds a JSON value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).reverse().map((k) => [k, reversedKeys((value as Record<string, unknown>)[k])]));
}

describe('canonical JSON', () => {
  it('sorts keys, drops undefined members and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, undefined, 'x'], c: undefined, d: { z: 'é', y: -0 } })).toBe('{"a":[true,null,null,"x"],"b":1,"d":{"y":0,"z":"é"}}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ f: () => 1, s: Symbol('s'), n: null })).toBe('{"n":null}');
  });

  it('does not depend on key order, and loses nothing JSON can say', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversedKeys(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      })
    );
  });

  it('chains the previous hash onto the record', () => {
    const record = { periodKey: '2026-10', closedAt: '2026-11-03T09:00:00.000Z', closedBy: { displayName: 'Priya Shah' }, content: { n: 1 } };
    expect(sealedRecordText(record, 'abc')).toBe('{"closedAt":"2026-11-03T09:00:00.000Z","closedBy":{"displayName":"Priya Shah"},"content":{"n":1},"periodKey":"2026-10"}abc');
  });
});

describe('record hash', () => {
  const october = (): StoredSnapshot => closedSnapshot(samplePlan(), '2026-10', '2026-11-03T09:00:00.000Z');

  it('is SHA-256 of the UTF-8 text, in hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('Northmoor £ 2026')).toBe(createHash('sha256').update('Northmoor £ 2026', 'utf8').digest('hex'));
  });

  it('says so when Web Crypto is not available', async () => {
    const held = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      await expect(sha256Hex('abc')).rejects.toThrow('Web Crypto is not available here');
    } finally {
      if (held) Object.defineProperty(globalThis, 'crypto', held);
    }
  });

  it('is the same for the same record, however its keys were written', async () => {
    const hash = await recordHashOf(october(), '');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await recordHashOf(october(), '')).toBe(hash);
    expect(await recordHashOf(reversedKeys(october()) as StoredSnapshot, '')).toBe(hash);
  });

  it('changes when anything sealed changes', async () => {
    const base = october();
    const hash = await recordHashOf(base, '');
    const [first, ...rest] = base.snapshot.actions;
    const variants: StoredSnapshot[] = [
      { ...base, period: { ...base.period, closedAt: '2026-11-03T09:00:01.000Z' } },
      { ...base, period: { ...base.period, closedBy: { displayName: 'Sam Okafor' } } },
      { ...base, period: { ...base.period, label: 'Oct 2026' } },
      { ...base, themes: base.themes.slice(1) },
      { ...base, snapshot: { ...base.snapshot, actions: [{ ...first, rating: first.rating === 'Red' ? 'Green' : 'Red' }, ...rest] } },
      { ...base, snapshot: { ...base.snapshot, actions: [{ ...first, commentary: `${first.commentary ?? ''} ` }, ...rest] } },
      { ...base, snapshot: { ...base.snapshot, actions: rest } }
    ];
    const hashes = await Promise.all(variants.map((v) => recordHashOf(v, '')));
    expect(new Set([hash, ...hashes]).size).toBe(variants.length + 1);
    expect(await recordHashOf(base, 'f'.repeat(64))).not.toBe(hash);
  });

  it('orders the chain by closing instant, then by period key', () => {
    const p = (periodId: string, closedAt: string) => ({ periodId, label: periodId, closedAt, closedBy: { displayName: 'x' } });
    const ordered = inChainOrder([p('2026-10', '2026-11-03T09:00:00Z'), p('2026-08', 'not a date'), p('2026-09', '2026-11-03T09:00:00.000Z'), p('2026-07', '2026-08-01T09:00:00Z')], (x) => x);
    expect(ordered.map((x) => x.periodId)).toEqual(['2026-07', '2026-09', '2026-10', '2026-08']);
  });
});
