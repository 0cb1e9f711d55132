import * as fs from 'fs';
import * as path from 'path';
import { startEmulator } from '../tools/emulator';
import { createPlanServices } from '../src/data';
import { createSp } from '../src/data/sp/createSp';
import { provisionPlan } from '../src/data/provisioning/provisionPlan';
import { PLAN_LOAD_QUERIES, PAGE_SIZE } from '../src/data/repositories/planLoader';
import { listDefinition } from '../src/data/schema/planLists';
import { buildPlanView } from '../src/ui/hooks/usePlanData';
import type { BenchFigure } from './report';
import { benchDataRoot, collectGarbage, countRequests, median, settleConnections } from './measure';
import { seedSyntheticPlan, type SyntheticSize } from './syntheticPlan';

/** The Accept header PnPjs sends (JSON Light, minimal metadata: the ETags the app needs). */
const ACCEPT = 'application/json';

/** The raw fetch's URLs: the app's own queries, same `$select`, `$expand`, `$filter` and `$top`. */
function rawUrls(siteUrl: string): string[] {
  const lists = PLAN_LOAD_QUERIES.map(({ key, select, expand, filter }) => {
    const params = [`$select=${select.join(',')}`, `$top=${PAGE_SIZE}`];
    if (expand?.length) params.push(`$expand=${expand.join(',')}`);
    if (filter) params.push(`$filter=${encodeURIComponent(filter)}`);
    return `${siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(listDefinition(key).title)}')/items?${params.join('&')}`;
  });
  // The signed-in person and their permissions on the actions list, which the app also reads.
  const user = `${siteUrl}/_api/web/currentUser?$select=Id,Title,Email,LoginName`;
  const perms = `${siteUrl}/_api/web/lists/getByTitle('Plan%20Actions')/getCurrentUserEffectivePermissions`;
  // The site's time zone, which the app reads in the same batch to know what day a date-only value is.
  const timeZone = `${siteUrl}/_api/web/RegionalSettings/TimeZone?$select=Id,Description,Information`;
  return [...lists, user, perms, timeZone];
}

/**
 * The floor: the same rows by plain `fetch`, every list in parallel, following next links, each
 * body parsed as JSON. No PnPjs, no batch, no mapping, no rating.
 */
async function rawFetch(urls: readonly string[]): Promise<number> {
  let rows = 0;
  await Promise.all(
    urls.map(async (first) => {
      let next: string | undefined = first;
      while (next) {
        const response = await fetch(next, { headers: { Accept: ACCEPT } });
        const body = (await response.json()) as { value?: unknown[]; 'odata.nextLink'?: string };
        rows += body.value?.length ?? 0;
        next = body['odata.nextLink'];
      }
    })
  );
  return rows;
}

/**
 * What the app does before it can draw the plan (src/ui/hooks/usePlanData.ts): the whole-plan
 * load and the signed-in person in parallel, then every action rated for today.
 */
async function appLoad(siteUrl: string): Promise<{ actions: number; ratingMs: number }> {
  const services = createPlanServices(createSp({ siteUrl }), { onProblem: () => undefined });
  const [loaded, user] = await Promise.all([services.loadPlan(), services.currentUser()]);
  const started = performance.now();
  const view = buildPlanView(loaded, user, new Date());
  return { actions: view.ratings.size, ratingMs: performance.now() - started };
}

/**
 * Requests and time from nothing to a plan ready to draw, against a raw fetch of the same rows
 * from the same emulator. Goals: at most 3 requests, at most 1.3 times the raw fetch.
 */
export async function measurePlanLoad(label: string, size: SyntheticSize, runs: number): Promise<BenchFigure[]> {
  const dataDir = fs.mkdtempSync(path.join(benchDataRoot(), 'ipt-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  try {
    await provisionPlan(createSp({ siteUrl: emulator.siteUrl }));
    const seeded = seedSyntheticPlan(emulator, size);
    await settleConnections();
    const urls = rawUrls(emulator.siteUrl);
    // Warm both paths (module loading, SQLite page cache, JIT) before timing either.
    await appLoad(emulator.siteUrl);
    const rawRows = await rawFetch(urls);
    const appTimes: number[] = [];
    const rawTimes: number[] = [];
    const ratingTimes: number[] = [];
    let requests = 0;
    let rawRequests = 0;
    let actions = 0;
    for (let run = 0; run < runs; run++) {
      // Alternate which goes first so neither always meets a freshly collected heap.
      const order = run % 2 === 0 ? ['app', 'raw'] : ['raw', 'app'];
      for (const which of order) {
        collectGarbage();
        const started = performance.now();
        if (which === 'app') {
          const counted = await countRequests(() => appLoad(emulator.siteUrl));
          appTimes.push(performance.now() - started);
          requests = counted.requests;
          actions = counted.value.actions;
          ratingTimes.push(counted.value.ratingMs);
        } else {
          rawRequests = (await countRequests(() => rawFetch(urls))).requests;
          rawTimes.push(performance.now() - started);
        }
      }
    }
    const ratio = median(appTimes) / median(rawTimes);
    return [
      {
        name: `${label}: requests to a loaded plan`,
        figure: requests,
        unit: 'requests',
        goal: '≤ 3 requests',
        met: requests <= 3,
        detail: { actions, rowsSeeded: seeded, rawFetchRows: rawRows, rawFetchRequests: rawRequests }
      },
      {
        name: `${label}: time to a loaded plan vs raw fetch`,
        figure: ratio,
        unit: '× raw',
        goal: '≤ 1.3 × raw fetch',
        met: ratio <= 1.3,
        detail: {
          appMedianMs: Math.round(median(appTimes)),
          rawMedianMs: Math.round(median(rawTimes)),
          ratingMedianMs: Math.round(median(ratingTimes)),
          runs
        }
      }
    ];
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
