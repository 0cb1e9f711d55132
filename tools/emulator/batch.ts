/**
 * `_api/$batch`: parses PnPjs's multipart/mixed body (LF or CRLF, changesets
 * nested one level), runs every part through the normal router as its own request (changesets
 * are NOT transactional in SharePoint), and answers one flat `--batchresponse_` part per
 * request, in order, which is what `sp/batching.js parseResponse` requires.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { errors } from './errors';
import { refuseLargeBatch } from './limits';
import type { EmuRequest, EmuResponse } from './types';

interface Part {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

/** Splits a multipart body into raw part texts (between `--b` and the next `--b`/`--b--`). */
function splitParts(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let cur: string[] | undefined;
  for (const line of lines) {
    if (line === `--${boundary}` || line === `--${boundary}--`) {
      if (cur) parts.push(cur.join('\n'));
      cur = line.endsWith('--') && line === `--${boundary}--` ? undefined : [];
      continue;
    }
    if (cur) cur.push(line);
  }
  return parts;
}

function splitHead(text: string): { headers: Record<string, string>; rest: string } {
  const idx = text.indexOf('\n\n');
  const head = idx < 0 ? text : text.slice(0, idx);
  const rest = idx < 0 ? '' : text.slice(idx + 2);
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return { headers, rest };
}

function parseHttpPart(text: string): Part {
  const { rest } = splitHead(text);
  const trimmed = rest.replace(/^\n+/, '');
  const nl = trimmed.indexOf('\n');
  const requestLine = (nl < 0 ? trimmed : trimmed.slice(0, nl)).trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/i.exec(requestLine);
  if (!m) throw errors.badRequest('The batch request line is invalid.');
  const inner = splitHead(nl < 0 ? '' : trimmed.slice(nl + 1));
  return { method: m[1].toUpperCase(), url: m[2], headers: inner.headers, body: inner.rest.replace(/\n+$/, '') };
}

export function parseBatch(contentType: string | undefined, body: string): Part[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.badRequest('The batch request must have a multipart/mixed Content-Type with a boundary.');
  const out: Part[] = [];
  for (const raw of splitParts(body, boundary)) {
    const { headers, rest } = splitHead(raw.replace(/^\n+/, ''));
    const ct = headers['content-type'] ?? '';
    if (/multipart\/mixed/i.test(ct)) {
      const cs = boundaryOf(ct);
      if (!cs) throw errors.badRequest('A changeset is missing its boundary.');
      for (const inner of splitParts(rest, cs)) out.push(parseHttpPart(inner.replace(/^\n+/, '')));
    } else {
      out.push(parseHttpPart(raw.replace(/^\n+/, '')));
    }
  }
  return out;
}

export async function runBatch(
  outer: EmuRequest,
  dispatch: (req: EmuRequest) => Promise<EmuResponse>
): Promise<EmuResponse> {
  const parts = parseBatch(outer.headers['content-type'], outer.body);
  // Every operation counts, those inside change sets included: SharePoint takes at most 100.
  refuseLargeBatch(parts.length);
  const responses: EmuResponse[] = [];
  for (const p of parts) {
    const url = new URL(p.url, outer.url);
    // Parts carry no digest (the outer POST did); the acting user and any bearer token are the outer request's.
    const headers: Record<string, string> = { ...p.headers };
    for (const h of ['x-emulator-user', 'authorization']) if (outer.headers[h] !== undefined) headers[h] = outer.headers[h];
    responses.push(await dispatch({ method: p.method, url, headers, body: p.body, digestSatisfied: true }));
  }
  const id = randomUUID();
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--batchresponse_${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? ''}`);
    for (const [k, v] of Object.entries(r.headers)) out.push(`${k.toUpperCase()}: ${v}`);
    out.push('');
    // One line per body: the PnPjs parser joins body lines without separators.
    out.push(r.body.replace(/\r?\n/g, ''));
  }
  out.push(`--batchresponse_${id}--`, '');
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=batchresponse_${id}` },
    body: out.join('\r\n')
  };
}
