/**
 * Form digest: `POST _api/contextinfo` hands out `0x<hex>,<dd Mon yyyy HH:mm:ss -0000>`;
 * a cookie-style write (no `Authorization`) without a valid, unexpired digest gets 403.
 * Digests are an HMAC of the issue time under a secret persisted in the store, so digests a
 * client cached stay valid across an emulator restart (as they do across SPO front ends).
 */
import { createHmac } from 'node:crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

function formatDate(d: Date): string {
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0000`;
}

function sign(secret: string, stamp: string): string {
  return createHmac('sha512', secret).update(stamp).digest('hex').toUpperCase();
}

export function issueDigest(secret: string, now = new Date()): string {
  const stamp = formatDate(now);
  return `0x${sign(secret, stamp)},${stamp}`;
}

export function isValidDigest(secret: string, value: string | undefined, now = new Date()): boolean {
  if (!value) return false;
  const m = /^0x([0-9A-F]{128}),(.+)$/i.exec(value.trim());
  if (!m) return false;
  if (sign(secret, m[2]).toLowerCase() !== m[1].toLowerCase()) return false;
  const issued = Date.parse(m[2].replace(' -0000', ' GMT'));
  return !Number.isNaN(issued) && now.getTime() - issued <= DIGEST_TIMEOUT_SECONDS * 1000;
}
