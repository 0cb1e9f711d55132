import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startLocalProduct } from '../tools/local/localProduct';
import { linkFloorMs, MOBILE_LINK, type Fetched } from './linkFloor';
import type { BenchFigure } from './report';
import { median } from './measure';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The CPU slowed four times, as a mid-range phone against this machine. */
const CPU_SLOWDOWN = 4;
const GOAL_TIMES_FLOOR = 2;
/** The demo's "today", so the overview shows what the demo is about. */
const DEMO_TODAY = '2026-11-23';

/** The three largest requests of a load, for whoever wants to make it lighter. */
function largestRequests(fetched: readonly Fetched[]): string {
  return [...fetched]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((f) => `${new URL(f.url).pathname.split('/').pop() || '/'} ${Math.round(f.bytes / 1024)} KB`)
    .join(', ');
}

/** Records every finished request's encoded size and timing through the DevTools protocol. */
function recordRequests(cdp: CDPSession): () => Fetched[] {
  const started = new Map<string, { url: string; at: number }>();
  const done: Fetched[] = [];
  cdp.on('Network.requestWillBeSent', (e) => started.set(e.requestId, { url: e.request.url, at: e.timestamp * 1000 }));
  cdp.on('Network.loadingFinished', (e) => {
    const s = started.get(e.requestId);
    if (s) done.push({ url: s.url, startMs: s.at, endMs: e.timestamp * 1000, bytes: e.encodedDataLength });
  });
  return () => [...done];
}

async function oneLoad(page: Page, cdp: CDPSession, url: string, themes: number): Promise<{ ms: number; fetched: Fetched[] }> {
  const fetched = recordRequests(cdp);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  // The overview's theme cards: one per theme, each a Fluent Card labelled by its theme's name.
  await page.waitForFunction((n) => document.querySelectorAll('.fui-Card[aria-labelledby]').length >= n, themes, { timeout: 120_000, polling: 50 });
  const ms = Date.now() - started;
  return { ms, fetched: fetched().filter((f) => f.endMs > 0) };
}

/**
 * Teams on a phone over a mobile link: a staff member opens the app's overview on the demo plan
 * in headless Chromium at 375 px, with the network emulated as a mobile link and the CPU slowed
 * four times, timed from navigation to the theme cards. Goal: at most twice the link's floor.
 */
export async function measurePhoneLoad(runs: number): Promise<BenchFigure[]> {
  const name = 'phone load: overview over a mobile link (150 ms, 1.6 Mbit/s, CPU ÷4) vs the link floor';
  const goal = `≤ ${GOAL_TIMES_FLOOR} × the link floor`;
  if (!fs.existsSync(CHROMIUM_PATH)) return [{ name, figure: Number.NaN, unit: '× floor', goal, met: false, detail: { skipped: `no Chromium at ${CHROMIUM_PATH}` } }];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-bench-phone-'));
  const product = await startLocalProduct({ port: 0, dataDir, today: DEMO_TODAY, appToday: DEMO_TODAY });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const staff = product.personas.find((p) => p.persona === 'staff') ?? product.personas[0];
    const url = `${product.url}/app?user=${encodeURIComponent(staff.login)}&host=teamsMobile`;
    const themes = 7;
    const times: number[] = [];
    const floors: ReturnType<typeof linkFloorMs>[] = [];
    let lastFetched: Fetched[] = [];
    // One untimed load warms the emulator; every timed load is a fresh context (no cache), as a first open.
    for (let run = -1; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: MOBILE_LINK.latencyMs,
        downloadThroughput: MOBILE_LINK.downloadBytesPerSecond,
        uploadThroughput: MOBILE_LINK.uploadBytesPerSecond
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const { ms, fetched } = await oneLoad(page, cdp, url, themes);
      if (run >= 0) {
        times.push(ms);
        floors.push(linkFloorMs(fetched));
        lastFetched = fetched;
      }
      await context.close();
    }
    const ms = median(times);
    const floor = median(floors.map((f) => f.floorMs));
    const typical = floors[Math.floor(floors.length / 2)];
    const ratio = ms / floor;
    return [
      {
        name,
        figure: ratio,
        unit: '× floor',
        goal,
        met: ratio <= GOAL_TIMES_FLOOR,
        detail: {
          medianMs: Math.round(ms),
          floorMs: Math.round(floor),
          kilobytes: Math.round(typical.bytes / 1024),
          requests: lastFetched.length,
          criticalRequests: typical.criticalRequests,
          largest: largestRequests(lastFetched),
          runs
        }
      }
    ];
  } finally {
    await browser.close();
    await product.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
