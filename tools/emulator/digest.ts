/**
 * Form digest: `POST _api/contextinfo` hands out `0x<hex>,<dd Mon yyyy HH:mm:ss -0000>`;
 * a cookie-style write (no `Authorization`) without a valid, unexpired digest gets 403.
 * Digests are an HMAC of the user they were issued to and the issue time under a secret
 * persisted in the store, so digests a client cached stay valid across an emulator restart (as
 * they do across SPO front ends), and a digest issued to one user is refused for another, as
 * SharePoint refuses a form digest of another session.
 */
import { createHmac } from 'node:crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

function formatDate(d: Date): string {
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0000`;
}

function sign(secret: string, login: string, stamp: string): string {
  return createHmac('sha512', secret).update(`${login.trim().toLowerCase()}\n${stamp}`).digest('hex').toUpperCase();
}

/** A digest for `login`, valid for {@link DIGEST_TIMEOUT_SECONDS} from `now`. */
export function issueDigest(secret: string, login: string, now = new Date()): string {
  const stamp = formatDate(now);
  return `0x${sign(secret, login, stamp)},${stamp}`;
}

/** Whether `value` is a digest issued to `login` that has not yet expired. */
export function isValidDigest(secret: string, value: string | undefined, login: string, now = new Date()): boolean {
  if (!value) return false;
  const m = /^0x([0-9A-F]{128}),(.+)$/i.exec(value.trim());
  if (!m) return false;
  if (sign(secret, login, m[2]).toLowerCase() !== m[1].toLowerCase()) return false;
  const issued = Date.parse(m[2].replace(' -0000', ' GMT'));
  return !Number.isNaN(issued) && now.getTime() - issued <= DIGEST_TIMEOUT_SECONDS * 1000;
}
