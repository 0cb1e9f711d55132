/**
 * The Node HTTP server on 127.0.0.1: CORS for local origins, the host's `extraRoutes`,
 * fault injection, then the router. SharePoint-style diagnostic headers are added to every
 * answer (SPRequestGuid, request-id, X-SharePointHealthScore), and JSON bodies are gzipped for
 * clients that accept it, as SharePoint Online's front ends do.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { writeFault } from './faults';
import { dispatch, type AppState } from './router';
import type { EmuRequest, EmuResponse, ExtraRoutes } from './types';

const LOCAL_ORIGIN = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin || !LOCAL_ORIGIN.test(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Location, Retry-After, SPRequestGuid, request-id');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** JSON bodies shorter than this go uncompressed (the emulator's threshold; SharePoint's own is not published). */
export const GZIP_MIN_BYTES = 1024;

/** Whether `Accept-Encoding` admits gzip (`gzip`, `x-gzip` or `*` with a non-zero quality). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    return (coding === 'gzip' || coding === 'x-gzip' || coding === '*') && (q === undefined || Number(q) > 0);
  });
}

function writeResponse(req: IncomingMessage, res: ServerResponse, r: EmuResponse): void {
  const guid = randomUUID();
  const headers: Record<string, string> = {
    SPRequestGuid: guid,
    'request-id': guid,
    'X-SharePointHealthScore': '0',
    'X-Content-Type-Options': 'nosniff',
    ...r.headers
  };
  let buf = Buffer.from(r.body, 'utf8');
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (/json/i.test(contentType)) {
    // The answer depends on Accept-Encoding, so caches must key on it.
    const vary = res.getHeader('Vary');
    headers.Vary = vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding';
    if (buf.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
      buf = gzipSync(buf);
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(buf.length);
  res.writeHead(r.status, headers);
  res.end(buf);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function createEmulatorServer(app: AppState, extraRoutes?: ExtraRoutes): Server {
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      applyCors(req, res);
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
        res.setHeader('Access-Control-Max-Age', '600');
        res.writeHead(204);
        res.end();
        return;
      }
      if (extraRoutes && (await extraRoutes(req, res, url))) return;
      const body = await readBody(req);
      const path = url.pathname;
      const isControl = path.startsWith('/_emulator/') && !path.startsWith('/_emulator/workflows/');
      let drop = false;
      if (!isControl) {
        const d = app.faults.decide(req.method ?? 'GET', `${path}${url.search}`);
        if (d.latencyMs > 0) await sleep(d.latencyMs);
        if (d.rule?.mode === 'reset') {
          req.socket.destroy();
          return;
        }
        if (d.rule && d.rule.mode !== 'dropAfterCommit') {
          writeFault(res, d.rule, path);
          return;
        }
        drop = d.rule?.mode === 'dropAfterCommit';
      }
      const emuReq: EmuRequest = { method: req.method ?? 'GET', url, headers: headerMap(req), body };
      const r = await dispatch(app, emuReq);
      if (drop) {
        // The write is committed; the client never hears about it.
        req.socket.destroy();
        return;
      }
      writeResponse(req, res, r);
    })().catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Emulator error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      } else {
        res.destroy();
      }
    });
  });
}
