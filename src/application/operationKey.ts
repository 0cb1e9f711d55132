/**
 * Operation keys: the identity of one write, stored with what it writes. A write whose answer was
 * lost (SharePoint did it, the connection dropped before saying so) is then recognised by its
 * key when it is read back or tried again, instead of being reported as failed or done twice.
 */

/** The identity of one write; at most 255 characters, as it is stored in a single line of text. */
export type OperationKey = string;

/** A key no other write has: a random UUID (version 4). */
export function newOperationKey(): OperationKey {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Older browsers without randomUUID: the same 122 random bits, laid out as a version 4 UUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The key of a write that follows from another (a save's history entry, its change request). */
export function followingKey(key: OperationKey, what: 'history' | 'changeRequest'): OperationKey {
  return `${key}:${what}`;
}
