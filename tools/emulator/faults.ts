/**
 * Run-time fault injection: throttling (429/503/504 with or without
 * Retry-After), added latency, a connection reset, or "commit then drop the response".
 * Rules live in memory and are switched with `POST/DELETE /_emulator/faults`.
 */
import type { ServerResponse } from 'node:http';

export interface FaultRule {
  id: number;
  status?: number;
  retryAfterSeconds?: number;
  /** How many matching requests the rule affects; absent = until cleared. */
  count?: number;
  /** Case-insensitive substring of path+query, e.g. "/items" or "/_emulator/workflows/". */
  pathContains?: string;
  method?: string;
  latencyMs?: number;
  /** `reset`: destroy the socket unanswered; `dropAfterCommit`: run the request, then drop the answer. */
  mode?: 'respond' | 'reset' | 'dropAfterCommit';
}

export interface FaultDecision {
  latencyMs: number;
  rule?: FaultRule;
}

export class Faults {
  private rules: FaultRule[] = [];
  private nextId = 1;

  add(input: Partial<FaultRule>): FaultRule {
    const status = input.status === undefined ? undefined : Number(input.status);
    if (status !== undefined && (!Number.isInteger(status) || status < 400 || status > 599)) throw new Error('status must be an HTTP error status');
    const rule: FaultRule = {
      id: this.nextId++,
      status,
      retryAfterSeconds: input.retryAfterSeconds === undefined ? undefined : Number(input.retryAfterSeconds),
      count: input.count === undefined || input.count === null ? undefined : Number(input.count),
      pathContains: input.pathContains,
      method: input.method?.toUpperCase(),
      latencyMs: input.latencyMs === undefined ? undefined : Number(input.latencyMs),
      mode: input.mode ?? 'respond'
    };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clear(): void {
    this.rules = [];
  }

  /** Consumes one use of every matching rule; the first rule with an effect other than latency wins. */
  decide(method: string, pathAndQuery: string): FaultDecision {
    const hay = pathAndQuery.toLowerCase();
    let latencyMs = 0;
    let rule: FaultRule | undefined;
    for (const r of this.rules) {
      if (r.count !== undefined && r.count <= 0) continue;
      if (r.pathContains && !hay.includes(r.pathContains.toLowerCase())) continue;
      if (r.method && r.method !== method.toUpperCase()) continue;
      const hasEffect = r.status !== undefined || r.mode === 'reset' || r.mode === 'dropAfterCommit';
      if (hasEffect && rule) continue;
      if (r.count !== undefined) r.count--;
      latencyMs += r.latencyMs ?? 0;
      if (hasEffect) rule = r;
    }
    this.rules = this.rules.filter((r) => r.count === undefined || r.count > 0);
    return { latencyMs, rule };
  }
}

/**
 * The throttled answer in the style of the service addressed: SharePoint sends a plain
 * "429 TOO MANY REQUESTS" (or a Server Too Busy page for 503) with Retry-After; Graph sends
 * its JSON error; the Workflows trigger a Logic Apps-style JSON error (inferred).
 */
export function writeFault(res: ServerResponse, rule: FaultRule, path: string): void {
  const status = rule.status ?? 503;
  const headers: Record<string, string> = {};
  if (rule.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rule.retryAfterSeconds);
  let body: string;
  if (path.startsWith('/v1.0/')) {
    headers['Content-Type'] = 'application/json';
    const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'serviceNotAvailable' : 'generalException';
    body = JSON.stringify({ error: { code, message: status === 429 ? 'Too many requests.' : 'Service unavailable.', innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': 'emulator' } } });
  } else if (path.startsWith('/_emulator/workflows/')) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    body = JSON.stringify({ error: { code: status === 429 ? 'WorkflowRequestsThrottled' : 'ServiceUnavailable', message: `The request was throttled or the service is unavailable (${status}).` } });
  } else if (status === 429) {
    headers['Content-Type'] = 'text/plain; charset=utf-8';
    body = '429 TOO MANY REQUESTS';
  } else {
    headers['Content-Type'] = 'text/html; charset=utf-8';
    body = `<!DOCTYPE html><html><head><title>Server Too Busy</title></head><body><h1>${status} Server Too Busy</h1></body></html>`;
  }
  headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(status, headers);
  res.end(body);
}
