import * as fs from 'fs';
import * as os from 'os';

/**
 * Where benchmarks keep the emulator's SQLite files: memory (/dev/shm) when the machine has it,
 * so the emulator's fsync on every write (a stand-in for SharePoint's durability, not product
 * code) does not swamp what is measured.
 */
export function benchDataRoot(): string {
  return fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
}

/** The middle value (the upper middle for an even count); robust to one slow run. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * Runs `work` while counting every HTTP request made through the global `fetch` (PnPjs and the
 * raw fetch both use it), so digests and batch POSTs count exactly as a browser would send them.
 */
export async function countRequests<T>(work: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const original = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    requests += 1;
    return original(...args);
  }) as typeof fetch;
  try {
    const value = await work();
    return { value, requests };
  } finally {
    globalThis.fetch = original;
  }
}

/**
 * The exponent b of time = a × size^b, fitted by least squares on logarithms: 1 is linear,
 * 2 quadratic. Needs at least two distinct sizes.
 */
export function fittedExponent(points: ReadonlyArray<{ size: number; ms: number }>): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/**
 * Lets the emulator close keep-alive connections that went idle while seeding blocked the event
 * loop; otherwise the next request may reuse a socket the server is closing (ECONNRESET).
 */
export function settleConnections(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 250));
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection before a timed run, so no run pays for the garbage of the one before
 * (the npm script cannot pass --expose-gc, so the flag is set at run time).
 */
export function collectGarbage(): void {
  if (!gc) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const v8 = require('v8') as typeof import('v8');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const vm = require('vm') as typeof import('vm');
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
