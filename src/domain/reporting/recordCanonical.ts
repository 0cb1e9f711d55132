/**
 * The canonical text a closed period's seal is computed over. The same record always gives the
 * same text, whatever order its object keys were written in, so a hash of it can be recomputed
 * from the stored snapshot years later.
 */
import type { Person } from '../model/people';

/**
 * JSON with every object's keys sorted (by UTF-16 code unit) and no whitespace. Members whose
 * value is undefined are left out and array holes become null, as `JSON.stringify` does, so a
 * record and its stored-and-read-back copy give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => {
      const member = (value as Record<string, unknown>)[key];
      return member !== undefined && typeof member !== 'function' && typeof member !== 'symbol';
    })
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/** What a closed period's seal covers. */
export interface SealedRecord {
  /** Period key, e.g. `'2026-10'`. */
  readonly periodKey: string;
  /** ISO instant the period was closed, as stored. */
  readonly closedAt: string;
  readonly closedBy: Person;
  /** Everything else frozen when the period closed (label, themes, every action's snapshot). */
  readonly content: unknown;
}

/**
 * The text hashed to seal a period: its canonical record followed by the previous closed
 * period's record hash (empty for the first period sealed), which chains each period to the one
 * closed before it.
 */
export function sealedRecordText(record: SealedRecord, previousHash: string): string {
  return canonicalJson({ periodKey: record.periodKey, closedAt: record.closedAt, closedBy: record.closedBy, content: record.content }) + previousHash;
}
